#include "CliRunner.h"
#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace kartoteka;
using test::runCli;

namespace {

QStringList demoArguments(const QString &path, int clients, int tasks, int months, int seed)
{
    return {QStringLiteral("--db"), path,     QStringLiteral("demo"),    QStringLiteral("--clients"),
            QString::number(clients),         QStringLiteral("--tasks"), QString::number(tasks),
            QStringLiteral("--months"),       QString::number(months),   QStringLiteral("--seed"),
            QString::number(seed)};
}

QStringList column(const QSqlDatabase &db, const QString &statement)
{
    auto query = sql::exec(db, statement);
    REQUIRE(query);
    QStringList values;
    while (query->next())
        values.append(query->value(0).toString());
    return values;
}

QByteArray digest(const QString &path)
{
    Database db;
    REQUIRE_FALSE(db.open(path));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *statement : {"SELECT name || inn || phones FROM organizations ORDER BY id",
                                  "SELECT full_name || position FROM persons ORDER BY id",
                                  "SELECT subject || state || type_id || planned_start FROM tasks ORDER BY id",
                                  "SELECT organization_id || sale_date || amount FROM sales ORDER BY id"})
        hash.addData(column(db.connection(), QString::fromLatin1(statement)).join(QLatin1Char('|')).toUtf8());
    return hash.result();
}

qint64 count(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    auto value = sql::scalar(db, statement, values);
    REQUIRE(value);
    return value->toLongLong();
}

bool innChecksumValid(const QString &inn)
{
    static const int weights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += weights[i] * inn.at(i).digitValue();
    return inn.size() == 10 && sum % 11 % 10 == inn.at(9).digitValue();
}

} // namespace

TEST_CASE("demo fills every part of the domain and stats agree", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto demo = runCli(demoArguments(path, 400, 1500, 12, 42));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("Created 400 organizations")));

    const auto stats = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    const QJsonObject counts = stats.json().object();
    CHECK(counts.value(QStringLiteral("organizations")).toInt() == 400);
    CHECK(counts.value(QStringLiteral("tasks")).toInt() == 1500);
    CHECK(counts.value(QStringLiteral("users")).toInt() >= 3);
    CHECK(counts.value(QStringLiteral("persons")).toInt() > 200);
    CHECK(counts.value(QStringLiteral("projects")).toInt() > 0);
    CHECK(counts.value(QStringLiteral("deals")).toInt() > 0);
    CHECK(counts.value(QStringLiteral("sales")).toInt() > 400 * 12);

    Database db;
    REQUIRE_FALSE(db.open(path));
    const QSqlDatabase c = db.connection();

    SECTION("names, phones and tax ids in three languages")
    {
        const QStringList names = column(c, QStringLiteral("SELECT name FROM organizations"));
        const auto has = [&](const char *pattern) {
            const QRegularExpression re(QString::fromUtf8(pattern));
            return std::any_of(names.begin(), names.end(), [&](const QString &n) { return re.match(n).hasMatch(); });
        };
        CHECK(has("[А-Яа-я]"));
        CHECK(has("^[A-Za-z .]+$"));
        CHECK(has("\\p{Han}"));
        for (const QString &phone : column(c, QStringLiteral("SELECT phones FROM organizations")))
            CHECK(QRegularExpression(QStringLiteral("^\\+\\d{10,14}$")).match(phone).hasMatch());
        const QStringList inns = column(c, QStringLiteral("SELECT inn FROM organizations WHERE inn IS NOT NULL"));
        REQUIRE_FALSE(inns.isEmpty());
        for (const QString &inn : inns)
            CHECK(innChecksumValid(inn));
        CHECK(column(c, QStringLiteral("SELECT DISTINCT inn FROM organizations WHERE inn IS NOT NULL")).size()
              == inns.size());
        CHECK(column(c, QStringLiteral("SELECT id FROM persons WHERE emails NOT LIKE '%@%'")).isEmpty());
    }

    SECTION("tasks of every type around today, consistent with their state")
    {
        CHECK(column(c, QStringLiteral("SELECT DISTINCT t.code FROM tasks JOIN task_types t ON t.id = type_id")).size()
              == 6);
        const QString now = sql::fromDateTime(sql::now()).toString();
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks WHERE planned_start < ?"), {now}) > 0);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks WHERE planned_start > ?"), {now}) > 0);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks WHERE state = 'done' AND "
                                             "(actual_end IS NULL OR percent_complete <> 100)")) == 0);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks WHERE state = 'planned' AND planned_end < ?"),
                           {now}) > 0); // overdue ones exist
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks WHERE remind_at IS NOT NULL")) > 0);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM tasks t JOIN persons p ON p.id = t.person_id "
                                             "WHERE p.organization_id <> t.organization_id")) == 0);
    }

    SECTION("sales span the months asked for, with steady and erratic buyers")
    {
        const QStringList months = column(c, QStringLiteral("SELECT DISTINCT substr(sale_date, 1, 7) FROM sales"));
        CHECK(months.size() == 12);
        CHECK(count(c, QStringLiteral("SELECT count(*) FROM sales WHERE sale_date > date('now')")) == 0);

        auto query = sql::exec(c, QStringLiteral("SELECT organization_id, substr(sale_date, 1, 7), sum(amount) "
                                                 "FROM sales GROUP BY 1, 2"));
        REQUIRE(query);
        QMap<qint64, QMap<QString, double>> perClient;
        while (query->next())
            perClient[query->value(0).toLongLong()][query->value(1).toString()] = query->value(2).toDouble();
        int steady = 0, erratic = 0;
        for (const auto &history : perClient) {
            if (history.size() < 12)
                continue;
            double mean = 0;
            for (double v : history)
                mean += v / history.size();
            double variance = 0;
            for (double v : history)
                variance += (v - mean) * (v - mean) / history.size();
            const double cv = 100.0 * std::sqrt(variance) / mean;
            steady += cv <= 10 ? 1 : 0;
            erratic += cv > 25 ? 1 : 0;
        }
        CHECK(steady > 10);
        CHECK(erratic > 10);
    }
}

TEST_CASE("demo is reproducible by seed", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("a.sqlite"));
    const QString second = dir.filePath(QStringLiteral("b.sqlite"));
    const QString other = dir.filePath(QStringLiteral("c.sqlite"));
    REQUIRE(runCli(demoArguments(first, 60, 80, 6, 7)).exitCode == 0);
    REQUIRE(runCli(demoArguments(second, 60, 80, 6, 7)).exitCode == 0);
    REQUIRE(runCli(demoArguments(other, 60, 80, 6, 8)).exitCode == 0);
    CHECK(digest(first) == digest(second));
    CHECK(digest(first) != digest(other));
}

TEST_CASE("demo refuses impossible numbers and writes nothing", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.sqlite"));
    for (const QStringList &bad : {QStringList{QStringLiteral("--clients"), QStringLiteral("-5")},
                                   QStringList{QStringLiteral("--tasks"), QStringLiteral("many")},
                                   QStringList{QStringLiteral("--months"), QStringLiteral("601")},
                                   QStringList{QStringLiteral("--seed"), QStringLiteral("99999999999")},
                                   // more than memory holds: refused, not an abort (bad_alloc)
                                   QStringList{QStringLiteral("--clients"), QStringLiteral("4294967296")},
                                   QStringList{QStringLiteral("--tasks"), QStringLiteral("9223372036854775807")}}) {
        INFO(bad.join(QLatin1Char(' ')).toStdString());
        const auto result = runCli(QStringList{QStringLiteral("--db"), path, QStringLiteral("demo")} + bad);
        CHECK(result.exitCode == 1);
        CHECK_FALSE(result.err.isEmpty());
    }
    const auto stats = runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
    CHECK(stats.json().object().value(QStringLiteral("organizations")).toInt() == 0);
}
