#pragma once

#include "contacts/User.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kartoteka::ui {

class DatabaseController;

// Settings › Users: everybody who works with the database, their role and whether they may
// still log in. Only an administrator changes them; a user with history is deactivated, never
// deleted; the last active administrator stays one.
class UsersSettingsPage : public QWidget
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, EmailColumn, ActiveColumn, ColumnCount };

    explicit UsersSettingsPage(DatabaseController &database, QWidget *parent = nullptr);

    void reload();
    // The user of the selected row, 0 when none.
    qint64 selectedUserId() const;
    void selectUser(qint64 id);

public Q_SLOTS:
    // Open the user editor (non-modal for the rest of the program; OK saves).
    void addUser();
    void editUser();
    // Deactivates the selected user, or activates them when inactive.
    void toggleActive();

private:
    bool canManage() const;
    bool isLastActiveAdmin(const User &user) const;
    const User *selectedUser() const;
    void updateButtons();
    void showError(const QString &message);
    void openEditor(const User &user);

    DatabaseController &m_database;
    std::vector<User> m_users;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_active;
    QLabel *m_note;
    QLabel *m_message;
};

} // namespace kartoteka::ui
