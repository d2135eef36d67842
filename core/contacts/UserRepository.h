#pragma once

#include "User.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct UserMapping
{
    using Value = User;
    static QString table() { return QStringLiteral("users"); }
    static QStringList columns();
    static QVariantList values(const User &user);
    static User read(const QSqlQuery &query);
};

// Program users. One who authored or is assigned tasks is not deleted: deactivate them.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(QSqlDatabase db);

    // Validates (login unique in any letter case), stamps created_at and stores; sets user.id.
    DatabaseError create(User &user);
    DatabaseError update(const User &user);
    Result<User> get(qint64 id) const;
    // The user with this login in any letter case; NotFound when there is none.
    Result<User> findByLogin(const QString &login) const;
    // By display name; inactive users only when asked.
    Result<std::vector<User>> list(bool includeInactive = false) const;
    DatabaseError remove(qint64 id);
    DatabaseError deactivate(qint64 id);
    DatabaseError activate(qint64 id);

    // Why the user cannot be deleted (tasks they authored or are assigned); empty when they can.
    Result<QString> deletionBlocker(qint64 id) const;

private:
    DatabaseError validate(const User &user) const;

    TableGateway<UserMapping> m_table;
};

} // namespace kartoteka
