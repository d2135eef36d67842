#include "UserAdministration.h"

#include "UserRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace kartoteka {

UserAdministration::UserAdministration(QSqlDatabase db) : m_db(std::move(db)) {}

DatabaseError UserAdministration::checkAdminKept(qint64 userId, bool staysActiveAdmin) const
{
    if (staysActiveAdmin || userId == 0)
        return {};
    auto others = sql::scalar(m_db,
                              QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND active = 1 AND id <> ?"),
                              {User::roleCode(User::Role::Admin), userId});
    if (!others)
        return others.error();
    auto user = UserRepository(m_db).get(userId);
    if (!user)
        return user.error();
    const bool isActiveAdmin = user->active && user->role == User::Role::Admin;
    if (isActiveAdmin && others->toLongLong() == 0)
        return {DatabaseError::Kind::Refused,
                tr("%1 is the last active administrator: make another user an administrator first.")
                    .arg(user->displayName)};
    return {};
}

DatabaseError UserAdministration::save(User &user)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    UserRepository users(m_db);
    if (user.id == 0) {
        if (DatabaseError error = users.create(user))
            return error;
    } else {
        if (DatabaseError error = checkAdminKept(user.id, user.active && user.role == User::Role::Admin))
            return error;
        if (DatabaseError error = users.update(user))
            return error;
    }
    return transaction.commit();
}

DatabaseError UserAdministration::setActive(qint64 userId, bool active)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    UserRepository users(m_db);
    if (!active) {
        auto user = users.get(userId);
        if (!user)
            return user.error();
        if (DatabaseError error = checkAdminKept(userId, false))
            return error;
    }
    if (DatabaseError error = active ? users.activate(userId) : users.deactivate(userId))
        return error;
    return transaction.commit();
}

} // namespace kartoteka
