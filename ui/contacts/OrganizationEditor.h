#pragma once

#include "contacts/Organization.h"
#include "contacts/User.h"
#include "importing/PhoneNormalizer.h"

#include <QDialog>
#include <QSqlDatabase>

#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace kartoteka::ui {

class ProblemsLabel;

class CustomValuesEditor;

// The form that creates or edits one organization. OK stays disabled until the values are
// valid: a name, an INN with correct check digits, a plausible e-mail, phones that are numbers
// (stored as E.164, "+74951234567, +74957654321"). What is wrong is shown under the form.
class OrganizationEditor : public QDialog
{
    Q_OBJECT

public:
    // `managers`: the users offered as the personal manager.
    OrganizationEditor(const QSqlDatabase &db, const Organization &organization, const std::vector<User> &managers,
                       QWidget *parent = nullptr);

    // The organization with the values entered (id and other fields as given).
    Organization organization() const;
    // The custom fields' values as edited.
    CustomValuesEditor *customValues() const { return m_custom; }
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

private:
    void validate();

    Organization m_original;
    PhoneNormalizer m_phoneNormalizer;
    QStringList m_problems;
    CustomValuesEditor *m_custom = nullptr;
    QString m_normalizedPhones;

    QLineEdit *m_name;
    QLineEdit *m_legalForm;
    QLineEdit *m_inn;
    QComboBox *m_kind;
    QComboBox *m_manager;
    QComboBox *m_priority;
    QLineEdit *m_priceTerms;
    QLineEdit *m_deliveryTerms;
    QLineEdit *m_phones;
    QLineEdit *m_email;
    QLineEdit *m_website;
    QLineEdit *m_city;
    QLineEdit *m_address;
    QPlainTextEdit *m_notes;
    ProblemsLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kartoteka::ui
