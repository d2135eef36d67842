#pragma once

#include "User.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace kartoteka {

// Who is working, as far as the database alone can tell.
struct CurrentUserResolution
{
    // Decided without asking: the only active user, or the admin just made from the system login.
    std::optional<User> user;
    // Several active users (by display name): the program asks which of them is working.
    std::vector<User> candidates;
    bool created = false; // `user` was created now (the first run on this database)
};

// Finds the current user of a database when it opens. A database nobody can work in (no
// users, or none active) gets an admin named after the system login; a read-only one gets
// that admin unsaved (id 0), since it cannot hold anybody's tasks anyway.
class CurrentUser
{
    Q_DECLARE_TR_FUNCTIONS(CurrentUser)

public:
    static Result<CurrentUserResolution> resolve(const QSqlDatabase &db, bool writable,
                                                 const QString &systemLogin = CurrentUser::systemLogin());

    // The login of the person at the computer: $USER, else $USERNAME, else "user".
    static QString systemLogin();
};

} // namespace kartoteka
