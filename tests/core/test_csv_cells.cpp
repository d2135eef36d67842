#include "importing/CsvCells.h"
#include "importing/CsvReader.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace kartoteka;

TEST_CASE("Text cells are guarded against formulas and the guard comes off exactly", "[csv]")
{
    // Also texts that look guarded already: the round trip must keep their apostrophes.
    for (const char *text : {"=SUM(A1:A2)", "+7 495", "-5", "@cmd", "\tx", "\rx", "'=typed so", "''-x"}) {
        const QString original = QString::fromUtf8(text);
        INFO(text);
        const QString cell = csv::textCell(original);
        CHECK(cell.contains(QLatin1Char('\'') + original));
        QString unquoted = cell;
        if (unquoted.startsWith(QLatin1Char('"')))
            unquoted = unquoted.mid(1, unquoted.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        CHECK(csv::withoutFormulaGuard(unquoted) == original);
    }
    CHECK(csv::textCell(QStringLiteral("ООО \"Ромашка\"; филиал")) == QStringLiteral("\"ООО \"\"Ромашка\"\"; филиал\""));
    CHECK(csv::textCell(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(csv::plainCell(QStringLiteral("-5.00")) == QStringLiteral("-5.00")); // numbers are not guarded
    CHECK(csv::plainCell(QStringLiteral("a,b"), QLatin1Char(',')) == QStringLiteral("\"a,b\""));
    CHECK(csv::withoutFormulaGuard(QStringLiteral("'plain")) == QStringLiteral("'plain"));
}

TEST_CASE("CSV text is UTF-8 with a byte order mark and CRLF lines that the reader reads back", "[csv]")
{
    csv::CsvText text;
    text.addLine({csv::textCell(QStringLiteral("name")), csv::textCell(QStringLiteral("note"))});
    text.addLine({csv::textCell(QStringLiteral("=Клиент")), csv::textCell(QStringLiteral("две\nстроки; и \"кавычки\""))});
    const QByteArray bytes = text.toUtf8();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.endsWith("\r\n"));

    QBuffer buffer;
    buffer.setData(bytes.mid(3));
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, QStringLiteral("UTF-8"), QLatin1Char(';'));
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    REQUIRE(reader.readRecord(record));
    REQUIRE(record.fields.size() == 2);
    CHECK(csv::withoutFormulaGuard(record.fields[0]) == QStringLiteral("=Клиент"));
    CHECK(record.fields[1] == QStringLiteral("две\nстроки; и \"кавычки\""));
}

TEST_CASE("CSV text taken in pieces makes the same bytes as taken whole", "[csv]")
{
    csv::CsvText whole, pieces;
    QByteArray streamed;
    for (int i = 0; i < 5; ++i) {
        const QStringList line{csv::textCell(QStringLiteral("строка %1").arg(i)), QString::number(i)};
        whole.addLine(line);
        pieces.addLine(line);
        if (i % 2 == 0)
            streamed += pieces.takeUtf8();
    }
    streamed += pieces.takeUtf8();
    CHECK(pieces.pendingSize() == 0);
    CHECK(streamed == whole.toUtf8());
    CHECK(streamed.count("\xEF\xBB\xBF") == 1);
}
