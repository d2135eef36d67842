#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// Someone who works in the program.
struct User
{
    enum class Role { Manager, Supervisor, Admin };

    qint64 id = 0;
    QString login; // unique regardless of letter case
    QString displayName;
    Role role = Role::Manager;
    QString email;
    bool active = true; // an inactive user cannot log in but keeps their history
    QDateTime createdAt;

    // How lists and cards name the user: the display name, else the login.
    QString shownName() const { return displayName.isEmpty() ? login : displayName; }

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString &code);
};

} // namespace kartoteka
