#include "importing/CsvReader.h"

#include "TestDatabase.h" // Catch2 and a StringMaker for QString

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace kartoteka;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/csv/") + QLatin1String(name);
}

QByteArray fixture(const char *name)
{
    QFile file(dataFile(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct ReadAll
{
    QList<CsvRecord> records;
    qint64 invalid = 0;
    qint64 bytes = 0;
    QString error;
};

ReadAll readAll(QByteArray bytes, const char *encoding, QChar delimiter, qsizetype chunk = 0)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QLatin1String(encoding), delimiter);
    if (chunk > 0)
        reader.setChunkSize(chunk);
    ReadAll all;
    CsvRecord record;
    while (reader.readRecord(record))
        all.records.append(record);
    all.invalid = reader.invalidCharacters();
    all.bytes = reader.bytesRead();
    all.error = reader.errorString();
    return all;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList list;
    for (const char *c : cells)
        list.append(QString::fromUtf8(c));
    return list;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

bool sameRecords(const QList<CsvRecord> &a, const QList<CsvRecord> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].fields != b[i].fields || a[i].line != b[i].line || a[i].brokenQuoting != b[i].brokenQuoting)
            return false;
    return true;
}

} // namespace

TEST_CASE("Quoted fields, doubled quotes, line breaks inside quotes, ragged rows", "[import][csv]")
{
    const QByteArray bytes = fixture("quoting.csv");
    const ReadAll whole = readAll(bytes, "UTF-8", u',');
    const auto &r = whole.records;
    REQUIRE(r.size() == 7);
    CHECK(r[0].fields == row({"id", "name", "note"}));
    CHECK(r[1].fields == row({"1", "Smith, John", "said \"hi\""}));
    CHECK(r[2].fields == row({"2", "O\"Brien", "line one\nline two\r\nline three\rline four"}));
    CHECK(r[3].fields == row({"3", "short"}));
    CHECK(r[4].fields == row({"4", "a", "b", "c", "d"}));
    CHECK(r[5].fields == row({"5", "", "\""}));
    CHECK(r[6].fields == row({"6", "x,y", "last"}));
    // Physical lines: the quoted field spans 3-6, blank lines 7 and 10 are skipped.
    QList<qint64> lines;
    for (const CsvRecord &rec : r)
        lines.append(rec.line);
    CHECK(lines == QList<qint64>{1, 2, 3, 8, 9, 11, 12});
    for (const CsvRecord &rec : r)
        CHECK_FALSE(rec.brokenQuoting);
    CHECK(whole.bytes == bytes.size());
    CHECK(whole.error.isEmpty());
}

TEST_CASE("Records do not depend on where the chunks end", "[import][csv]")
{
    // Every CR LF pair, doubled quote and multibyte sequence gets split by some chunk size.
    struct Case
    {
        const char *file;
        const char *encoding;
        char16_t delimiter;
    };
    const Case cases[] = {{"quoting.csv", "UTF-8", u','},
                          {"broken_quoting.csv", "UTF-8", u';'},
                          {"clients_utf8bom_comma_crlf.csv", "UTF-8", u','},
                          {"clients_utf16le_tab_crlf.csv", "UTF-16LE", u'\t'},
                          {"clients_utf16be_semicolon_crlf.csv", "UTF-16BE", u';'},
                          {"clients_gb18030_comma_lf.csv", "GB18030", u','},
                          {"clients_big5_comma_crlf.csv", "Big5", u','},
                          {"clients_cp1251_colon_cr.csv", "windows-1251", u':'}};
    for (const Case &c : cases) {
        const QByteArray bytes = fixture(c.file);
        const ReadAll whole = readAll(bytes, c.encoding, QChar(c.delimiter));
        REQUIRE(whole.records.size() > 1);
        CHECK(whole.invalid == 0);
        for (const qsizetype chunk : {1, 2, 3, 5, 7, 64}) {
            INFO(c.file << " chunk " << chunk);
            const ReadAll split = readAll(bytes, c.encoding, QChar(c.delimiter), chunk);
            CHECK(sameRecords(split.records, whole.records));
            CHECK(split.invalid == 0);
        }
    }
}

TEST_CASE("A multibyte character split across the 64 KiB chunk boundary", "[import][csv]")
{
    const QString word = QStringLiteral("Ёлка中文😀");
    for (const char *encoding : {"UTF-8", "UTF-16LE", "GB18030"}) {
        QStringEncoder encoder(encoding);
        const QByteArray encodedWord = encoder.encode(word);
        const qsizetype unit = QLatin1String(encoding) == QLatin1String("UTF-16LE") ? 2 : 1;
        // Place the word so that each of its bytes in turn sits on the boundary.
        for (qsizetype shift = 0; shift < encodedWord.size(); shift += unit) {
            INFO(encoding << " shift " << shift);
            const qsizetype padding = CsvReader::kDefaultChunkSize - shift;
            const QString head = QString(padding / unit - 2, u'x') + QStringLiteral(";");
            QByteArray bytes = encoder.encode(head);
            REQUIRE(bytes.size() == padding - unit);
            bytes += encoder.encode(QStringLiteral("a")); // exactly padding bytes
            bytes += encodedWord;
            bytes += QByteArray(encoder.encode(QStringLiteral(";end\n")));
            const ReadAll all = readAll(bytes, encoding, u';');
            REQUIRE(all.records.size() == 1);
            CHECK(all.records[0].fields.value(1) == QStringLiteral("a") + word);
            CHECK(all.invalid == 0);
        }
    }
}

TEST_CASE("Legacy files decode with their encoding and delimiter", "[import][csv]")
{
    struct Case
    {
        const char *file;
        const char *encoding;
        char16_t delimiter;
    };
    const Case cases[] = {{"clients_cp1251_semicolon_crlf.csv", "windows-1251", u';'},
                          {"clients_koi8r_semicolon_lf.csv", "KOI8-R", u';'},
                          {"clients_cp866_tab_crlf.csv", "IBM866", u'\t'},
                          {"clients_utf8bom_comma_crlf.csv", "UTF-8", u','},
                          {"clients_utf8_pipe_lf.csv", "UTF-8", u'|'},
                          {"clients_utf16le_tab_crlf.csv", "UTF-16LE", u'\t'},
                          {"clients_utf16be_semicolon_crlf.csv", "UTF-16BE", u';'},
                          {"clients_cp1251_colon_cr.csv", "windows-1251", u':'}};
    for (const Case &c : cases) {
        INFO(c.file);
        const ReadAll all = readAll(fixture(c.file), c.encoding, QChar(c.delimiter));
        REQUIRE(all.records.size() == 5);
        CHECK(all.invalid == 0);
        CHECK(all.records[0].fields.first() == QStringLiteral("Наименование")); // no BOM left
        CHECK(all.records[0].fields.size() == 8);
        CHECK(all.records[1].fields.first() == QStringLiteral("ООО \"Северная звезда\""));
        CHECK(all.records[2].fields.first() == QStringLiteral("АО \"Уральский металл\"")); // unquoted quotes
        QString note = all.records[3].fields.last();
        note.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
        CHECK(note == QStringLiteral("Постоянный клиент,\nскидка 5 %"));
        CHECK(all.records[4].fields.first() == QStringLiteral("ЗАО \"Дом \"Быт\"\""));
        CHECK(all.records[4].line == 6);
        for (const CsvRecord &r : all.records)
            CHECK_FALSE(r.brokenQuoting);
    }
    const ReadAll zh = readAll(fixture("clients_gb18030_comma_lf.csv"), "GB18030", u',');
    REQUIRE(zh.records.size() == 4);
    CHECK(zh.records[1].fields.last() == QStringLiteral("重要客户,年底续约"));
    const ReadAll tw = readAll(fixture("clients_big5_comma_crlf.csv"), "Big5", u',');
    REQUIRE(tw.records.size() == 4);
    CHECK(tw.records[3].fields.first() == QStringLiteral("臺中綠園茶業有限公司"));
    const ReadAll de = readAll(fixture("clients_latin1_semicolon_cr.csv"), "ISO-8859-1", u';');
    REQUIRE(de.records.size() == 4);
    CHECK(de.records[2].fields.last() == QStringLiteral("Crème brûlée à volonté"));
    CHECK(de.records[3].line == 4);
    const ReadAll sales = readAll(fixture("sales_cp1251_semicolon_crlf.csv"), "windows-1251", u';');
    REQUIRE(sales.records.size() == 4);
    CHECK(sales.records[2].fields[3] == QStringLiteral("\u00A048\u00A0900,50"));
}

TEST_CASE("Broken quoting is flagged and does not swallow the rest", "[import][csv]")
{
    const ReadAll all = readAll(fixture("broken_quoting.csv"), "UTF-8", u';');
    const auto &r = all.records;
    REQUIRE(r.size() == 5);
    CHECK(r[1].fields == row({"1", "Acme Ltd", "Paris"}));
    CHECK(r[1].brokenQuoting);
    CHECK_FALSE(r[2].brokenQuoting);
    // The quote never closes: it is taken literally and the next line is a record again.
    CHECK(r[3].fields == row({"3", "\"Never closed", "Oslo"}));
    CHECK(r[3].brokenQuoting);
    CHECK(r[3].line == 4);
    CHECK(r[4].fields == row({"4", "After", "Bern"}));
    CHECK_FALSE(r[4].brokenQuoting);
    CHECK(r[4].line == 5);
}

TEST_CASE("A stray quote in a long file costs one record, not the file", "[import][csv]")
{
    for (const bool laterQuote : {false, true}) {
        INFO("a later quoted field: " << laterQuote);
        QByteArray bytes;
        const int rows = 3000;
        for (int i = 1; i <= rows; ++i) {
            if (i == 10)
                bytes += "10;\"stray;x\n";
            else if (laterQuote && i == 500)
                bytes += "500;\"quoted\";y\n";
            else
                bytes += QByteArray::number(i) + ";name " + QByteArray::number(i) + ";z\n";
        }
        const ReadAll all = readAll(bytes, "UTF-8", u';');
        REQUIRE(all.records.size() == rows);
        for (int i = 0; i < rows; ++i) {
            CHECK(all.records[i].line == i + 1);
            CHECK(all.records[i].fields.size() == 3);
            CHECK(all.records[i].brokenQuoting == (i + 1 == 10));
        }
        CHECK(all.records[9].fields[1] == QStringLiteral("\"stray"));
        if (laterQuote)
            CHECK(all.records[499].fields[1] == QStringLiteral("quoted"));
    }
}

TEST_CASE("Undecodable bytes are counted, not fatal, bad setups are errors", "[import][csv]")
{
    const ReadAll bad = readAll(QByteArray("a;b\xff\n\xd0\x9f;c\n\xd0", 11), "UTF-8", u';');
    REQUIRE(bad.records.size() == 3);
    CHECK(bad.records[1].fields == row({"П", "c"}));
    CHECK(bad.invalid == 2); // \xff and the cut sequence at the end
    CHECK(bad.error.isEmpty());

    CHECK_FALSE(readAll(QByteArray("a;b\n"), "no-such-encoding", u';').error.isEmpty());
    CHECK_FALSE(readAll(QByteArray("a;b\n"), "UTF-8", u'"').error.isEmpty());
    QBuffer closed;
    CsvReader reader(&closed, QStringLiteral("UTF-8"), u';');
    CsvRecord record;
    CHECK_FALSE(reader.readRecord(record));
    CHECK_FALSE(reader.errorString().isEmpty());

    CHECK(readAll(QByteArray(), "UTF-8", u';').records.isEmpty());
    CHECK(readAll(fixture("blank_lines.csv"), "UTF-8", u';').records.isEmpty());
}

TEST_CASE("A 50 MB file streams in bounded memory", "[import][csv]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    QStringEncoder cp1251("windows-1251");
    const QByteArray line = cp1251.encode(QStringLiteral(
        "\"ООО \"\"Ромашка\"\"\";7701234567;Иванов Иван;+7 (495) 123-45-67;info@romashka.ru;Москва;\"note;\r\nsecond\"\r\n"));
    QByteArray block;
    while (block.size() < 1024 * 1024)
        block += line;
    const qint64 records = (50 * 1024 * 1024 / block.size()) * (block.size() / line.size());
    for (int i = 0; i < 50 * 1024 * 1024 / block.size(); ++i)
        REQUIRE(out.write(block) == block.size());
    out.close();

    const qint64 before = peakRssKiB();
    QFile in(path);
    REQUIRE(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in, QStringLiteral("windows-1251"), u';');
    CsvRecord record;
    qint64 count = 0;
    while (reader.readRecord(record)) {
        ++count;
        REQUIRE(record.fields.size() == 7);
    }
    CHECK(reader.errorString().isEmpty());
    CHECK(count == records);
    CHECK(record.line == 2 * records - 1);
    CHECK(reader.bytesRead() == in.size());
    if (before > 0) // the whole file decoded would be 100 MB of UTF-16
        CHECK(peakRssKiB() - before < 20 * 1024);
}

// Throughput against sqlite3's plain .import; run with: kartoteka_core_tests "[bench]"
// (KARTOTEKA_CSV_BENCH_ROWS rows, 1,000,000 by default, in the shape of a 1C export).
TEST_CASE("CSV reading throughput against sqlite3 .import", "[.][bench]")
{
    const qint64 rows = qEnvironmentVariableIsSet("KARTOTEKA_CSV_BENCH_ROWS")
                            ? qEnvironmentVariable("KARTOTEKA_CSV_BENCH_ROWS").toLongLong()
                            : 1000000;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *encoding : {"windows-1251", "UTF-8"}) {
        const QString path = dir.filePath(QStringLiteral("bench.csv"));
        {
            QFile out(path);
            REQUIRE(out.open(QIODevice::WriteOnly));
            QStringEncoder encoder(encoding);
            QString chunk;
            for (qint64 i = 0; i < rows; ++i) {
                const QString n = QString::number(i);
                chunk += QStringLiteral("\"ООО \"\"Торговый дом ") + n
                         + QStringLiteral("\"\"\";77") + n.rightJustified(8, u'0')
                         + QStringLiteral(";770101001;Кузнецова Мария Игоревна;Главный бухгалтер;+7 (495) 123-")
                         + n.right(4) + QStringLiteral(";client") + n
                         + QStringLiteral("@example.ru;\"г. Москва, ул. Тверская, д. 1\";Звонить после обеда\r\n");
                if (chunk.size() > 1 << 20) {
                    out.write(encoder.encode(chunk));
                    chunk.clear();
                }
            }
            out.write(encoder.encode(chunk));
        }
        const double mb = double(QFileInfo(path).size()) / (1024.0 * 1024.0);

        QElapsedTimer timer;
        timer.start();
        QFile in(path);
        REQUIRE(in.open(QIODevice::ReadOnly));
        CsvReader reader(&in, QLatin1String(encoding), u';');
        CsvRecord record;
        qint64 count = 0;
        while (reader.readRecord(record))
            ++count;
        const double readerSeconds = double(timer.nsecsElapsed()) / 1e9;
        CHECK(count == rows);

        timer.restart();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral(":memory:"), QStringLiteral(".mode csv"),
                                                 QStringLiteral(".separator ;"),
                                                 QStringLiteral(".import ") + path + QStringLiteral(" t")});
        const bool ran = sqlite.waitForFinished(600000);
        const double sqliteSeconds = double(timer.nsecsElapsed()) / 1e9;
        WARN(encoding << ": " << mb << " MB, CsvReader " << readerSeconds << " s (" << mb / readerSeconds
                      << " MB/s); sqlite3 .import " << (ran ? sqliteSeconds : -1) << " s ("
                      << mb / sqliteSeconds << " MB/s)");
    }
}
