#include "TestDatabase.h"

#include "contacts/UserRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;

namespace {
User user(const QString &login, const QString &name, User::Role role = User::Role::Manager)
{
    User u;
    u.login = login;
    u.displayName = name;
    u.role = role;
    return u;
}

void addTask(QSqlDatabase db, qint64 authorId, std::optional<qint64> assigneeId)
{
    REQUIRE(sql::exec(db,
                      QStringLiteral("INSERT INTO tasks (subject, type_id, author_id, assignee_id, created_at, "
                                     "updated_at) VALUES ('Call', 1, ?, ?, '2026-01-01T00:00:00Z', "
                                     "'2026-01-01T00:00:00Z')"),
                      {authorId, sql::fromId(assigneeId)}));
}
} // namespace

TEST_CASE("Role codes convert both ways", "[users]")
{
    for (const User::Role role : {User::Role::Manager, User::Role::Supervisor, User::Role::Admin})
        CHECK(User::roleFromCode(User::roleCode(role)) == role);
    CHECK(User::roleCode(User::Role::Supervisor) == QStringLiteral("supervisor"));
    CHECK_FALSE(User::roleFromCode(QStringLiteral("boss")));
}

TEST_CASE("A user is stored with every field and read back", "[users]")
{
    test::TestDatabase db;
    UserRepository users(db.connection());
    User anna = user(QStringLiteral("  anna "), QStringLiteral("Анна Петрова"), User::Role::Supervisor);
    anna.email = QStringLiteral("anna@example.org");
    REQUIRE_FALSE(users.create(anna));
    REQUIRE(anna.id > 0);

    auto read = users.get(anna.id);
    REQUIRE(read);
    CHECK(read->login == QStringLiteral("anna"));
    CHECK(read->displayName == QStringLiteral("Анна Петрова"));
    CHECK(read->role == User::Role::Supervisor);
    CHECK(read->email == QStringLiteral("anna@example.org"));
    CHECK(read->active);
    CHECK(read->createdAt == anna.createdAt);
    CHECK(read->createdAt.isValid());

    read->role = User::Role::Admin;
    read->active = false;
    REQUIRE_FALSE(users.update(*read));
    CHECK(users.get(anna.id)->role == User::Role::Admin);
    CHECK_FALSE(users.get(anna.id)->active);
}

TEST_CASE("Logins are unique and found in any letter case", "[users]")
{
    test::TestDatabase db;
    UserRepository users(db.connection());
    User ivan = user(QStringLiteral("Ivan"), QStringLiteral("Ivan"));
    REQUIRE_FALSE(users.create(ivan));
    User cyrillic = user(QStringLiteral("Пётр"), QStringLiteral("Пётр"));
    REQUIRE_FALSE(users.create(cyrillic));

    CHECK(users.findByLogin(QStringLiteral("IVAN"))->id == ivan.id);
    CHECK(users.findByLogin(QStringLiteral("пётр"))->id == cyrillic.id);
    CHECK(users.findByLogin(QStringLiteral("nobody")).error().kind == DatabaseError::Kind::NotFound);

    User twin = user(QStringLiteral("iVaN"), QStringLiteral("Other Ivan"));
    CHECK(users.create(twin).kind == DatabaseError::Kind::Invalid);
    User cyrillicTwin = user(QStringLiteral("ПЁТР"), QStringLiteral("Other"));
    CHECK(users.create(cyrillicTwin).kind == DatabaseError::Kind::Invalid);

    // Renaming onto another's login is refused too; keeping one's own is fine.
    User renamed = *users.get(cyrillic.id);
    renamed.login = QStringLiteral("IVAN");
    CHECK(users.update(renamed).kind == DatabaseError::Kind::Invalid);
    renamed.login = QStringLiteral("ПЁТР");
    CHECK_FALSE(users.update(renamed));
}

TEST_CASE("A user without a login or name is refused", "[users]")
{
    test::TestDatabase db;
    UserRepository users(db.connection());
    User noLogin = user(QStringLiteral(" "), QStringLiteral("Name"));
    CHECK(users.create(noLogin).kind == DatabaseError::Kind::Invalid);
    User noName = user(QStringLiteral("login"), QString());
    CHECK(users.create(noName).kind == DatabaseError::Kind::Invalid);
    CHECK(users.list(true)->empty());
}

TEST_CASE("The list holds active users by name unless inactive ones are asked for", "[users]")
{
    test::TestDatabase db;
    UserRepository users(db.connection());
    User zoe = user(QStringLiteral("zoe"), QStringLiteral("Zoe"));
    User adam = user(QStringLiteral("adam"), QStringLiteral("adam"));
    User bob = user(QStringLiteral("bob"), QStringLiteral("Bob"));
    for (User *u : {&zoe, &adam, &bob})
        REQUIRE_FALSE(users.create(*u));
    REQUIRE_FALSE(users.deactivate(bob.id));

    auto active = users.list();
    REQUIRE(active);
    REQUIRE(active->size() == 2);
    CHECK(active->at(0).id == adam.id);
    CHECK(active->at(1).id == zoe.id);
    CHECK(users.list(true)->size() == 3);

    REQUIRE_FALSE(users.activate(bob.id));
    CHECK(users.list()->size() == 3);
}

TEST_CASE("A user who authored or is assigned tasks is deactivated, not deleted", "[users]")
{
    test::TestDatabase db;
    UserRepository users(db.connection());
    User author = user(QStringLiteral("author"), QStringLiteral("Author"));
    User assignee = user(QStringLiteral("assignee"), QStringLiteral("Assignee"));
    User idle = user(QStringLiteral("idle"), QStringLiteral("Idle"));
    for (User *u : {&author, &assignee, &idle})
        REQUIRE_FALSE(users.create(*u));
    addTask(db.connection(), author.id, assignee.id);
    addTask(db.connection(), author.id, std::nullopt);

    DatabaseError error = users.remove(author.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("2 task")));
    CHECK(users.remove(assignee.id).kind == DatabaseError::Kind::Refused);
    CHECK(users.get(assignee.id));

    REQUIRE_FALSE(users.deactivate(author.id));
    CHECK_FALSE(users.get(author.id)->active);

    REQUIRE_FALSE(users.remove(idle.id));
    CHECK(users.get(idle.id).error().kind == DatabaseError::Kind::NotFound);
}
