#include "TestDatabase.h"
#include "TestFiles.h"

#include "storage/CancelWatch.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace kartoteka;
using kartoteka::test::writeFile;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A database of schema v1 whose user_version claims `version`, closed again.
void makeDatabaseOfVersion(const QString &path, int version)
{
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        REQUIRE(sql::exec(db.connection(), QStringLiteral("PRAGMA user_version = %1").arg(version)));
        REQUIRE(sql::exec(db.connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
}

QString pragma(const Database &db, const char *name)
{
    auto value = sql::scalar(db.connection(), QStringLiteral("PRAGMA ") + QLatin1String(name));
    REQUIRE(value);
    return value->toString();
}

} // namespace

TEST_CASE("A new database is created with its folders, pragmas and the latest schema", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/c/kartoteka.sqlite"));
    Database db;
    REQUIRE_FALSE(db.open(path));
    CHECK(QFile::exists(path));
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(pragma(db, "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(db, "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(db, "synchronous") == QStringLiteral("1")); // NORMAL
    CHECK(pragma(db, "busy_timeout").toInt() > 0);
    CHECK_FALSE(db.isReadOnly());
    // A brand-new file has nothing to back up.
    CHECK(db.migrationBackupPath().isEmpty());
    CHECK(QDir(dir.filePath(QStringLiteral("a/b/c"))).entryList({QStringLiteral("*.before-*")}).isEmpty());

    auto stats = DatabaseStatistics::read(db.connection());
    REQUIRE(stats);
    CHECK(stats->organizations == 0);
    CHECK(stats->users == 0);
}

TEST_CASE("Reopening an up-to-date database changes nothing and needs no backup", "[database]")
{
    test::TestDatabase first;
    const QString path = first.path();
    first.database().close();
    Database again;
    REQUIRE_FALSE(again.open(path));
    CHECK(again.migrationBackupPath().isEmpty());
    CHECK(again.schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("A file that is not SQLite is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    writeFile(path, "name;inn\nАльфа;7707083893\n");
    const QByteArray before = fileHash(path);

    Database db;
    const DatabaseError error = db.open(path);
    CHECK(error.kind == DatabaseError::Kind::NotADatabase);
    CHECK(error.message.contains(QStringLiteral("not an SQLite file")));
    CHECK_FALSE(db.isOpen());
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("Another program's SQLite database is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE bookmarks (url TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);

    Database db;
    const DatabaseError error = db.open(path);
    CHECK(error.kind == DatabaseError::Kind::NotADatabase);
    CHECK(error.message.contains(QStringLiteral("another program")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database of a newer schema is refused without touching the file", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    makeDatabaseOfVersion(path, Database::latestSchemaVersion() + 1);
    const QByteArray before = fileHash(path);

    Database db;
    const DatabaseError error = db.open(path);
    CHECK(error.kind == DatabaseError::Kind::NewerSchema);
    CHECK(error.message.contains(QStringLiteral("newer version")));
    CHECK_FALSE(db.isOpen());
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.before-*")}).isEmpty());
}

TEST_CASE("A corrupt database is refused with a clear message", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    makeDatabaseOfVersion(path, Database::latestSchemaVersion());
    // Keep the 100-byte header, overwrite the schema page after it with garbage.
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        file.write(QByteArray(3000, '\x5a'));
    }
    const QByteArray before = fileHash(path);

    Database db;
    const DatabaseError error = db.open(path);
    CHECK(error.kind == DatabaseError::Kind::Corrupt);
    CHECK(error.message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(db.isOpen());
    CHECK(fileHash(path) == before);
}

namespace {

// The built-in schema plus a version 2 made of `statements`.
std::vector<Migration> withVersion2(const QStringList &statements)
{
    std::vector<Migration> steps = migrations();
    steps.push_back({Database::latestSchemaVersion() + 1, statements});
    return steps;
}

void addUser(const QSqlDatabase &db, const QString &login)
{
    REQUIRE(sql::exec(db, QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                      {login, login, QStringLiteral("2026-01-01T00:00:00Z")}));
}

} // namespace

TEST_CASE("An existing database is backed up, then migrated", "[database][migration]")
{
    test::TestDatabase current;
    addUser(current.connection(), QStringLiteral("anna"));
    const QString path = current.path();
    current.database().close();

    const auto steps = withVersion2({QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT")});
    Database::Options options;
    options.migrations = &steps;
    Database upgraded;
    REQUIRE_FALSE(upgraded.open(path, options));
    CHECK(upgraded.schemaVersion() == Database::latestSchemaVersion() + 1);
    CHECK(sql::exec(upgraded.connection(), QStringLiteral("SELECT phone FROM users")));

    const QString backup = upgraded.migrationBackupPath();
    REQUIRE_FALSE(backup.isEmpty());
    CHECK(QFileInfo(backup).dir() == QFileInfo(path).dir());
    Database copy;
    REQUIRE_FALSE(copy.open(backup));
    CHECK(copy.schemaVersion() == Database::latestSchemaVersion());
    CHECK(DatabaseStatistics::read(copy.connection())->users == 1);
}

TEST_CASE("A failed migration leaves the database at its old version", "[database][migration]")
{
    test::TestDatabase current;
    addUser(current.connection(), QStringLiteral("anna"));
    const QString path = current.path();
    current.database().close();

    const auto steps = withVersion2({QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT"),
                                     QStringLiteral("UPDATE no_such_table SET x = 1")});
    Database::Options options;
    options.migrations = &steps;
    Database failed;
    const DatabaseError error = failed.open(path, options);
    CHECK(error);
    CHECK(error.message.contains(QStringLiteral("Schema upgrade to version")));
    CHECK_FALSE(failed.isOpen());

    Database reopened;
    REQUIRE_FALSE(reopened.open(path));
    CHECK(reopened.schemaVersion() == Database::latestSchemaVersion());
    // The first statement of the failed step was rolled back with it.
    CHECK_FALSE(sql::exec(reopened.connection(), QStringLiteral("SELECT phone FROM users")));
    CHECK(DatabaseStatistics::read(reopened.connection())->users == 1);
}

TEST_CASE("A read-only file opens read-only and refuses writes clearly", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        REQUIRE(sql::exec(db.connection(),
                          QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                          {QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("2026-01-01T00:00:00Z")}));
    }
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup));
    const QByteArray before = fileHash(path);

    Database db;
    REQUIRE_FALSE(db.open(path));
    CHECK(db.isReadOnly());
    auto stats = DatabaseStatistics::read(db.connection());
    REQUIRE(stats);
    CHECK(stats->users == 1);

    auto write = sql::exec(db.connection(),
                           QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                           {QStringLiteral("boris"), QStringLiteral("Boris"), QStringLiteral("2026-01-01T00:00:00Z")});
    REQUIRE_FALSE(write);
    CHECK(write.error().kind == DatabaseError::Kind::ReadOnly);
    write = DatabaseError();
    db.close();
    CHECK(fileHash(path) == before);
}

TEST_CASE("A read-only file that needs an upgrade is refused", "[database][migration]")
{
    test::TestDatabase current;
    const QString path = current.path();
    current.database().close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    const QByteArray before = fileHash(path);

    const auto steps = withVersion2({QStringLiteral("ALTER TABLE users ADD COLUMN phone TEXT")});
    Database::Options options;
    options.migrations = &steps;
    Database db;
    const DatabaseError error = db.open(path, options);
    CHECK(error.kind == DatabaseError::Kind::ReadOnly);
    CHECK(error.message.contains(QStringLiteral("read-only")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("A database locked by another writer waits, then reports", "[database]")
{
    test::TestDatabase db;
    Database other;
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    REQUIRE_FALSE(other.open(db.path(), quick));

    Transaction holder(db.connection()); // another writer holds the lock
    REQUIRE_FALSE(holder.beginError());

    QElapsedTimer waited;
    waited.start();
    auto write = sql::exec(other.connection(),
                           QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                           {QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("2026-01-01T00:00:00Z")});
    REQUIRE_FALSE(write);
    CHECK(write.error().kind == DatabaseError::Kind::Locked);
    CHECK(write.error().message.contains(QStringLiteral("locked")));
    CHECK(waited.elapsed() >= 150);

    Transaction second(other.connection());
    CHECK(second.beginError().kind == DatabaseError::Kind::Locked);

    holder.rollback();
    CHECK(sql::exec(other.connection(),
                    QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                    {QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("2026-01-01T00:00:00Z")}));
}

TEST_CASE("Opening waits for a migration lock, then reports", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
    raw.setDatabaseName(path);
    REQUIRE(raw.open());
    QSqlQuery lock(raw);
    REQUIRE(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));

    Database db;
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    const DatabaseError error = db.open(path, quick);
    CHECK(error.kind == DatabaseError::Kind::Locked);
    CHECK_FALSE(db.isOpen());

    lock.exec(QStringLiteral("ROLLBACK"));
    lock.finish();
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    CHECK_FALSE(db.open(path, quick));
}

TEST_CASE("A backup is a consistent copy that opens on its own", "[database]")
{
    test::TestDatabase db;
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                      {QStringLiteral("anna"), QStringLiteral("Anna"), QStringLiteral("2026-01-01T00:00:00Z")}));
    const QString target = db.dir() + QStringLiteral("/copies/backup.sqlite");
    REQUIRE_FALSE(db.database().backupTo(target));

    Database copy;
    REQUIRE_FALSE(copy.open(target));
    CHECK(DatabaseStatistics::read(copy.connection())->users == 1);

    const DatabaseError again = db.database().backupTo(target);
    CHECK(again.kind == DatabaseError::Kind::Invalid);
    CHECK(again.message.contains(QStringLiteral("already exists")));
}

TEST_CASE("A backup told to stop stops with an error", "[database]")
{
    // File › Back up runs it under a CancelWatch; Cancel must end a copy of any size.
    test::TestDatabase db;
    REQUIRE(sql::exec(db.connection(), QStringLiteral("CREATE TABLE filler (t TEXT)")));
    REQUIRE(sql::exec(db.connection(), QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                                      "WHERE i < 20000) INSERT INTO filler SELECT printf('%0500d', i) FROM n")));
    const QString target = db.dir() + QStringLiteral("/stopped.sqlite");
    DatabaseError error;
    {
        const CancelWatch watch(db.connection(), [] { return false; });
        error = db.database().backupTo(target);
        CHECK(watch.cancelled());
    }
    CHECK(error.isError());
    // Without the watch the same copy is made.
    QFile::remove(target);
    REQUIRE_FALSE(db.database().backupTo(target));
}

TEST_CASE("The integrity check of a sound database finds nothing", "[database]")
{
    test::TestDatabase db;
    auto problems = db.database().integrityProblems();
    REQUIRE(problems);
    CHECK(problems->isEmpty());
}

TEST_CASE("Nested transactions join the outer one and roll back with it", "[database][transaction]")
{
    test::TestDatabase db;
    const auto insertUser = [&](const QString &login) {
        return sql::exec(db.connection(),
                         QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES (?, ?, ?)"),
                         {login, login, QStringLiteral("2026-01-01T00:00:00Z")});
    };
    {
        Transaction outer(db.connection());
        REQUIRE(insertUser(QStringLiteral("one")));
        {
            Transaction inner(db.connection());
            REQUIRE_FALSE(inner.beginError());
            REQUIRE(insertUser(QStringLiteral("two")));
            REQUIRE_FALSE(inner.commit());
        }
        {
            Transaction failed(db.connection());
            REQUIRE(insertUser(QStringLiteral("three")));
            // destroyed without commit: only "three" is rolled back
        }
        REQUIRE_FALSE(outer.commit());
    }
    CHECK(DatabaseStatistics::read(db.connection())->users == 2);
    {
        Transaction outer(db.connection());
        REQUIRE(insertUser(QStringLiteral("four")));
        Transaction inner(db.connection());
        REQUIRE(insertUser(QStringLiteral("five")));
        REQUIRE_FALSE(inner.commit());
        // outer destroyed without commit: both are gone
    }
    CHECK(DatabaseStatistics::read(db.connection())->users == 2);
}
