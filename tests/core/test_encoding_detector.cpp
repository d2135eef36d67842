#include "importing/EncodingDetector.h"

#include "TestDatabase.h" // Catch2 and a StringMaker for QString

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringDecoder>

using namespace kartoteka;

namespace {
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/csv/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString decode(const DetectedEncoding &e, const QByteArray &bytes)
{
    QStringDecoder decoder(e.name.toLatin1().constData());
    REQUIRE(decoder.isValid());
    const QString text = decoder.decode(bytes.mid(e.bomLength));
    CHECK_FALSE(decoder.hasError());
    return text;
}
} // namespace

TEST_CASE("Every legacy encoding of a client list is detected", "[import][encoding]")
{
    struct Case
    {
        const char *file;
        const char *encoding;
        int bom;
        const char *word; // a word the decoded text must hold
    };
    const Case cases[] = {
        {"clients_cp1251_semicolon_crlf.csv", "windows-1251", 0, "Северная звезда"},
        {"clients_cp1251_colon_cr.csv", "windows-1251", 0, "Уральский металл"},
        {"clients_koi8r_semicolon_lf.csv", "KOI8-R", 0, "Уральский металл"},
        {"clients_cp866_tab_crlf.csv", "IBM866", 0, "Уральский металл"},
        {"clients_utf8bom_comma_crlf.csv", "UTF-8", 3, "Уральский металл"},
        {"clients_utf8_pipe_lf.csv", "UTF-8", 0, "Уральский металл"},
        {"clients_utf16le_tab_crlf.csv", "UTF-16LE", 2, "Уральский металл"},
        {"clients_utf16be_semicolon_crlf.csv", "UTF-16BE", 2, "Уральский металл"},
        {"clients_gb18030_comma_lf.csv", "GB18030", 0, "上海东方贸易有限公司"},
        {"clients_big5_comma_crlf.csv", "Big5", 0, "臺北光華電子有限公司"},
        {"sales_cp1251_semicolon_crlf.csv", "windows-1251", 0, "Накладная"},
        {"header_only.csv", "UTF-8", 0, "E-mail"},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const QByteArray bytes = fixture(c.file);
        const DetectedEncoding e = EncodingDetector::detect(bytes);
        CHECK(e.name == QLatin1String(c.encoding));
        CHECK(e.bomLength == c.bom);
        CHECK(decode(e, bytes).contains(QString::fromUtf8(c.word)));
    }
}

TEST_CASE("Latin-1 text is not mistaken for Cyrillic", "[import][encoding]")
{
    const QByteArray bytes = fixture("clients_latin1_semicolon_cr.csv");
    const DetectedEncoding e = EncodingDetector::detect(bytes);
    INFO(e.name.toStdString());
    CHECK((e.name == QLatin1String("windows-1252") || e.name == QLatin1String("ISO-8859-1")));
    CHECK(decode(e, bytes).contains(QStringLiteral("Müller & Söhne")));
}

TEST_CASE("A single short line of Cyrillic gets the right code page", "[import][encoding]")
{
    // uchardet alone takes such lines for Mac Cyrillic, ISO-8859-5 or a Western code page.
    for (const auto &[file, encoding] : {std::pair{"short_windows_1251.csv", "windows-1251"},
                                         std::pair{"short_koi8_r.csv", "KOI8-R"},
                                         std::pair{"short_cp866.csv", "IBM866"}}) {
        INFO(file);
        const QByteArray bytes = fixture(file);
        const DetectedEncoding e = EncodingDetector::detect(bytes);
        CHECK(e.name == QLatin1String(encoding));
        CHECK(decode(e, bytes).startsWith(QStringLiteral("Иванов Пётр;Москва")));
    }
    // Even a single capitalised word.
    QStringEncoder koi8("KOI8-R");
    CHECK(EncodingDetector::detect(koi8.encode(QStringLiteral("Привет"))).name == QLatin1String("KOI8-R"));
    QStringEncoder cp1251("windows-1251");
    CHECK(EncodingDetector::detect(cp1251.encode(QStringLiteral("Привет"))).name == QLatin1String("windows-1251"));
}

TEST_CASE("Byte order marks decide before anything else", "[import][encoding]")
{
    CHECK(EncodingDetector::detectBom(QByteArray("\xEF\xBB\xBF" "a", 4)).name == QLatin1String("UTF-8"));
    CHECK(EncodingDetector::detectBom(QByteArray("\xFF\xFE" "a\0", 4)).name == QLatin1String("UTF-16LE"));
    CHECK(EncodingDetector::detectBom(QByteArray("\xFE\xFF\0a", 4)).name == QLatin1String("UTF-16BE"));
    CHECK(EncodingDetector::detectBom(QByteArray("\xFF\xFE\0\0", 4)).bomLength == 4);
    CHECK(EncodingDetector::detectBom(QByteArray("abc")).name.isEmpty());
    // A UTF-8 BOM wins over bytes that are not UTF-8 at all.
    const DetectedEncoding e = EncodingDetector::detect(QByteArray("\xEF\xBB\xBF\xCF\xF0\xE8", 6));
    CHECK(e.name == QLatin1String("UTF-8"));
    CHECK(e.bomLength == 3);
}

TEST_CASE("UTF-16 without a BOM and plain ASCII", "[import][encoding]")
{
    const QString text = QStringLiteral("Name;Phone\r\nAcme;123\r\n");
    QStringEncoder le("UTF-16LE");
    QStringEncoder be("UTF-16BE");
    CHECK(EncodingDetector::detect(le.encode(text)).name == QLatin1String("UTF-16LE"));
    CHECK(EncodingDetector::detect(be.encode(text)).name == QLatin1String("UTF-16BE"));
    CHECK(EncodingDetector::detect(QByteArray("Name;Phone\nAcme;1\n")).name == QLatin1String("UTF-8"));
    CHECK(EncodingDetector::detect(QByteArray()).name == QLatin1String("UTF-8"));
}

TEST_CASE("uchardet names map to names QStringDecoder accepts", "[import][encoding]")
{
    CHECK(EncodingDetector::decoderName("ASCII") == QLatin1String("UTF-8"));
    CHECK(EncodingDetector::decoderName("WINDOWS-1251") == QLatin1String("windows-1251"));
    CHECK(EncodingDetector::decoderName("MAC-CYRILLIC") == QLatin1String("x-mac-cyrillic"));
    CHECK(EncodingDetector::decoderName("BIG5") == QLatin1String("Big5"));
    CHECK(EncodingDetector::decoderName("GB18030") == QLatin1String("GB18030"));
    CHECK(EncodingDetector::decoderName("").isEmpty());
    for (const char *name : {"WINDOWS-1251", "KOI8-R", "IBM866", "MAC-CYRILLIC", "ISO-8859-5", "GB18030", "BIG5",
                             "WINDOWS-1252", "ISO-8859-1", "UTF-16LE", "SHIFT_JIS", "EUC-KR"}) {
        INFO(name);
        CHECK(QStringDecoder(EncodingDetector::decoderName(name).toLatin1().constData()).isValid());
    }
}

TEST_CASE("Whatever the bytes, the guess decodes them", "[import][encoding]")
{
    // Random high bytes: no code page fits well, but the answer must still be usable.
    QByteArray noise;
    quint32 x = 12345;
    for (int i = 0; i < 4000; ++i) {
        x = x * 1103515245u + 12345u;
        noise.append(char(0x80 | ((x >> 16) & 0x7F)));
        if (i % 7 == 0)
            noise.append(' ');
    }
    const DetectedEncoding e = EncodingDetector::detect(noise);
    INFO(e.name.toStdString());
    QStringDecoder decoder(e.name.toLatin1().constData());
    REQUIRE(decoder.isValid());
    const QString decoded = decoder.decode(noise); // the result is lazy: convert it
    Q_UNUSED(decoded);
    CHECK_FALSE(decoder.hasError());
}
