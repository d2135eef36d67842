#include "importing/CsvSniffer.h"

#include "TestDatabase.h" // Catch2 and a StringMaker for QString

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace kartoteka;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}
} // namespace

TEST_CASE("Encoding, delimiter and header of every legacy shape are guessed", "[import][sniff]")
{
    struct Case
    {
        const char *file;
        const char *encoding;
        char16_t delimiter;
        const char *firstHeader;
        qsizetype columns;
        qsizetype rows;
    };
    const Case cases[] = {
        {"clients_cp1251_semicolon_crlf.csv", "windows-1251", u';', "Наименование", 8, 4},
        {"clients_koi8r_semicolon_lf.csv", "KOI8-R", u';', "Наименование", 8, 4},
        {"clients_cp866_tab_crlf.csv", "IBM866", u'\t', "Наименование", 8, 4},
        {"clients_utf8bom_comma_crlf.csv", "UTF-8", u',', "Наименование", 8, 4},
        {"clients_utf8_pipe_lf.csv", "UTF-8", u'|', "Наименование", 8, 4},
        {"clients_utf16le_tab_crlf.csv", "UTF-16LE", u'\t', "Наименование", 8, 4},
        {"clients_utf16be_semicolon_crlf.csv", "UTF-16BE", u';', "Наименование", 8, 4},
        {"clients_cp1251_colon_cr.csv", "windows-1251", u':', "Наименование", 8, 4},
        {"clients_gb18030_comma_lf.csv", "GB18030", u',', "公司名称", 7, 3},
        {"clients_big5_comma_crlf.csv", "Big5", u',', "公司名稱", 6, 3},
        {"sales_cp1251_semicolon_crlf.csv", "windows-1251", u';', "Клиент", 5, 3}, // despite decimal commas
        {"quoting.csv", "UTF-8", u',', "id", 3, 6},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const auto sniff = CsvSniffer::sniff(dataFile(c.file));
        REQUIRE(sniff.ok());
        CHECK(sniff->encoding == QLatin1String(c.encoding));
        CHECK(sniff->delimiter == QChar(c.delimiter));
        CHECK(sniff->hasHeader);
        CHECK(sniff->header.value(0) == QString::fromUtf8(c.firstHeader));
        CHECK(sniff->header.size() == c.columns);
        CHECK(sniff->preview.size() == c.rows);
    }
    const auto bom = CsvSniffer::sniff(dataFile("clients_utf8bom_comma_crlf.csv"));
    REQUIRE(bom.ok());
    CHECK(bom->bomLength == 3);
    CHECK(bom->preview.value(0).line == 2);
}

TEST_CASE("Latin-1 with CR line ends", "[import][sniff]")
{
    const auto sniff = CsvSniffer::sniff(dataFile("clients_latin1_semicolon_cr.csv"));
    REQUIRE(sniff.ok());
    CHECK((sniff->encoding == QLatin1String("windows-1252") || sniff->encoding == QLatin1String("ISO-8859-1")));
    CHECK(sniff->delimiter == u';');
    CHECK(sniff->header.value(2) == QStringLiteral("Straße"));
    CHECK(sniff->preview.size() == 3);
}

TEST_CASE("A header is told from data", "[import][sniff]")
{
    const auto noHeader = CsvSniffer::sniff(dataFile("no_header_utf8.csv"));
    REQUIRE(noHeader.ok());
    CHECK_FALSE(noHeader->hasHeader);
    CHECK(noHeader->header.isEmpty());
    CHECK(noHeader->preview.size() == 2);

    const auto onlyHeader = CsvSniffer::sniff(dataFile("header_only.csv"));
    REQUIRE(onlyHeader.ok());
    CHECK(onlyHeader->hasHeader);
    CHECK(onlyHeader->delimiter == u';');
    CHECK(onlyHeader->header == QStringList{QStringLiteral("Name"), QStringLiteral("INN"), QStringLiteral("Phone"),
                                            QStringLiteral("E-mail")});
    CHECK(onlyHeader->preview.isEmpty());

    const QStringList header{QStringLiteral("Клиент"), QStringLiteral("Дата"), QStringLiteral("Сумма")};
    CsvRecord data;
    data.fields = QStringList{QStringLiteral("ООО \"Альфа\""), QStringLiteral("05.03.2025"), QStringLiteral("1 250,00")};
    CHECK(CsvSniffer::looksLikeHeader(header, {data}));
    CHECK_FALSE(CsvSniffer::looksLikeHeader(data.fields, {data}));
    CHECK_FALSE(CsvSniffer::looksLikeHeader({QStringLiteral("Клиент"), QString(), QStringLiteral("Сумма")}, {data}));
    CHECK(CsvSniffer::looksLikeData(QStringLiteral("+7 (495) 123-45-67")));
    CHECK(CsvSniffer::looksLikeData(QStringLiteral("2025-03-05")));
    CHECK(CsvSniffer::looksLikeData(QStringLiteral("a.b@c.ru")));
    CHECK(CsvSniffer::looksLikeData(QStringLiteral("7701234567")));
    CHECK_FALSE(CsvSniffer::looksLikeData(QStringLiteral("E-mail")));
    CHECK_FALSE(CsvSniffer::looksLikeData(QStringLiteral("客户名称")));
}

TEST_CASE("Every guess can be overridden", "[import][sniff]")
{
    CsvSniffOptions options;
    options.encoding = QStringLiteral("KOI8-R"); // wrong on purpose: what the user asked for is used
    options.delimiter = u',';
    options.hasHeader = false;
    options.previewRows = 2;
    const auto sniff = CsvSniffer::sniff(dataFile("clients_cp1251_semicolon_crlf.csv"), options);
    REQUIRE(sniff.ok());
    CHECK(sniff->encoding == QLatin1String("KOI8-R"));
    CHECK(sniff->delimiter == u',');
    CHECK_FALSE(sniff->hasHeader);
    CHECK(sniff->header.isEmpty());
    CHECK(sniff->preview.size() == 2);
    CHECK(sniff->preview[0].line == 1);

    options = {};
    options.encoding = QStringLiteral("UTF-8");
    const auto bom = CsvSniffer::sniff(dataFile("clients_utf8bom_comma_crlf.csv"), options);
    REQUIRE(bom.ok());
    CHECK(bom->bomLength == 3);
    CHECK(bom->header.value(0) == QStringLiteral("Наименование"));

    options.encoding = QStringLiteral("no-such-encoding");
    const auto unknown = CsvSniffer::sniff(dataFile("quoting.csv"), options);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == DatabaseError::Kind::Invalid);
}

TEST_CASE("Empty, blank, binary and missing files are refused with a reason", "[import][sniff]")
{
    const auto empty = CsvSniffer::sniff(dataFile("empty.csv"));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == DatabaseError::Kind::Invalid);
    CHECK(empty.error().message.contains(QStringLiteral("is empty")));

    const auto blank = CsvSniffer::sniff(dataFile("blank_lines.csv"));
    REQUIRE_FALSE(blank.ok());
    CHECK(blank.error().message.contains(QStringLiteral("is empty")));

    const auto binary = CsvSniffer::sniff(dataFile("binary.csv"));
    REQUIRE_FALSE(binary.ok());
    CHECK(binary.error().kind == DatabaseError::Kind::Invalid);
    CHECK(binary.error().message.contains(QStringLiteral("binary")));

    const auto missing = CsvSniffer::sniff(dataFile("no_such_file.csv"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == DatabaseError::Kind::Invalid);
    CHECK(missing.error().message.contains(QStringLiteral("cannot be read")));
}

TEST_CASE("Only the start of a large file is sniffed", "[import][sniff]")
{
    // 2 MB of records: the sample ends inside a quoted multi-line field and a multibyte character.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write("Name;City;Note\n");
    for (int i = 0; i < 40000; ++i)
        out.write(QStringLiteral("Ёлкин %1;Тверь;\"первая строка\nвторая; строка\"\n").arg(i).toUtf8());
    out.close();
    const auto sniff = CsvSniffer::sniff(path);
    REQUIRE(sniff.ok());
    CHECK(sniff->encoding == QLatin1String("UTF-8"));
    CHECK(sniff->delimiter == u';');
    CHECK(sniff->hasHeader);
    CHECK(sniff->preview.size() == 20);
    CHECK(sniff->preview.last().fields.value(2) == QStringLiteral("первая строка\nвторая; строка"));
}
