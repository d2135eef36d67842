#include "CliRunner.h"
#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

// March 2024 (local time; long past, so "now" never changes the expectations):
//   A ann call    Alpha done      4 Mar 10–12 (2 h), actual 10:00–11:30 (1.5 h), 100.00: on time
//   B ann meeting —     planned   5 Mar  9–10 (1 h): overdue
//   C bob call    Alpha done     31 Mar 23:00 – 1 Apr 01:00 (2 h), no actual end: not on time
//   D bob call    —     planned   1 Apr  9–10 (1 h): overdue; outside March
//   E bob call    —     cancelled 10 Mar 9:00–9:30 (0.5 h), personal: the CLI sees it
// By user for March: Ann 2 tasks, 3 h planned, 1.5 h actual, 100, 1 done, 1 on time, 1 overdue;
// Bob 2 tasks, 2.5 h, 0 h, 0, 1 done, 0 on time, 0 overdue.
namespace {

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, month, day), QTime(hour, minute));
}

QString fixture(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    Database db;
    REQUIRE_FALSE(db.open(path));
    UserRepository users(db.connection());
    qint64 ann = 0, bob = 0;
    for (auto [id, login, name] : {std::tuple{&ann, "ann", "Ann"}, std::tuple{&bob, "bob", "Bob"}}) {
        User user;
        user.login = QString::fromLatin1(login);
        user.displayName = QString::fromLatin1(name);
        REQUIRE_FALSE(users.create(user));
        *id = user.id;
    }
    Organization alpha;
    alpha.name = QStringLiteral("Альфа");
    REQUIRE_FALSE(OrganizationRepository(db.connection()).create(alpha));
    TaskTypeRepository types(db.connection());
    const qint64 call = types.findByCode(QStringLiteral("call"))->id;
    const qint64 meeting = types.findByCode(QStringLiteral("meeting"))->id;
    TaskRepository tasks(db.connection());
    const auto add = [&](qint64 assignee, qint64 type, std::optional<qint64> organization, Task::State state,
                         const QDateTime &start, const QDateTime &end, const QDateTime &actualStart = {},
                         const QDateTime &actualEnd = {}, double expenses = 0, bool personal = false) {
        Task t = test::reportTask(assignee, type, organization, state, start, end, actualStart, actualEnd, expenses);
        t.personal = personal;
        REQUIRE_FALSE(tasks.create(t));
    };
    add(ann, call, alpha.id, Task::State::Done, at(3, 4, 10), at(3, 4, 12), at(3, 4, 10), at(3, 4, 11, 30), 100);
    add(ann, meeting, std::nullopt, Task::State::Planned, at(3, 5, 9), at(3, 5, 10));
    add(bob, call, alpha.id, Task::State::Done, at(3, 31, 23), at(4, 1, 1));
    add(bob, call, std::nullopt, Task::State::Planned, at(4, 1, 9), at(4, 1, 10));
    add(bob, call, std::nullopt, Task::State::Cancelled, at(3, 10, 9), at(3, 10, 9, 30), {}, {}, 0, true);
    return path;
}

test::CliResult report(const QString &db, const QStringList &extra)
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("tasks"), QStringLiteral("report")} + extra);
}

QJsonObject reportJson(const QString &db, QStringList extra = {})
{
    const auto result = report(db, extra << QStringLiteral("--json"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.json().isObject());
    return result.json().object();
}

const QStringList march{QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                        QStringLiteral("2024-03-31")};

} // namespace

TEST_CASE("tasks report --json: rows per user with every measure, totals and chart series", "[cli][tasks]")
{
    QTemporaryDir dir;
    const QString db = fixture(dir);
    const QJsonObject json = reportJson(db, march);
    CHECK(json.value(QStringLiteral("from")).toString() == QStringLiteral("2024-03-01"));
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("2024-03-31"));
    CHECK(json.value(QStringLiteral("group_by")).toString() == QStringLiteral("user"));
    const QJsonArray rows = json.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 2);
    const QJsonObject ann = rows.at(0).toObject();
    CHECK(ann.value(QStringLiteral("key")).toString() == QStringLiteral("ann"));
    CHECK(ann.value(QStringLiteral("name")).toString() == QStringLiteral("Ann"));
    CHECK(ann.value(QStringLiteral("tasks")).toInt() == 2);
    CHECK(ann.value(QStringLiteral("planned_hours")).toDouble() == 3.0);
    CHECK(ann.value(QStringLiteral("actual_hours")).toDouble() == 1.5);
    CHECK(ann.value(QStringLiteral("expenses")).toDouble() == 100.0);
    CHECK(ann.value(QStringLiteral("done")).toInt() == 1);
    CHECK(ann.value(QStringLiteral("done_on_time")).toInt() == 1);
    CHECK(ann.value(QStringLiteral("overdue")).toInt() == 1);
    const QJsonObject bob = rows.at(1).toObject();
    CHECK(bob.value(QStringLiteral("key")).toString() == QStringLiteral("bob"));
    CHECK(bob.value(QStringLiteral("planned_hours")).toDouble() == 2.5);
    CHECK(bob.value(QStringLiteral("done")).toInt() == 1);
    CHECK(bob.value(QStringLiteral("done_on_time")).toInt() == 0);
    CHECK(bob.value(QStringLiteral("overdue")).toInt() == 0);
    const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
    CHECK(totals.value(QStringLiteral("tasks")).toInt() == 4);
    CHECK(totals.value(QStringLiteral("planned_hours")).toDouble() == 5.5);

    const QJsonArray days = json.value(QStringLiteral("days")).toArray();
    REQUIRE(days.size() == 31);
    CHECK(days.at(30).toObject().value(QStringLiteral("date")).toString() == QStringLiteral("2024-03-31"));
    CHECK(days.at(30).toObject().value(QStringLiteral("planned_hours")).toDouble() == 2.0);
    const QJsonArray states = json.value(QStringLiteral("by_state")).toArray();
    REQUIRE(states.size() == 5);
    CHECK(states.at(2).toObject().value(QStringLiteral("state")).toString() == QStringLiteral("done"));
    CHECK(states.at(2).toObject().value(QStringLiteral("tasks")).toInt() == 2);
    const QJsonArray types = json.value(QStringLiteral("by_type")).toArray();
    REQUIRE(types.size() == 2);
    CHECK(types.at(0).toObject().value(QStringLiteral("type")).toString() == QStringLiteral("call"));
    CHECK(types.at(0).toObject().value(QStringLiteral("tasks")).toInt() == 3);
}

TEST_CASE("tasks report: --to is inclusive, filters narrow, groupings regroup", "[cli][tasks]")
{
    QTemporaryDir dir;
    const QString db = fixture(dir);
    const auto total = [&](QStringList extra) {
        return reportJson(db, extra).value(QStringLiteral("totals")).toObject().value(QStringLiteral("tasks")).toInt();
    };
    CHECK(total({QStringLiteral("--from"), QStringLiteral("2024-03-01"), QStringLiteral("--to"),
                 QStringLiteral("2024-04-01")})
          == 5);
    // --from alone: its month.
    CHECK(total({QStringLiteral("--from"), QStringLiteral("2024-04-01")}) == 2);
    CHECK(total(march + QStringList{QStringLiteral("--assignee"), QStringLiteral("bob"), QStringLiteral("--type"),
                                    QStringLiteral("call"), QStringLiteral("--state"), QStringLiteral("done")})
          == 1);
    CHECK(total(march + QStringList{QStringLiteral("--state"), QStringLiteral("done,cancelled")}) == 3);
    CHECK(total(march + QStringList{QStringLiteral("--assignee"), QStringLiteral("ANN"), QStringLiteral("--assignee"),
                                    QStringLiteral("bob")})
          == 4);

    const QJsonArray byOrganization =
        reportJson(db, march + QStringList{QStringLiteral("--group-by"), QStringLiteral("organization")})
            .value(QStringLiteral("rows"))
            .toArray();
    REQUIRE(byOrganization.size() == 2);
    CHECK(byOrganization.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Альфа"));
    CHECK(byOrganization.at(1).toObject().value(QStringLiteral("key")).isNull());
    const QJsonArray byState = reportJson(db, march + QStringList{QStringLiteral("--group-by"), QStringLiteral("state")})
                                   .value(QStringLiteral("rows"))
                                   .toArray();
    REQUIRE(byState.size() == 3);
    CHECK(byState.at(0).toObject().value(QStringLiteral("key")).toString() == QStringLiteral("planned"));
}

TEST_CASE("tasks report: the readable table, CSV to stdout and a PDF file", "[cli][tasks][pdf]")
{
    QTemporaryDir dir;
    const QString db = fixture(dir);
    const auto table = report(db, march);
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Task report, 2024-03-01 to 2024-03-31, by user")));
    CHECK(table.out.contains(QRegularExpression(QStringLiteral("\\nAnn +2 +3\\.00 +1\\.50 +100\\.00 +1 +1 +1\\n"))));
    CHECK(table.out.contains(QRegularExpression(QStringLiteral("\\nTotal +4 +5\\.50 "))));

    const auto csv = report(db, march + QStringList{QStringLiteral("--csv"), QStringLiteral("-")});
    REQUIRE(csv.exitCode == 0);
    QString text = csv.out;
    if (text.startsWith(QChar(0xfeff))) // fromUtf8 may keep or drop the byte order mark
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines == QStringList{QStringLiteral("Assignee;Tasks;Planned hours;Actual hours;Expenses;Done;Done on time;Overdue"),
                               QStringLiteral("Ann;2;3.00;1.50;100.00;1;1;1"), QStringLiteral("Bob;2;2.50;0.00;0.00;1;0;0"),
                               QStringLiteral("Total;4;5.50;1.50;100.00;2;1;1")});

    const QString pdf = dir.filePath(QStringLiteral("tasks.pdf"));
    const auto written = report(db, march + QStringList{QStringLiteral("--pdf"), pdf, QStringLiteral("--json")});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.json().isObject());
    CHECK(written.err.contains(QStringLiteral("PDF report written")));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    CHECK(file.size() > 10000);

    const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/tasks.pdf"));
    CHECK(report(db, march + QStringList{QStringLiteral("--pdf"), unwritable}).exitCode == 1);
}

TEST_CASE("tasks report: bad options exit 2, unknown names 1, database problems 3", "[cli][tasks]")
{
    QTemporaryDir dir;
    const QString db = fixture(dir);
    const auto code = [&](const QStringList &extra) {
        const auto result = report(db, extra);
        CHECK(result.out.isEmpty());
        CHECK_FALSE(result.err.isEmpty());
        return result.exitCode;
    };
    CHECK(code({QStringLiteral("--from"), QStringLiteral("2024-13-01")}) == 2);
    CHECK(code({QStringLiteral("--to"), QStringLiteral("31.03.2024")}) == 2);
    CHECK(code({QStringLiteral("--from"), QStringLiteral("2024-03-10"), QStringLiteral("--to"),
                QStringLiteral("2024-03-09")})
          == 2);
    CHECK(code({QStringLiteral("--from"), QStringLiteral("2000-01-01"), QStringLiteral("--to"),
                QStringLiteral("2024-03-09")})
          == 2);
    CHECK(code({QStringLiteral("--group-by"), QStringLiteral("project")}) == 2);
    CHECK(code({QStringLiteral("--state"), QStringLiteral("lost")}) == 2);
    CHECK(code({QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("-")}) == 2);
    CHECK(code({QStringLiteral("--pdf"), QStringLiteral("-")}) == 2);
    CHECK(code({QStringLiteral("--assignee"), QStringLiteral("nobody")}) == 1);
    CHECK(code({QStringLiteral("--type"), QStringLiteral("fax")}) == 1);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("tasks")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("tasks"), QStringLiteral("list")}).exitCode == 2);
    CHECK(report(dir.filePath(QStringLiteral("missing.sqlite")), {}).exitCode == 1);

    {
        Database open;
        REQUIRE_FALSE(open.open(db));
        REQUIRE(sql::exec(open.connection(),
                          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1)));
    }
    const auto newer = report(db, march);
    CHECK(newer.exitCode == 3);
    CHECK(newer.out.isEmpty());
}

TEST_CASE("tasks report reads a read-only database", "[cli][tasks]")
{
    QTemporaryDir dir;
    const QString db = fixture(dir);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadUser));
    const QJsonObject json = reportJson(db, march);
    CHECK(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("tasks")).toInt() == 4);
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
}
