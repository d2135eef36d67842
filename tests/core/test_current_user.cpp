#include "TestDatabase.h"

#include "contacts/CurrentUser.h"
#include "contacts/UserAdministration.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;

namespace {

User addUser(const QSqlDatabase &db, const QString &login, const QString &name, User::Role role = User::Role::Manager,
             bool active = true)
{
    User user;
    user.login = login;
    user.displayName = name;
    user.role = role;
    user.active = active;
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user;
}

qint64 userCount(const QSqlDatabase &db)
{
    auto count = sql::scalar(db, QStringLiteral("SELECT count(*) FROM users"));
    REQUIRE(count);
    return count->toLongLong();
}

// Sets an environment variable for one test and puts the old value back.
class EnvironmentVariable
{
public:
    EnvironmentVariable(const char *name, const QByteArray &value)
        : m_name(name), m_wasSet(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~EnvironmentVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

TEST_CASE("The system login is $USER, else $USERNAME, else \"user\"", "[users][current]")
{
    {
        EnvironmentVariable user("USER", "  olga ");
        EnvironmentVariable userName("USERNAME", "windows");
        CHECK(CurrentUser::systemLogin() == QStringLiteral("olga"));
    }
    {
        EnvironmentVariable user("USER", QByteArray());
        EnvironmentVariable userName("USERNAME", "windows");
        CHECK(CurrentUser::systemLogin() == QStringLiteral("windows"));
    }
    {
        EnvironmentVariable user("USER", "   ");
        EnvironmentVariable userName("USERNAME", QByteArray());
        CHECK(CurrentUser::systemLogin() == QStringLiteral("user"));
    }
}

TEST_CASE("The first run on a database makes the system login its administrator", "[users][current]")
{
    test::TestDatabase db;
    REQUIRE(userCount(db.connection()) == 0);
    auto resolved = CurrentUser::resolve(db.connection(), true, QStringLiteral("petrov"));
    REQUIRE(resolved);
    REQUIRE(resolved->user);
    CHECK(resolved->created);
    CHECK(resolved->candidates.empty());
    CHECK(resolved->user->id > 0);
    CHECK(resolved->user->login == QStringLiteral("petrov"));
    CHECK(resolved->user->role == User::Role::Admin);

    auto stored = UserRepository(db.connection()).findByLogin(QStringLiteral("PETROV"));
    REQUIRE(stored);
    CHECK(stored->id == resolved->user->id);
    CHECK(stored->role == User::Role::Admin);
    CHECK(stored->active);

    // The second run finds them: nobody new.
    auto again = CurrentUser::resolve(db.connection(), true, QStringLiteral("someone-else"));
    REQUIRE(again);
    REQUIRE(again->user);
    CHECK_FALSE(again->created);
    CHECK(again->user->id == resolved->user->id);
    CHECK(userCount(db.connection()) == 1);
}

TEST_CASE("An empty system login still gives a usable administrator", "[users][current]")
{
    test::TestDatabase db;
    auto resolved = CurrentUser::resolve(db.connection(), true, QStringLiteral("  "));
    REQUIRE(resolved);
    REQUIRE(resolved->user);
    CHECK(resolved->user->login == QStringLiteral("user"));
}

TEST_CASE("With one active user that user works, without asking", "[users][current]")
{
    test::TestDatabase db;
    const User anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    addUser(db.connection(), QStringLiteral("boris"), QStringLiteral("Boris"), User::Role::Admin, false);
    auto resolved = CurrentUser::resolve(db.connection(), true, QStringLiteral("root"));
    REQUIRE(resolved);
    REQUIRE(resolved->user);
    CHECK(resolved->user->id == anna.id);
    CHECK_FALSE(resolved->created);
    CHECK(userCount(db.connection()) == 2);
}

TEST_CASE("With several active users the candidates come by name, the inactive left out", "[users][current]")
{
    test::TestDatabase db;
    const User zoya = addUser(db.connection(), QStringLiteral("zoya"), QStringLiteral("Zoya"));
    const User anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    addUser(db.connection(), QStringLiteral("gone"), QStringLiteral("Boris"), User::Role::Manager, false);
    auto resolved = CurrentUser::resolve(db.connection(), true, QStringLiteral("root"));
    REQUIRE(resolved);
    CHECK_FALSE(resolved->user);
    REQUIRE(resolved->candidates.size() == 2);
    CHECK(resolved->candidates[0].id == anna.id);
    CHECK(resolved->candidates[1].id == zoya.id);
    CHECK(userCount(db.connection()) == 3);
}

TEST_CASE("A database whose users are all inactive gets the system login back as administrator", "[users][current]")
{
    test::TestDatabase db;
    const User old = addUser(db.connection(), QStringLiteral("Petrov"), QStringLiteral("P"), User::Role::Manager, false);
    auto resolved = CurrentUser::resolve(db.connection(), true, QStringLiteral("petrov"));
    REQUIRE(resolved);
    REQUIRE(resolved->user);
    CHECK(resolved->user->id == old.id); // the same person, not a clash of logins
    CHECK(resolved->user->active);
    CHECK(resolved->user->role == User::Role::Admin);
    CHECK(UserRepository(db.connection()).get(old.id)->active);
    CHECK(userCount(db.connection()) == 1);
}

TEST_CASE("A read-only database without users gets an unsaved administrator", "[users][current]")
{
    test::TestDatabase db;
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(db.path(), options));
    auto resolved = CurrentUser::resolve(readOnly.connection(), !readOnly.isReadOnly(), QStringLiteral("petrov"));
    REQUIRE(resolved);
    REQUIRE(resolved->user);
    CHECK(resolved->user->id == 0);
    CHECK(resolved->user->role == User::Role::Admin);
    CHECK_FALSE(resolved->created);
    CHECK(userCount(db.connection()) == 0);
}

TEST_CASE("Resolving on a closed connection is an error, not a user", "[users][current]")
{
    auto resolved = CurrentUser::resolve(QSqlDatabase(), true, QStringLiteral("petrov"));
    CHECK_FALSE(resolved);
}

TEST_CASE("The last active administrator can be neither demoted nor deactivated", "[users][admin]")
{
    test::TestDatabase db;
    UserAdministration administration(db.connection());
    User admin = addUser(db.connection(), QStringLiteral("admin"), QStringLiteral("Admin"), User::Role::Admin);
    User manager = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));

    User demoted = admin;
    demoted.role = User::Role::Supervisor;
    DatabaseError error = administration.save(demoted);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("last active administrator")));
    CHECK(UserRepository(db.connection()).get(admin.id)->role == User::Role::Admin);

    User deactivated = admin;
    deactivated.active = false;
    CHECK(administration.save(deactivated).kind == DatabaseError::Kind::Refused);
    CHECK(administration.setActive(admin.id, false).kind == DatabaseError::Kind::Refused);
    CHECK(UserRepository(db.connection()).get(admin.id)->active);

    // An inactive admin does not count: they cannot log in to manage anybody.
    User sleeping = addUser(db.connection(), QStringLiteral("old"), QStringLiteral("Old"), User::Role::Admin, false);
    CHECK(administration.setActive(admin.id, false).kind == DatabaseError::Kind::Refused);

    // With a second active admin, the first may step down.
    manager.role = User::Role::Admin;
    REQUIRE_FALSE(administration.save(manager));
    REQUIRE_FALSE(administration.save(demoted));
    CHECK(UserRepository(db.connection()).get(admin.id)->role == User::Role::Supervisor);
    CHECK(administration.setActive(manager.id, false).kind == DatabaseError::Kind::Refused);
    REQUIRE_FALSE(administration.setActive(sleeping.id, true));
    REQUIRE_FALSE(administration.setActive(manager.id, false));
    CHECK_FALSE(UserRepository(db.connection()).get(manager.id)->active);
}

TEST_CASE("Saving users keeps logins unique in any letter case and reports missing users", "[users][admin]")
{
    test::TestDatabase db;
    UserAdministration administration(db.connection());
    addUser(db.connection(), QStringLiteral("Иванова"), QStringLiteral("Анна Иванова"), User::Role::Admin);
    User clash;
    clash.login = QStringLiteral("ИВАНОВА");
    clash.displayName = QStringLiteral("Другая");
    CHECK(administration.save(clash).kind == DatabaseError::Kind::Invalid);
    CHECK(clash.id == 0);
    CHECK(userCount(db.connection()) == 1);

    User fresh;
    fresh.login = QStringLiteral("petrov");
    fresh.displayName = QStringLiteral("Пётр Петров");
    REQUIRE_FALSE(administration.save(fresh));
    CHECK(fresh.id > 0);

    CHECK(administration.setActive(9999, false).kind == DatabaseError::Kind::NotFound);
    CHECK(administration.setActive(9999, true).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("User changes on a read-only database are refused as read-only", "[users][admin]")
{
    test::TestDatabase db;
    const User admin = addUser(db.connection(), QStringLiteral("admin"), QStringLiteral("Admin"), User::Role::Admin);
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(db.path(), options));
    User fresh;
    fresh.login = QStringLiteral("petrov");
    fresh.displayName = QStringLiteral("Петров");
    CHECK(UserAdministration(readOnly.connection()).save(fresh).kind == DatabaseError::Kind::ReadOnly);
    CHECK(userCount(db.connection()) == 1);
    CHECK(admin.id > 0);
}
