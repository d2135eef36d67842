#include "CurrentUser.h"

#include "UserRepository.h"
#include "storage/Transaction.h"

namespace kartoteka {

QString CurrentUser::systemLogin()
{
    for (const char *name : {"USER", "USERNAME"}) {
        const QString login = qEnvironmentVariable(name).trimmed();
        if (!login.isEmpty())
            return login;
    }
    return QStringLiteral("user");
}

Result<CurrentUserResolution> CurrentUser::resolve(const QSqlDatabase &db, bool writable, const QString &systemLogin)
{
    const QString login = systemLogin.trimmed().isEmpty() ? QStringLiteral("user") : systemLogin.trimmed();
    UserRepository users(db);
    auto active = users.list();
    if (!active)
        return active.error();
    CurrentUserResolution resolution;
    if (active->size() == 1) {
        resolution.user = active->front();
        return resolution;
    }
    if (active->size() > 1) {
        resolution.candidates = std::move(active).value();
        return resolution;
    }

    // Nobody can work here: the person at the computer becomes its admin.
    User admin;
    admin.login = login;
    admin.displayName = login;
    admin.role = User::Role::Admin;
    if (!writable) {
        resolution.user = admin;
        return resolution;
    }
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    auto existing = users.findByLogin(login);
    if (existing) {
        // Deactivated earlier (the database was edited outside the program): bring them back as admin.
        admin = std::move(existing).value();
        admin.active = true;
        admin.role = User::Role::Admin;
        if (DatabaseError error = users.update(admin))
            return error;
    } else if (existing.error().kind != DatabaseError::Kind::NotFound) {
        return existing.error();
    } else if (DatabaseError error = users.create(admin)) {
        return error;
    }
    if (DatabaseError error = transaction.commit())
        return error;
    resolution.user = admin;
    resolution.created = true;
    return resolution;
}

} // namespace kartoteka
