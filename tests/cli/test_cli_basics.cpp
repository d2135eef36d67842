#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

TEST_CASE("Version and help answer without touching a database", "[cli]")
{
    QTemporaryDir home;
    const auto version = runCli({QStringLiteral("--version")}, home.path());
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral(KARTOTEKA_VERSION)));

    const auto help = runCli({QStringLiteral("--help")}, home.path());
    CHECK(help.exitCode == 0);
    for (const char *command : {"stats", "demo", "check", "backup"})
        CHECK(help.out.contains(QLatin1String(command)));
    CHECK(help.out.contains(QStringLiteral("--db")));
    CHECK_FALSE(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/Kartoteka/kartoteka/kartoteka.sqlite"))));
}

TEST_CASE("Usage errors exit with 2 and one line on stderr", "[cli]")
{
    QTemporaryDir home;
    for (const QStringList &arguments : {QStringList{}, QStringList{QStringLiteral("frobnicate")},
                                         QStringList{QStringLiteral("stats"), QStringLiteral("--no-such-option")},
                                         QStringList{QStringLiteral("backup")}}) {
        const auto result = runCli(arguments, home.path());
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.startsWith(QStringLiteral("kartoteka-cli: ")));
        CHECK(result.err.trimmed().count(QLatin1Char('\n')) == 0);
    }
}

TEST_CASE("stats --json on the default per-user database creates it and counts zeros", "[cli]")
{
    QTemporaryDir home;
    const auto result = runCli({QStringLiteral("stats"), QStringLiteral("--json")}, home.path());
    REQUIRE(result.exitCode == 0);
    const QJsonObject stats = result.json().object();
    for (const char *key : {"organizations", "persons", "tasks", "projects", "deals", "sales", "users"}) {
        INFO(key);
        REQUIRE(stats.contains(QLatin1String(key)));
        CHECK(stats.value(QLatin1String(key)).isDouble());
        CHECK(stats.value(QLatin1String(key)).toInteger(-1) == 0);
    }
    CHECK(stats.size() == 7);
    CHECK(QFileInfo::exists(home.filePath(QStringLiteral(".local/share/Kartoteka/kartoteka/kartoteka.sqlite"))));
}

TEST_CASE("check reports a sound database, refuses a missing, foreign or damaged one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("stats")}).exitCode == 0);

    const auto sound = runCli({QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(sound.exitCode == 0);
    CHECK(sound.json().object().value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    CHECK(sound.json().object().value(QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());

    const auto missing = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("nope.sqlite")), QStringLiteral("check")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("nope.sqlite"))));

    const QString text = dir.filePath(QStringLiteral("list.csv"));
    kartoteka::test::writeFile(text, "name;phone\n");
    const auto foreign = runCli({QStringLiteral("--db"), text, QStringLiteral("stats")});
    CHECK(foreign.exitCode == 1);
    CHECK(foreign.err.contains(QStringLiteral("not an SQLite file")));

    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        file.write(QByteArray(3000, '\x5a'));
    }
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const auto damaged = runCli({QStringLiteral("--db"), path, QStringLiteral("check")});
    CHECK(damaged.exitCode == 3);
    CHECK(damaged.err.contains(QStringLiteral("damaged")));
}

TEST_CASE("check lists what the integrity check finds in a database that opens but is damaged", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        const QSqlDatabase c = db.connection();
        for (const char *city : {"Москва", "Тверь", "Омск"})
            REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO organizations (name, city, kind, created_at, updated_at) "
                                                "VALUES ('ООО', ?, 'client', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                              {QString::fromUtf8(city)}));
        // The index's definition no longer matches the order its entries were written in.
        REQUIRE(sql::exec(c, QStringLiteral("PRAGMA writable_schema = ON")));
        REQUIRE(sql::exec(c, QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'city COLLATE NOCASE', "
                                            "'city COLLATE NOCASE DESC') WHERE name = 'organizations_city'")));
    }
    const auto damaged = runCli({QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(damaged.exitCode == 3);
    const QJsonObject report = damaged.json().object();
    CHECK(report.value(QStringLiteral("integrity")).toString() == QStringLiteral("damaged"));
    const QJsonArray problems = report.value(QStringLiteral("problems")).toArray();
    REQUIRE_FALSE(problems.isEmpty());
    CHECK(problems.first().toString().contains(QStringLiteral("organizations_city")));
}

TEST_CASE("A database of a newer schema exits with 3", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        REQUIRE(sql::exec(db.connection(),
                          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    const auto result = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("newer version")));
    CHECK(result.out.isEmpty());
}

TEST_CASE("backup writes a copy that opens, and never overwrites", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--clients"),
                    QStringLiteral("20"), QStringLiteral("--tasks"), QStringLiteral("30")})
                .exitCode == 0);
    const QString copy = dir.filePath(QStringLiteral("copies/k-backup.sqlite"));
    const auto done = runCli({QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
    CHECK(done.exitCode == 0);
    const auto copied = runCli({QStringLiteral("--db"), copy, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(copied.json().object().value(QStringLiteral("organizations")).toInt() == 20);
    CHECK(copied.json().object().value(QStringLiteral("tasks")).toInt() == 30);

    const auto again = runCli({QStringLiteral("--db"), path, QStringLiteral("backup"), copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
}

TEST_CASE("Writing to a read-only or locked database exits with 3 and writes nothing", "[cli]")
{
    test::TestDatabase db;
    const QString path = db.path();

    SECTION("locked by another writer")
    {
        Transaction holder(db.connection());
        REQUIRE_FALSE(holder.beginError());
        const auto result = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--clients"),
                                    QStringLiteral("5"), QStringLiteral("--tasks"), QStringLiteral("0")});
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("locked")));
    }
    SECTION("read-only file")
    {
        db.database().close();
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        const auto result = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--clients"),
                                    QStringLiteral("5")});
        CHECK(result.exitCode == 3);
        CHECK(result.err.contains(QStringLiteral("read-only")));
        REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        REQUIRE_FALSE(db.database().open(path));
    }
    const auto stats = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(stats.json().object().value(QStringLiteral("organizations")).toInt() == 0);
}

TEST_CASE("Messages for people follow the user's language, the output for programs does not", "[cli][translations]")
{
    QTemporaryDir home;
    const QStringList unknown{QStringLiteral("frobnicate")};
    const auto english = runCli(unknown, home.path());
    const auto russian = runCli(unknown, home.path(), QStringLiteral("ru_RU.UTF-8"));
    const auto chinese = runCli(unknown, home.path(), QStringLiteral("zh_CN.UTF-8"));
    static const QRegularExpression cyrillic(QStringLiteral("[А-Яа-яЁё]"));
    static const QRegularExpression han(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    CHECK(english.exitCode == 2);
    CHECK(russian.exitCode == 2);
    CHECK_FALSE(english.err.contains(cyrillic));
    CHECK(russian.err.contains(cyrillic));
    CHECK(chinese.err.contains(han));
    CHECK(russian.err.contains(QStringLiteral("kartoteka-cli: ")));

    // JSON keys and values stay as documented whatever the language.
    const auto json = runCli({QStringLiteral("stats"), QStringLiteral("--json")}, home.path(), QStringLiteral("ru_RU.UTF-8"));
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().object().contains(QStringLiteral("organizations")));
}
