#pragma once

#include "contacts/Person.h"
#include "contacts/User.h"
#include "importing/PhoneNormalizer.h"

#include <QDialog>
#include <QSqlDatabase>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kartoteka::ui {

class ProblemsLabel;

class CustomValuesEditor;
class OrganizationPicker;

// The dialog that creates or edits a person: a contact person of an organization or one of
// our staff (then possibly a program user). OK stays disabled, with the reason in red, while
// the name is empty, a contact person has no organization, or a phone or e-mail is malformed.
class PersonEditor : public QDialog
{
    Q_OBJECT

public:
    PersonEditor(QSqlDatabase db, const Person &person, const std::vector<User> &users, QWidget *parent = nullptr);

    // The person as edited (the original's id and stamps kept); valid when accepted.
    Person person() const;
    // The custom fields' values as edited.
    CustomValuesEditor *customValues() const { return m_custom; }
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

private:
    void validate();

    Person m_original;
    PhoneNormalizer m_phoneNormalizer;
    QLineEdit *m_name;
    QCheckBox *m_staff;
    OrganizationPicker *m_organization;
    QComboBox *m_user;
    QLineEdit *m_position;
    QLineEdit *m_phones;
    QLineEdit *m_emails;
    QDateEdit *m_birthday;
    QPlainTextEdit *m_notes;
    ProblemsLabel *m_message;
    QDialogButtonBox *m_buttons;
    QStringList m_problems;
    CustomValuesEditor *m_custom = nullptr;
    QString m_storedPhones;
    QString m_storedEmails;
};

} // namespace kartoteka::ui
