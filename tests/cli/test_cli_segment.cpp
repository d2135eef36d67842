#include "CliRunner.h"
#include "TestDatabase.h"

#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

// The fixture tests/data/sales/segment_{clients,sales}.csv, and its expected classes worked out
// by hand (DESIGN.md, "Segmentation"), for 2024-01 .. 2024-12 by revenue, per month:
//
//   client            sales in the period                          value  share  cum.  ABC (share before)
//   ООО Альфа         330 in odd months, 270 in even (January as     3600  36     36    A  (0)
//                     two lines 200 + 130); 9999 in January 2025
//                     is after the period
//   ООО Бета          240 in odd months, 160 in even                2400  24     60    A  (36)
//   上海贸易有限公司    250 in January..June; bought in 12.2023       1500  15     75    A  (60)
//   ООО Дельта        100 a month from March (first sale), May is   1000  10     85    A  (75 < 80: crosses the bound)
//                     150 less a return of 50
//   ООО Восток        93.75 in odd months, 56.25 in even             900   9     94    B  (85)
//   ООО Запад         50 a month from August (first sale)            250   2.5   96.5  B  (94 < 95)  } a tie: by name,
//   ООО Юг            125 in January and July; bought in 06.2022     250   2.5   99    C  (96.5)     } З before Ю
//   =Новый клиент     40 in November, 60 in December (first sale)    100   1    100    C  (99)
//   ООО Возврат       200 in March, a return of 500 in April        -300: not ranked, not lost
//   ООО Потерянный    300 on 12.05.2023, 450 on 17.10.2023: lost, last sale 2023-10-17
//   total 10000
//
// XYZ, population CV = standard deviation / mean over the months from the later of January
// and the first sale:
//   Альфа    12 months, 330/270 alternating: mean 300, deviation 30          -> 10 %  X (at most 10)
//   Бета     12 months, 240/160: mean 200, deviation 40                       -> 20 %  Y
//   上海贸易  12 months, six of 250 and six of 0: mean 125, deviation 125      -> 100 % Z
//   Дельта   10 months (March..December) of 100                               -> 0 %   X
//   Восток   12 months, 93.75/56.25: mean 75, deviation 18.75                 -> 25 %  Y (at most 25)
//   Запад    5 months (August..December) of 50                                -> 0 %   X
//   Юг       12 months, two of 125 and ten of 0: CV = sqrt(10 / 2)            -> 223.61 % Z
//   Новый    2 months (November, December): fewer than three                   -> new, no CV
// Matrix: AX 2 (Альфа, Дельта), AY 1, AZ 1, BX 1 (Запад), BY 1 (Восток), CZ 1 (Юг), the rest 0;
// the new client is in none of the nine cells.

namespace {

QString salesFixture(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/sales/") + QLatin1String(name);
}

// A database with the fixture imported through the CLI, as a user would.
QString importedFixture(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("k.sqlite"));
    const auto clients = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                                 salesFixture("segment_clients.csv"), QStringLiteral("--json")});
    REQUIRE(clients.exitCode == 0);
    REQUIRE(clients.json().object().value(QStringLiteral("created")).toInt() == 9);
    const auto sales = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("sales"),
                               salesFixture("segment_sales.csv"), QStringLiteral("--json")});
    REQUIRE(sales.exitCode == 0);
    REQUIRE(sales.json().object().value(QStringLiteral("created")).toInt() == 70);
    REQUIRE(sales.json().object().value(QStringLiteral("rejected")).toInt() == 0);
    return db;
}

test::CliResult segment(const QString &db, QStringList extra)
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("segment"), QStringLiteral("--from"),
                              QStringLiteral("2024-01"), QStringLiteral("--to"), QStringLiteral("2024-12")}
                  + extra);
}

QJsonObject segmentJson(const QString &db, QStringList extra = {})
{
    const auto result = segment(db, extra << QStringLiteral("--json"));
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.json().isObject());
    return result.json().object();
}

struct Expected
{
    const char *name;
    const char *inn;
    double value;
    double share;
    double cumulative;
    const char *abc;
    double cv; // < 0: null
    const char *xyz;
};

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

std::map<QString, int> matrixOf(const QJsonObject &json)
{
    std::map<QString, int> cells;
    const QJsonObject matrix = json.value(QStringLiteral("matrix")).toObject();
    for (auto it = matrix.begin(); it != matrix.end(); ++it)
        cells[it.key()] = it.value().toInt(-1);
    return cells;
}

std::map<QString, int> nineCells(std::initializer_list<std::pair<const char *, int>> nonZero)
{
    std::map<QString, int> cells;
    for (const char *abc : {"A", "B", "C"}) {
        for (const char *xyz : {"X", "Y", "Z"})
            cells[QLatin1String(abc) + QLatin1String(xyz)] = 0;
    }
    for (const auto &[cell, count] : nonZero)
        cells[QLatin1String(cell)] = count;
    return cells;
}

// The classes of the ranked clients, in rank order: "ООО Альфа AX", ...
QStringList classesOf(const QJsonObject &json)
{
    QStringList classes;
    for (const QJsonValue &client : json.value(QStringLiteral("clients")).toArray()) {
        const QJsonObject c = client.toObject();
        classes << c.value(QStringLiteral("name")).toString() + QLatin1Char(' ') + c.value(QStringLiteral("abc")).toString()
                       + c.value(QStringLiteral("xyz")).toString();
    }
    return classes;
}

qint64 organizationId(const QString &db, const QString &name)
{
    Database database;
    REQUIRE_FALSE(database.open(db));
    auto id = sql::scalar(database.connection(), QStringLiteral("SELECT id FROM organizations WHERE name = ?"), {name});
    REQUIRE(id);
    return id->toLongLong();
}

qint64 countOf(const QString &db, const QString &statement)
{
    Database database;
    REQUIRE_FALSE(database.open(db));
    auto count = sql::scalar(database.connection(), statement);
    REQUIRE(count);
    return count->toLongLong();
}

// Pages of a PDF file: its /Type /Page objects (the page tree's /Type /Pages not counted).
int pdfPages(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

// The page count the CLI reports for --pdf.
int reportedPages(const QString &text)
{
    static const QRegularExpression pages(QStringLiteral("pages: (\\d+)"));
    const auto match = pages.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace

TEST_CASE("segment --json ranks the imported sales history as worked out by hand", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);
    const QJsonObject json = segmentJson(db);

    CHECK(sortedKeys(json)
          == QStringList({QStringLiteral("clients"), QStringLiteral("from"), QStringLiteral("lost"), QStringLiteral("matrix"),
                          QStringLiteral("metric"), QStringLiteral("to"), QStringLiteral("total")}));
    CHECK(json.value(QStringLiteral("from")).toString() == QStringLiteral("2024-01"));
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("2024-12"));
    CHECK(json.value(QStringLiteral("metric")).toString() == QStringLiteral("revenue"));
    CHECK(json.value(QStringLiteral("total")).toDouble() == 10000.0);

    const std::vector<Expected> expected{
        {"ООО Альфа", "7701000019", 3600, 36, 36, "A", 10, "X"},
        {"ООО Бета", "7701000026", 2400, 24, 60, "A", 20, "Y"},
        {"上海贸易有限公司", "7701000033", 1500, 15, 75, "A", 100, "Z"},
        {"ООО Дельта", "7701000040", 1000, 10, 85, "A", 0, "X"},
        {"ООО Восток", "7701000058", 900, 9, 94, "B", 25, "Y"},
        {"ООО Запад", "7701000065", 250, 2.5, 96.5, "B", 0, "X"},
        {"ООО Юг", "7701000072", 250, 2.5, 99, "C", 223.61, "Z"},
        {"=Новый клиент", "", 100, 1, 100, "C", -1, "new"},
    };
    const QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
    REQUIRE(clients.size() == qsizetype(expected.size()));
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Expected &e = expected[i];
        const QJsonObject c = clients.at(qsizetype(i)).toObject();
        INFO("rank " << i + 1 << ": " << e.name);
        CHECK(sortedKeys(c)
              == QStringList({QStringLiteral("abc"), QStringLiteral("cumulative"), QStringLiteral("cv"), QStringLiteral("id"),
                              QStringLiteral("inn"), QStringLiteral("name"), QStringLiteral("share"),
                              QStringLiteral("value"), QStringLiteral("xyz")}));
        CHECK(c.value(QStringLiteral("name")).toString() == QString::fromUtf8(e.name));
        CHECK(c.value(QStringLiteral("id")).toInteger() == organizationId(db, QString::fromUtf8(e.name)));
        CHECK(c.value(QStringLiteral("inn")).toString() == QLatin1String(e.inn));
        CHECK(c.value(QStringLiteral("value")).toDouble() == e.value);
        CHECK(c.value(QStringLiteral("share")).toDouble() == e.share);
        CHECK(c.value(QStringLiteral("cumulative")).toDouble() == e.cumulative);
        CHECK(c.value(QStringLiteral("abc")).toString() == QLatin1String(e.abc));
        CHECK(c.value(QStringLiteral("xyz")).toString() == QLatin1String(e.xyz));
        if (e.cv < 0)
            CHECK(c.value(QStringLiteral("cv")).isNull());
        else
            CHECK(c.value(QStringLiteral("cv")).toDouble() == e.cv);
    }

    CHECK(matrixOf(json) == nineCells({{"AX", 2}, {"AY", 1}, {"AZ", 1}, {"BX", 1}, {"BY", 1}, {"CZ", 1}}));

    const QJsonArray lost = json.value(QStringLiteral("lost")).toArray();
    REQUIRE(lost.size() == 1);
    const QJsonObject lostClient = lost.at(0).toObject();
    CHECK(sortedKeys(lostClient)
          == QStringList({QStringLiteral("id"), QStringLiteral("inn"), QStringLiteral("last_sale"), QStringLiteral("name")}));
    CHECK(lostClient.value(QStringLiteral("name")).toString() == QStringLiteral("ООО Потерянный"));
    CHECK(lostClient.value(QStringLiteral("id")).toInteger() == organizationId(db, QStringLiteral("ООО Потерянный")));
    CHECK(lostClient.value(QStringLiteral("inn")).toString() == QStringLiteral("7701000097"));
    CHECK(lostClient.value(QStringLiteral("last_sale")).toString() == QStringLiteral("2023-10-17"));
}

TEST_CASE("segment options: granularity, metric, bounds and period", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);

    SECTION("by quarter")
    {
        // Альфа 930/870/930/870 -> 3.33 % X; Бета 640/560/... -> 6.67 % X; 上海贸易 750/750/0/0 -> 100 % Z;
        // Дельта from Q1 (first sale in March): 100/300/300/300 -> 34.64 % Z; Восток 243.75/206.25/... -> 8.33 % X;
        // Запад from Q3: two quarters -> new; Юг 125/0/125/0 -> 100 % Z; Новый: Q4 only -> new.
        const QJsonObject json = segmentJson(db, {QStringLiteral("--granularity"), QStringLiteral("quarter")});
        CHECK(classesOf(json)
              == QStringList({QStringLiteral("ООО Альфа AX"), QStringLiteral("ООО Бета AX"),
                              QStringLiteral("上海贸易有限公司 AZ"), QStringLiteral("ООО Дельта AZ"),
                              QStringLiteral("ООО Восток BX"), QStringLiteral("ООО Запад Bnew"),
                              QStringLiteral("ООО Юг CZ"), QStringLiteral("=Новый клиент Cnew")}));
        const QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
        CHECK(clients.at(0).toObject().value(QStringLiteral("cv")).toDouble() == 3.33);
        CHECK(clients.at(1).toObject().value(QStringLiteral("cv")).toDouble() == 6.67);
        CHECK(clients.at(3).toObject().value(QStringLiteral("cv")).toDouble() == 34.64);
        CHECK(clients.at(4).toObject().value(QStringLiteral("cv")).toDouble() == 8.33);
        CHECK(clients.at(5).toObject().value(QStringLiteral("cv")).isNull());
        CHECK(matrixOf(json) == nineCells({{"AX", 2}, {"AZ", 2}, {"BX", 1}, {"CZ", 1}}));
    }
    SECTION("by profit")
    {
        // Only Альфа (20 %: 66/54 a month, 720) and Бета (10 %: 24/16, 240) have profits; the rest
        // count as zero and are not ranked. Альфа 75 % A, Бета before 75 < 80: A.
        const QJsonObject json = segmentJson(db, {QStringLiteral("--metric"), QStringLiteral("profit")});
        CHECK(json.value(QStringLiteral("metric")).toString() == QStringLiteral("profit"));
        CHECK(json.value(QStringLiteral("total")).toDouble() == 960.0);
        CHECK(classesOf(json) == QStringList({QStringLiteral("ООО Альфа AX"), QStringLiteral("ООО Бета AY")}));
        const QJsonArray clients = json.value(QStringLiteral("clients")).toArray();
        CHECK(clients.at(0).toObject().value(QStringLiteral("value")).toDouble() == 720.0);
        CHECK(clients.at(0).toObject().value(QStringLiteral("share")).toDouble() == 75.0);
        CHECK(clients.at(1).toObject().value(QStringLiteral("cv")).toDouble() == 20.0);
        CHECK(json.value(QStringLiteral("lost")).toArray().size() == 1);
    }
    SECTION("other bounds")
    {
        // A below 50 % before the client: Альфа (0), Бета (36); B below 90: 上海贸易 (60), Дельта (75),
        // Восток (85); C from Запад (94). X up to 5: Альфа's 10 is Y, Бета's 20 Y; Y up to 20: Восток's 25 is Z.
        const QJsonObject json = segmentJson(db, {QStringLiteral("--abc"), QStringLiteral("50,90"), QStringLiteral("--xyz"),
                                                  QStringLiteral("5,20")});
        CHECK(classesOf(json)
              == QStringList({QStringLiteral("ООО Альфа AY"), QStringLiteral("ООО Бета AY"),
                              QStringLiteral("上海贸易有限公司 BZ"), QStringLiteral("ООО Дельта BX"),
                              QStringLiteral("ООО Восток BZ"), QStringLiteral("ООО Запад CX"), QStringLiteral("ООО Юг CZ"),
                              QStringLiteral("=Новый клиент Cnew")}));
    }
    SECTION("a later period: what was bought in 2024 only is lost")
    {
        // 2025-01 .. 2025-12: only Альфа's 9999 in January 2025, its first sale before the period, so
        // twelve months with one sale: CV = sqrt(11 / 1) = 331.66 % Z. Every other client bought before.
        const auto result = runCli({QStringLiteral("--db"), db, QStringLiteral("segment"), QStringLiteral("--from"),
                                    QStringLiteral("2025-01"), QStringLiteral("--to"), QStringLiteral("2025-12"),
                                    QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        const QJsonObject json = result.json().object();
        CHECK(classesOf(json) == QStringList({QStringLiteral("ООО Альфа AZ")}));
        CHECK(json.value(QStringLiteral("clients")).toArray().at(0).toObject().value(QStringLiteral("cv")).toDouble()
              == 331.66);
        CHECK(json.value(QStringLiteral("total")).toDouble() == 9999.0);
        // Lost: everyone else with sales before 2025, latest last sale first; Новый and Дельта on
        // their December sales are the most recent.
        const QJsonArray lost = json.value(QStringLiteral("lost")).toArray();
        CHECK(lost.size() == 9);
        CHECK(lost.at(0).toObject().value(QStringLiteral("last_sale")).toString() >= QStringLiteral("2024-12-01"));
        CHECK(lost.at(8).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("ООО Потерянный"));
    }
    SECTION("--to alone: the twelve months ending with it")
    {
        const auto result = runCli({QStringLiteral("--db"), db, QStringLiteral("segment"), QStringLiteral("--to"),
                                    QStringLiteral("2024-12"), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        CHECK(result.json().object().value(QStringLiteral("from")).toString() == QStringLiteral("2024-01"));
        CHECK(result.json().object() == segmentJson(db));
    }
    SECTION("by default: the twelve whole months before this one")
    {
        const auto result = runCli({QStringLiteral("--db"), db, QStringLiteral("segment"), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        CHECK(result.json().object().value(QStringLiteral("from")).toString()
              == thisMonth.addMonths(-12).toString(QStringLiteral("yyyy-MM")));
        CHECK(result.json().object().value(QStringLiteral("to")).toString()
              == thisMonth.addMonths(-1).toString(QStringLiteral("yyyy-MM")));
    }
}

TEST_CASE("segment without --json prints the ranked table and the matrix", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);
    const auto result = segment(db, {});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'));
    // Rank, name, value, share, cumulative, ABC, XYZ.
    static const QRegularExpression row(QStringLiteral("^\\s*(\\d+)\\s+(.+?)\\s+(\\d+\\.\\d\\d)\\s+(\\d+\\.\\d\\d)\\s+"
                                                       "(\\d+\\.\\d\\d)\\s+([ABC])\\s+(X|Y|Z|new)$"));
    QStringList rows;
    for (const QString &line : lines) {
        if (const auto match = row.match(line); match.hasMatch())
            rows << match.captured(1) + QLatin1Char(' ') + match.captured(2) + QLatin1Char(' ') + match.captured(3)
                        + QLatin1Char(' ') + match.captured(6) + match.captured(7);
    }
    CHECK(rows
          == QStringList({QStringLiteral("1 ООО Альфа 3600.00 AX"), QStringLiteral("2 ООО Бета 2400.00 AY"),
                          QStringLiteral("3 上海贸易有限公司 1500.00 AZ"), QStringLiteral("4 ООО Дельта 1000.00 AX"),
                          QStringLiteral("5 ООО Восток 900.00 BY"), QStringLiteral("6 ООО Запад 250.00 BX"),
                          QStringLiteral("7 ООО Юг 250.00 CZ"), QStringLiteral("8 =Новый клиент 100.00 Cnew")}));
    // The matrix: a row per ABC class with the X, Y, Z and new counts.
    static const QRegularExpression matrixRow(QStringLiteral("^([ABC])\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)$"));
    QStringList matrix;
    for (const QString &line : lines) {
        if (const auto match = matrixRow.match(line); match.hasMatch())
            matrix << match.captured(0).simplified();
    }
    CHECK(matrix == QStringList({QStringLiteral("A 2 1 1 0"), QStringLiteral("B 1 1 0 0"), QStringLiteral("C 0 0 1 1")}));
    CHECK(result.out.contains(QStringLiteral("ООО Потерянный")));
}

TEST_CASE("segment --csv writes the ranked table as UTF-8 CSV with a BOM, safe from formulas", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);
    const QString expected = QStringLiteral(
        "\xfeffRank;Client;INN;Value;Share, %;Cumulative, %;ABC;CV, %;XYZ\r\n"
        "1;ООО Альфа;7701000019;3600.00;36.00;36.00;A;10.00;X\r\n"
        "2;ООО Бета;7701000026;2400.00;24.00;60.00;A;20.00;Y\r\n"
        "3;上海贸易有限公司;7701000033;1500.00;15.00;75.00;A;100.00;Z\r\n"
        "4;ООО Дельта;7701000040;1000.00;10.00;85.00;A;0.00;X\r\n"
        "5;ООО Восток;7701000058;900.00;9.00;94.00;B;25.00;Y\r\n"
        "6;ООО Запад;7701000065;250.00;2.50;96.50;B;0.00;X\r\n"
        "7;ООО Юг;7701000072;250.00;2.50;99.00;C;223.61;Z\r\n"
        "8;'=Новый клиент;;100.00;1.00;100.00;C;;new\r\n");

    SECTION("to a file")
    {
        const QString csv = dir.filePath(QStringLiteral("ranked.csv"));
        const auto result = segment(db, {QStringLiteral("--csv"), csv});
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("ООО Альфа"))); // the table is still printed
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xef\xbb\xbf"));
        CHECK(bytes == expected.toUtf8());
    }
    SECTION("to stdout, alone there")
    {
        // The bytes as written: QString::fromUtf8 (in runCli) would drop the BOM.
        QProcess process;
        process.start(QStringLiteral(KARTOTEKA_CLI_PATH),
                      {QStringLiteral("--db"), db, QStringLiteral("segment"), QStringLiteral("--from"), QStringLiteral("2024-01"),
                       QStringLiteral("--to"), QStringLiteral("2024-12"), QStringLiteral("--csv"), QStringLiteral("-")});
        REQUIRE(process.waitForFinished(120000));
        CHECK(process.exitCode() == 0);
        CHECK(process.readAllStandardOutput() == expected.toUtf8());
    }
    SECTION("the file the importer reads back: the guard is taken away again")
    {
        const QString csv = dir.filePath(QStringLiteral("ranked.csv"));
        REQUIRE(segment(db, {QStringLiteral("--csv"), csv}).exitCode == 0);
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        const auto imported = runCli({QStringLiteral("--db"), other, QStringLiteral("import"), QStringLiteral("clients"), csv,
                                      QStringLiteral("--map"), QStringLiteral("Client=name"), QStringLiteral("--map"),
                                      QStringLiteral("INN=inn"), QStringLiteral("--json")});
        REQUIRE(imported.exitCode == 0);
        CHECK(organizationId(other, QStringLiteral("=Новый клиент")) > 0);
    }
    SECTION("a file that cannot be written")
    {
        const auto result = segment(db, {QStringLiteral("--csv"), dir.filePath(QStringLiteral("missing/ranked.csv"))});
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(QStringLiteral("missing/ranked.csv")));
    }
}

TEST_CASE("segment refuses bad options with exit 2 and says why", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);
    const auto run = [&](const QStringList &options) {
        return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("segment")} + options);
    };
    const std::vector<std::pair<QStringList, QString>> cases{
        {{QStringLiteral("--from"), QStringLiteral("2024-13")}, QStringLiteral("--from takes a month as YYYY-MM")},
        {{QStringLiteral("--from"), QStringLiteral("01.2024")}, QStringLiteral("--from takes a month as YYYY-MM")},
        {{QStringLiteral("--from"), QStringLiteral("2024-01-15")}, QStringLiteral("--from takes a month as YYYY-MM")},
        {{QStringLiteral("--to"), QStringLiteral("last")}, QStringLiteral("--to takes a month as YYYY-MM")},
        {{QStringLiteral("--from"), QStringLiteral("2024-06"), QStringLiteral("--to"), QStringLiteral("2024-01")},
         QStringLiteral("starts after it ends")},
        {{QStringLiteral("--abc"), QStringLiteral("80")}, QStringLiteral("--abc takes the A and B bounds")},
        {{QStringLiteral("--abc"), QStringLiteral("A,B")}, QStringLiteral("--abc takes the A and B bounds")},
        {{QStringLiteral("--abc"), QStringLiteral("95,80")}, QStringLiteral("ABC bounds")},
        {{QStringLiteral("--abc"), QStringLiteral("0,95")}, QStringLiteral("ABC bounds")},
        {{QStringLiteral("--xyz"), QStringLiteral("25,10")}, QStringLiteral("XYZ bounds")},
        {{QStringLiteral("--xyz"), QStringLiteral("10;25")}, QStringLiteral("--xyz takes the X and Y bounds")},
        {{QStringLiteral("--metric"), QStringLiteral("margin")}, QStringLiteral("--metric takes revenue or profit")},
        {{QStringLiteral("--granularity"), QStringLiteral("week")}, QStringLiteral("--granularity takes month or quarter")},
        {{QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("-")}, QStringLiteral("stdout")},
        {{QStringLiteral("extra")}, QStringLiteral("options only")},
    };
    for (const auto &[options, message] : cases) {
        INFO(options.join(QLatin1Char(' ')).toStdString());
        const auto result = run(options);
        CHECK(result.exitCode == 2);
        CHECK(result.err.contains(message));
        CHECK(result.out.isEmpty());
    }
    const auto missing = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("segment")});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.sqlite"))));
}

TEST_CASE("segment --save keeps a snapshot and the classes, refused with 3 on a read-only database", "[cli][segment]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);

    SECTION("saved")
    {
        const auto result = segment(db, {QStringLiteral("--save"), QStringLiteral("--json")});
        REQUIRE(result.exitCode == 0);
        CHECK(result.json().isObject()); // stdout keeps the JSON alone
        CHECK(result.err.contains(QStringLiteral("snapshot #1")));
        CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM segment_snapshots")) == 1);
        CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM segment_snapshot_clients WHERE snapshot_id = 1")) == 8);
        CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM organizations WHERE abc_class = 'A' AND xyz_class = 'X'"))
              == 2);
        CHECK(countOf(db, QStringLiteral("SELECT lost_count FROM segment_snapshots")) == 1);
    }
    SECTION("read-only")
    {
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadUser));
        const auto refused = segment(db, {QStringLiteral("--save")});
        CHECK(refused.exitCode == 3);
        CHECK(refused.err.contains(QStringLiteral("read-only")));
        CHECK(refused.out.isEmpty());
        // Reading a read-only database is fine.
        const auto read = segment(db, {QStringLiteral("--json")});
        CHECK(read.exitCode == 0);
        CHECK(read.json().object().value(QStringLiteral("clients")).toArray().size() == 8);
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM segment_snapshots")) == 0);
    }
}

TEST_CASE("segment --pdf writes the report and tells its page count", "[cli][segment][pdf]")
{
    QTemporaryDir dir;
    const QString db = importedFixture(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto result = segment(db, {QStringLiteral("--pdf"), pdf});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.trimmed().endsWith("%%EOF"));
    const int pages = reportedPages(result.out);
    // Page 1: parameters, matrix and charts; the ranked table and the lost clients after.
    CHECK(pages >= 2);
    CHECK(pdfPages(pdf) == pages);

    SECTION("with --json the JSON stays alone on stdout")
    {
        const QString second = dir.filePath(QStringLiteral("second.pdf"));
        const auto json = segment(db, {QStringLiteral("--pdf"), second, QStringLiteral("--json")});
        REQUIRE(json.exitCode == 0);
        CHECK(json.json().object().value(QStringLiteral("clients")).toArray().size() == 8);
        CHECK(reportedPages(json.err) == pages);
        CHECK(pdfPages(second) == pages);
    }
    SECTION("a file that cannot be written")
    {
        const auto failed = segment(db, {QStringLiteral("--pdf"), dir.filePath(QStringLiteral("missing/report.pdf"))});
        CHECK(failed.exitCode == 1);
        CHECK(failed.err.contains(QStringLiteral("missing/report.pdf")));
    }
}

TEST_CASE("The report grows with the number of clients", "[cli][segment][pdf]")
{
    QTemporaryDir dir;
    const QString small = importedFixture(dir);
    const QString smallPdf = dir.filePath(QStringLiteral("small.pdf"));
    const auto smallRun = segment(small, {QStringLiteral("--pdf"), smallPdf});
    REQUIRE(smallRun.exitCode == 0);

    const QString big = dir.filePath(QStringLiteral("big.sqlite"));
    REQUIRE(runCli({QStringLiteral("--db"), big, QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("200"),
                    QStringLiteral("--tasks"), QStringLiteral("0"), QStringLiteral("--months"), QStringLiteral("24")})
                .exitCode
            == 0);
    const QString bigPdf = dir.filePath(QStringLiteral("big.pdf"));
    const auto bigRun = runCli({QStringLiteral("--db"), big, QStringLiteral("segment"), QStringLiteral("--pdf"), bigPdf});
    REQUIRE(bigRun.exitCode == 0);
    const auto bigJson = runCli({QStringLiteral("--db"), big, QStringLiteral("segment"), QStringLiteral("--json")});
    const int ranked = int(bigJson.json().object().value(QStringLiteral("clients")).toArray().size());
    REQUIRE(ranked > 100);

    const int smallPages = reportedPages(smallRun.out);
    const int bigPages = reportedPages(bigRun.out);
    CHECK(pdfPages(bigPdf) == bigPages);
    // Over a hundred more table rows take at least two more pages.
    CHECK(bigPages >= smallPages + 2);
}
