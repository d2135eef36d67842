#include "CliRunner.h"
#include "TestDatabase.h"

#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

using namespace kartoteka;
using test::runCli;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

QJsonObject statsOf(const QString &path)
{
    return runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
}

} // namespace

TEST_CASE("import clients --json prints the report object", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    const auto result = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                                fixture("clients_1c_cp1251.csv"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    for (const char *key : {"batch", "rows", "created", "merged", "skipped", "rejected", "encoding", "delimiter", "mapping"})
        CHECK(report.contains(QLatin1String(key)));
    CHECK(report.value(QStringLiteral("batch")).toInt() == 1);
    CHECK(report.value(QStringLiteral("rows")).toInt() == 4);
    CHECK(report.value(QStringLiteral("created")).toInt() == 3);
    CHECK(report.value(QStringLiteral("merged")).toInt() == 1);
    CHECK(report.value(QStringLiteral("encoding")).toString() == QStringLiteral("windows-1251"));
    CHECK(report.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    const QJsonObject mapping = report.value(QStringLiteral("mapping")).toObject();
    CHECK(mapping.value(QStringLiteral("Наименование")).toString() == QStringLiteral("name"));
    CHECK(mapping.value(QStringLiteral("Эл. почта")).toString() == QStringLiteral("email"));
    CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 3);
}

TEST_CASE("import options: encoding, delimiter, map, duplicates, strict and rejects", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    const auto run = [&](QStringList extra) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import")} + extra);
    };

    SECTION("given encoding and delimiter, a mapping override")
    {
        const auto result = run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--encoding"),
                                 QStringLiteral("windows-1251"), QStringLiteral("--delimiter"), QStringLiteral(";"),
                                 QStringLiteral("--map"), QStringLiteral("Примечание=-"), QStringLiteral("--map"),
                                 QStringLiteral("КПП=custom:KPP"), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        const QJsonObject mapping = result.json().object().value(QStringLiteral("mapping")).toObject();
        CHECK(mapping.value(QStringLiteral("Примечание")).toString() == QStringLiteral("-"));
        CHECK(mapping.value(QStringLiteral("КПП")).toString() == QStringLiteral("custom:KPP"));
    }
    SECTION("a wrong encoding name, delimiter or field is bad input")
    {
        CHECK(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--encoding"),
                   QStringLiteral("klingon")}).exitCode == 1);
        CHECK(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--delimiter"),
                   QStringLiteral(";;")}).exitCode == 1);
        const auto badField = run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--map"),
                                   QStringLiteral("ИНН=taxid")});
        CHECK(badField.exitCode == 1);
        CHECK(badField.err.contains(QStringLiteral("not a field")));
        CHECK(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--on-duplicate"),
                   QStringLiteral("explode")}).exitCode == 1);
        CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 0);
    }
    SECTION("duplicates skipped on the second run")
    {
        REQUIRE(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv")}).exitCode == 0);
        const auto again = run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--on-duplicate"),
                                QStringLiteral("skip"), QStringLiteral("--json")});
        CHECK(again.json().object().value(QStringLiteral("skipped")).toInt() == 4);
        CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 3);
    }
    SECTION("rejects go to the file asked for; the import still runs")
    {
        const QString rejects = dir.filePath(QStringLiteral("bad.csv"));
        const auto result = run({QStringLiteral("clients"), fixture("clients_damaged.csv"), QStringLiteral("--rejects"),
                                 rejects, QStringLiteral("--json")});
        CHECK(result.exitCode == 0);
        CHECK(result.json().object().value(QStringLiteral("rejected")).toInt() == 3);
        CHECK(QFileInfo::exists(rejects));
        CHECK(result.json().object().value(QStringLiteral("rejects_file")).toString() == rejects);
    }
    SECTION("a rejects file that cannot be written is said; the import still runs")
    {
        const QString rejects = dir.filePath(QStringLiteral("fixture-as-folder/bad.csv"));
        QFile blocker(dir.filePath(QStringLiteral("fixture-as-folder")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto json = run({QStringLiteral("clients"), fixture("clients_damaged.csv"), QStringLiteral("--rejects"),
                               rejects, QStringLiteral("--json")});
        CHECK(json.exitCode == 0);
        CHECK(json.json().object().value(QStringLiteral("rejects_file_error")).toString().contains(rejects));
        CHECK_FALSE(json.json().object().contains(QStringLiteral("rejects_file")));
        const auto text = run({QStringLiteral("clients"), fixture("clients_damaged.csv"), QStringLiteral("--rejects"),
                               rejects, QStringLiteral("--on-duplicate"), QStringLiteral("skip")});
        CHECK(text.exitCode == 0);
        CHECK(text.err.contains(QStringLiteral("Cannot write the rejects"))); // stderr: it is a problem
    }
    SECTION("--strict refuses with exit 1 and writes nothing")
    {
        const auto result = run({QStringLiteral("clients"), fixture("clients_damaged.csv"), QStringLiteral("--strict")});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("nothing was imported")));
        CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 0);
    }
    SECTION("ambiguous dates need --date-order")
    {
        const auto asked = run({QStringLiteral("sales"), fixture("sales_ambiguous.csv")});
        CHECK(asked.exitCode == 1);
        CHECK(asked.err.contains(QStringLiteral("--date-order")));
        CHECK(run({QStringLiteral("sales"), fixture("sales_ambiguous.csv"), QStringLiteral("--date-order"),
                   QStringLiteral("mdy")}).exitCode == 0);
        CHECK(statsOf(db).value(QStringLiteral("sales")).toInt() == 2);
    }
    SECTION("a file that cannot be read")
    {
        const auto missing = run({QStringLiteral("clients"), dir.filePath(QStringLiteral("nope.csv"))});
        CHECK(missing.exitCode == 1);
        QFile empty(dir.filePath(QStringLiteral("empty.csv")));
        REQUIRE(empty.open(QIODevice::WriteOnly));
        empty.close();
        const auto nothing = run({QStringLiteral("clients"), empty.fileName()});
        CHECK(nothing.exitCode == 1);
        CHECK(nothing.err.contains(QStringLiteral("empty")));
    }
    SECTION("a saved profile is reused")
    {
        REQUIRE(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--map"),
                     QStringLiteral("Примечание=custom:Оплата"), QStringLiteral("--save-profile"), QStringLiteral("1С")})
                    .exitCode == 0);
        const auto reused = run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--profile"),
                                 QStringLiteral("1С"), QStringLiteral("--json")});
        CHECK(reused.exitCode == 0);
        CHECK(reused.json().object().value(QStringLiteral("mapping")).toObject().value(QStringLiteral("Примечание")).toString()
              == QStringLiteral("custom:Оплата"));
        CHECK(run({QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"), QStringLiteral("--profile"),
                   QStringLiteral("нет такого")}).exitCode == 1);
    }
}

TEST_CASE("import list and import undo", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                    fixture("clients_1c_cp1251.csv")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sales"),
                    fixture("sales_cp1251.csv")}).exitCode == 0);

    const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(list.exitCode == 0);
    const QJsonArray batches = list.json().array();
    REQUIRE(batches.size() == 2);
    const QJsonObject sales = batches.at(0).toObject();
    for (const char *key : {"batch", "kind", "file", "started", "rows", "created", "merged", "rejected", "undone"})
        CHECK(sales.contains(QLatin1String(key)));
    CHECK(sales.value(QStringLiteral("kind")).toString() == QStringLiteral("sales"));
    CHECK(sales.value(QStringLiteral("rejected")).toInt() == 2);
    CHECK(sales.value(QStringLiteral("undone")).toBool() == false);

    const auto refused = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("cannot be undone")));

    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("2")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")}).exitCode == 0);
    CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 0);
    const auto after = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(after.json().array().at(0).toObject().value(QStringLiteral("undone")).toBool());
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("7")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("x")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("frob")}).exitCode == 2);
}

TEST_CASE("A killed import leaves the database as it was", "[cli][import][kill]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                    fixture("clients_excel_utf8.csv")}).exitCode == 0);
    const QJsonObject before = statsOf(db);

    const QString big = dir.filePath(QStringLiteral("big.csv"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Наименование;ИНН;Контактное лицо;Телефон;E-mail;Город\n");
        for (int i = 0; i < 400000; ++i)
            file.write(QStringLiteral("ООО \"Клиент %1\";;Иванов Иван %1;+7 495 %2;c%1@example.ru;Москва\n")
                           .arg(i)
                           .arg(1000000 + i % 8000000)
                           .toUtf8());
    }
    QProcess import;
    import.start(QStringLiteral(KARTOTEKA_CLI_PATH),
                 {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"), big});
    REQUIRE(import.waitForStarted());
    // Kill it once it has written a good part of its transaction into the WAL.
    const QString wal = db + QStringLiteral("-wal");
    QElapsedTimer waited;
    waited.start();
    while (QFileInfo(wal).size() < 4 * 1024 * 1024 && import.state() == QProcess::Running && waited.elapsed() < 60000)
        QThread::msleep(5);
    REQUIRE(import.state() == QProcess::Running); // still in the middle
    ::kill(static_cast<pid_t>(import.processId()), SIGKILL);
    REQUIRE(import.waitForFinished());

    CHECK(statsOf(db) == before);
    const auto check = runCli({QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--json")});
    CHECK(check.exitCode == 0);
    CHECK(check.json().object().value(QStringLiteral("integrity")).toString() == QStringLiteral("ok"));
    const auto list = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.json().array().size() == 1);
}

TEST_CASE("No output is written over the database or the file being imported", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                    fixture("clients_1c_cp1251.csv")})
                .exitCode == 0);
    const auto unchanged = [&] {
        CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 3);
    };
    const auto refused = [&](const QStringList &arguments, int exitCode) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = runCli(QStringList{QStringLiteral("--db"), db} + arguments);
        CHECK(result.exitCode == exitCode);
        CHECK((result.err.contains(QStringLiteral("database")) || result.err.contains(QStringLiteral("imported"))));
        unchanged();
    };
    refused({QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--csv"), db}, 2);
    refused({QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--vcard"), db + QStringLiteral("-wal")}, 2);
    refused({QStringLiteral("export"), QStringLiteral("tasks"), QStringLiteral("--ics"), db}, 2);
    refused({QStringLiteral("segment"), QStringLiteral("--csv"), db}, 2);
    refused({QStringLiteral("tasks"), QStringLiteral("report"), QStringLiteral("--pdf"), db}, 2);
    refused({QStringLiteral("import"), QStringLiteral("clients"), fixture("clients_damaged.csv"), QStringLiteral("--rejects"), db}, 1);

    // Nor over the list being imported: it is the user's only copy of the rows that failed.
    const QString list = dir.filePath(QStringLiteral("damaged.csv"));
    REQUIRE(QFile::copy(fixture("clients_damaged.csv"), list));
    QFile original(list);
    REQUIRE(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    refused({QStringLiteral("import"), QStringLiteral("clients"), list, QStringLiteral("--rejects"), list}, 1);
    REQUIRE(original.open(QIODevice::ReadOnly));
    CHECK(original.readAll() == before);
}

TEST_CASE("import --region takes a country libphonenumber knows, and refuses others before reading", "[cli][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    for (const char *bad : {"XX", "", "12345", "Russia"}) {
        INFO(bad);
        const auto refused = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                                     fixture("clients_1c_cp1251.csv"), QStringLiteral("--region"), QString::fromLatin1(bad)});
        CHECK(refused.exitCode == 1);
        CHECK(refused.err.contains(QStringLiteral("--region")));
    }
    CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 0);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"), fixture("clients_1c_cp1251.csv"),
                  QStringLiteral("--region"), QStringLiteral("by")})
              .exitCode == 0);
    CHECK(statsOf(db).value(QStringLiteral("organizations")).toInt() == 3);
}
