#include "UserRepository.h"

#include "storage/Sql.h"

namespace kartoteka {

QStringList UserMapping::columns()
{
    return {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("role"),
            QStringLiteral("email"), QStringLiteral("active"),       QStringLiteral("created_at")};
}

QVariantList UserMapping::values(const User &u)
{
    return {u.login.trimmed(), u.displayName,           User::roleCode(u.role),
            sql::fromText(u.email), u.active ? 1 : 0, sql::fromDateTime(u.createdAt)};
}

User UserMapping::read(const QSqlQuery &q)
{
    User u;
    int i = 0;
    u.id = q.value(i++).toLongLong();
    u.login = sql::toText(q.value(i++));
    u.displayName = sql::toText(q.value(i++));
    u.role = User::roleFromCode(q.value(i++).toString()).value_or(User::Role::Manager);
    u.email = sql::toText(q.value(i++));
    u.active = q.value(i++).toInt() != 0;
    u.createdAt = sql::toDateTime(q.value(i++));
    return u;
}

UserRepository::UserRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError UserRepository::validate(const User &user) const
{
    if (user.login.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A user needs a login.")};
    if (user.displayName.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A user needs a display name.")};
    auto same = findByLogin(user.login);
    if (same && same->id != user.id)
        return {DatabaseError::Kind::Invalid, tr("The login %1 is taken by %2.").arg(same->login, same->displayName)};
    if (!same && same.error().kind != DatabaseError::Kind::NotFound)
        return same.error();
    return {};
}

DatabaseError UserRepository::create(User &user)
{
    if (DatabaseError error = validate(user))
        return error;
    user.createdAt = sql::now();
    if (DatabaseError error = m_table.create(user))
        return error;
    user.login = user.login.trimmed();
    return {};
}

DatabaseError UserRepository::update(const User &user)
{
    if (DatabaseError error = validate(user))
        return error;
    return m_table.update(user);
}

Result<User> UserRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<User> UserRepository::findByLogin(const QString &login) const
{
    // SQLite's NOCASE folds ASCII only; the user table is small, so Qt compares the rest.
    const QString wanted = login.trimmed();
    auto all = m_table.select(QStringLiteral("ORDER BY id"));
    if (!all)
        return all.error();
    for (const User &user : *all) {
        if (user.login.compare(wanted, Qt::CaseInsensitive) == 0)
            return user;
    }
    return DatabaseError(DatabaseError::Kind::NotFound, tr("There is no user %1.").arg(wanted));
}

Result<std::vector<User>> UserRepository::list(bool includeInactive) const
{
    const QString where = includeInactive ? QString() : QStringLiteral("WHERE active = 1");
    return m_table.select(where + QStringLiteral(" ORDER BY display_name COLLATE NOCASE, id"));
}

Result<QString> UserRepository::deletionBlocker(qint64 id) const
{
    auto tasks = describeReferences(m_table.database(), {{"tasks", "author_id"}, {"tasks", "assignee_id"}}, id);
    if (tasks && !tasks->isEmpty())
        return tr("they authored or are assigned %1; deactivate them instead").arg(*tasks);
    return tasks;
}

DatabaseError UserRepository::remove(qint64 id)
{
    return m_table.removeUnlessBlocked(id, [&] { return deletionBlocker(id); }, tr("The user cannot be deleted: %1."));
}

DatabaseError UserRepository::deactivate(qint64 id)
{
    return m_table.write(QStringLiteral("UPDATE users SET active = 0 WHERE id = ?"), {id});
}

DatabaseError UserRepository::activate(qint64 id)
{
    return m_table.write(QStringLiteral("UPDATE users SET active = 1 WHERE id = ?"), {id});
}

} // namespace kartoteka
