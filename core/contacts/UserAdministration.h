#pragma once

#include "User.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kartoteka {

// The changes of the Users settings page, each in one transaction with its checks: logins stay
// unique in any letter case (UserRepository), and the last active admin can be neither
// demoted nor deactivated, so that somebody can always manage the users.
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    explicit UserAdministration(QSqlDatabase db);

    // Creates (id 0) or updates the user; sets user.id.
    DatabaseError save(User &user);
    DatabaseError setActive(qint64 userId, bool active);

private:
    // Refused when the user is the last active admin and would no longer be one.
    DatabaseError checkAdminKept(qint64 userId, bool staysActiveAdmin) const;

    QSqlDatabase m_db;
};

} // namespace kartoteka
