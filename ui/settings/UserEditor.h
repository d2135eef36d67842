#pragma once

#include "contacts/User.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace kartoteka::ui {

class ProblemsLabel;

// The form of one user: login, display name, role and e-mail. OK stays disabled with the
// reason in red while the login is empty or taken (in any letter case), the name is empty,
// the e-mail does not look like one, or the last active administrator would lose the role.
class UserEditor : public QDialog
{
    Q_OBJECT

public:
    // `lastAdmin`: the user is the only active administrator (their role is kept).
    UserEditor(QSqlDatabase db, const User &user, bool lastAdmin, QWidget *parent = nullptr);

    User user() const;
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

private:
    void validate();

    QSqlDatabase m_db;
    User m_original;
    bool m_lastAdmin;
    QStringList m_problems;
    QLineEdit *m_login;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_email;
    ProblemsLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kartoteka::ui
