#include "CliRunner.h"
#include "TestDatabase.h"

#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

namespace {

QString icsFixture(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/ics/") + QString::fromLatin1(name);
}

qint64 addUser(const QSqlDatabase &db, const char *login)
{
    User user;
    user.login = user.displayName = QString::fromLatin1(login);
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user.id;
}

void addTask(const QSqlDatabase &db, qint64 user, const QString &subject, const QDateTime &start)
{
    Task task;
    task.subject = subject;
    task.typeId = TaskTypeRepository(db).findByCode(QStringLiteral("meeting"))->id;
    task.authorId = user;
    task.assigneeId = user;
    task.plannedStart = start;
    task.plannedEnd = start.addSecs(3600);
    REQUIRE_FALSE(TaskRepository(db).create(task));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("export tasks --ics writes a calendar, to a file or stdout, for a period", "[cli][ics]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("k.sqlite"));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        const qint64 anna = addUser(db.connection(), "anna");
        addTask(db.connection(), anna, QStringLiteral("Ноябрь, встреча"), QDateTime(QDate(2026, 11, 10), QTime(9, 0), Qt::UTC));
        addTask(db.connection(), anna, QStringLiteral("Декабрь"), QDateTime(QDate(2026, 12, 10), QTime(9, 0), Qt::UTC));
    }
    const QString file = home.filePath(QStringLiteral("tasks.ics"));
    auto all = runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("tasks"), QStringLiteral("--ics"), file},
                      home.path());
    INFO(all.err.toStdString());
    REQUIRE(all.exitCode == 0);
    const QByteArray ics = readAll(file);
    CHECK(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(ics.count("BEGIN:VEVENT") == 2);
    CHECK(ics.contains("SUMMARY:Ноябрь\\, встреча"));

    auto november = runCli({QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("tasks"), QStringLiteral("--ics"),
                            QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-11-30")},
                           home.path());
    REQUIRE(november.exitCode == 0);
    CHECK(november.out.count(QStringLiteral("BEGIN:VEVENT")) == 1);
    CHECK(november.out.contains(QStringLiteral("Ноябрь")));

    const auto usage = [&](const QStringList &arguments) {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("export"), QStringLiteral("tasks")} + arguments,
                      home.path())
            .exitCode;
    };
    CHECK(usage({}) == 2);
    CHECK(usage({QStringLiteral("--ics"), QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("10.11.2026")}) == 2);
    CHECK(usage({QStringLiteral("--ics"), QStringLiteral("-"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                 QStringLiteral("--to"), QStringLiteral("2026-11-01")})
          == 2);
    CHECK(usage({QStringLiteral("--csv"), QStringLiteral("-")}) == 2);
    CHECK(runCli({QStringLiteral("--db"), home.filePath(QStringLiteral("missing.sqlite")), QStringLiteral("export"),
                  QStringLiteral("tasks"), QStringLiteral("--ics"), QStringLiteral("-")},
                 home.path())
              .exitCode
          != 0);
}

TEST_CASE("import ics --json imports, re-imports without duplicates and undoes", "[cli][ics]")
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("k.sqlite"));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        addUser(db.connection(), "anna");
        addUser(db.connection(), "boris");
    }
    const auto import = [&](const QStringList &extra) {
        return runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("ics"),
                                  icsFixture("thunderbird.ics"), QStringLiteral("--json")}
                          + extra,
                      home.path());
    };
    // Two users: whose tasks these are must be said.
    CHECK(import({}).exitCode == 2);
    CHECK(import({QStringLiteral("--user"), QStringLiteral("nobody")}).exitCode == 1);

    auto first = import({QStringLiteral("--user"), QStringLiteral("boris")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject report = first.json().object();
    CHECK(report.value(QStringLiteral("rows")).toInt() == 6);
    CHECK(report.value(QStringLiteral("created")).toInt() == 5);
    CHECK(report.value(QStringLiteral("skipped")).toInt() == 1);
    CHECK(report.value(QStringLiteral("warnings")).toInt() == 2);
    CHECK(report.value(QStringLiteral("written")).toBool());
    const qint64 batch = report.value(QStringLiteral("batch")).toInteger();
    REQUIRE(batch > 0);

    auto again = import({QStringLiteral("--user"), QStringLiteral("boris")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object().value(QStringLiteral("created")).toInt() == 0);

    auto list = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")},
                       home.path());
    REQUIRE(list.exitCode == 0);
    CHECK(list.json().array().at(0).toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("ics"));

    auto undo = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("undo"), QString::number(batch)},
                       home.path());
    INFO(undo.err.toStdString());
    REQUIRE(undo.exitCode == 0);
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM tasks"))->toInt() == 0);
    }

    auto strict = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("ics"),
                          icsFixture("malformed.ics"), QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--strict")},
                         home.path());
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.contains(QStringLiteral("nothing was imported")));
    {
        Database db;
        REQUIRE_FALSE(db.open(path));
        CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM tasks"))->toInt() == 0);
    }

    auto malformed = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("ics"),
                             icsFixture("malformed.ics"), QStringLiteral("--user"), QStringLiteral("anna")},
                            home.path());
    REQUIRE(malformed.exitCode == 0);
    CHECK(malformed.out.contains(QStringLiteral("line 13: rejected")));
    CHECK(malformed.out.contains(QStringLiteral("line 17: rejected")));

    auto notIcs = runCli({QStringLiteral("--db"), path, QStringLiteral("import"), QStringLiteral("ics"),
                          QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/clients_excel_utf8.csv"), QStringLiteral("--user"),
                          QStringLiteral("anna")},
                         home.path());
    CHECK(notIcs.exitCode == 1);
    CHECK(notIcs.err.contains(QStringLiteral("iCalendar")));
}
