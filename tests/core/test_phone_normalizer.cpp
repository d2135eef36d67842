#include "TestDatabase.h" // Catch's QString printer

#include "importing/PhoneNormalizer.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

#include <array>
#include <iostream>
#include <random>

using namespace kartoteka;

namespace {

QStringList list(const char *utf8)
{
    const QString text = QString::fromUtf8(utf8);
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('|'));
}

// "e164 list" + " ! " + "invalid list", to compare a whole result in one line.
QString summary(const PhoneResult &result)
{
    return result.e164.join(QLatin1Char('|')) + QStringLiteral(" ! ") + result.invalid.join(QLatin1Char('|'));
}

QString normalized(const PhoneNormalizer &normalizer, const char *cell)
{
    return summary(normalizer.normalize(QString::fromUtf8(cell)));
}

QString expected(const char *e164, const char *invalid = "")
{
    return summary({list(e164), list(invalid)});
}

// Ten-digit Russian national numbers written the ways clean legacy lists write them.
QString spelled(const QString &national, int spelling)
{
    const auto part = [&national](qsizetype from, qsizetype size) { return national.mid(from, size); };
    switch (spelling % 8) {
    case 0: return QStringLiteral("+7") + national;
    case 1: return QStringLiteral("8") + national;
    case 2: return QStringLiteral("7") + national;
    case 3: return national;
    case 4: return QStringLiteral("+7 (%1) %2-%3-%4").arg(part(0, 3), part(3, 3), part(6, 2), part(8, 2));
    case 5: return QStringLiteral("8 (%1) %2-%3-%4").arg(part(0, 3), part(3, 3), part(6, 2), part(8, 2));
    case 6: return QStringLiteral("8-%1-%2-%3-%4").arg(part(0, 3), part(3, 3), part(6, 2), part(8, 2));
    default: return QStringLiteral("+7 %1 %2 %3").arg(part(0, 3), part(3, 3), part(6, 4));
    }
}

} // namespace

TEST_CASE("Russian phones normalize to E.164", "[import][phones]")
{
    const PhoneNormalizer ru(QStringLiteral("RU"));
    CHECK(ru.defaultRegion() == QStringLiteral("RU"));
    CHECK(normalized(ru, "+7 (812) 300-10-20") == expected("+78123001020"));
    CHECK(normalized(ru, "8-383-200-30-40") == expected("+73832003040"));
    CHECK(normalized(ru, "+79221234567") == expected("+79221234567"));
    CHECK(normalized(ru, "89221234567") == expected("+79221234567"));
    CHECK(normalized(ru, "79221234567") == expected("+79221234567"));
    CHECK(normalized(ru, "9221234567") == expected("+79221234567"));
    CHECK(normalized(ru, "8 (916) 123-45-67") == expected("+79161234567"));
    CHECK(normalized(ru, "+7 812 300 10 21") == expected("+78123001021"));
    CHECK(normalized(ru, "8 800 555-35-35") == expected("+78005553535"));
    CHECK(normalized(ru, " +7\u00a0495\u00a0123-45-67 ") == expected("+74951234567"));
    // "8 10" is Russia's international prefix, not a trunk 8 before a 10x code.
    CHECK(normalized(ru, "8-103-525-87-64") == expected("+35258764"));
    CHECK(normalized(ru, "8 10 1 206 555 9857") == expected("+12065559857"));
    // +7 7xx belongs to Kazakhstan and goes through libphonenumber.
    CHECK(normalized(ru, "+7 701 123 4567") == expected("+77011234567"));
    // Numbers of other countries in a Russian list.
    CHECK(normalized(ru, "+1 206 555 9857") == expected("+12065559857"));
    CHECK(normalized(ru, "+86 138 1234 5678") == expected("+8613812345678"));
}

TEST_CASE("Several numbers in one cell are split and extensions kept out", "[import][phones]")
{
    const PhoneNormalizer ru(QStringLiteral("RU"));
    CHECK(normalized(ru, "+7 495 123-45-67, 8 (916) 123-45-67; доб. 12") == expected("+74951234567|+79161234567"));
    CHECK(normalized(ru, "+7 (812) 300-10-20 доб. 12") == expected("+78123001020"));
    CHECK(normalized(ru, "+7 (812) 300-10-20, доб.12") == expected("+78123001020"));
    CHECK(normalized(ru, "тел. 8(495)1234567 вн. 204") == expected("+74951234567"));
    CHECK(normalized(ru, "8 495 123 45 67 ext. 5") == expected("+74951234567"));
    CHECK(normalized(ru, "+74951234567x5") == expected("+74951234567"));
    CHECK(normalized(ru, "+74951234567 #5") == expected("+74951234567"));
    CHECK(normalized(ru, "8 812 300 10 20 или 8 916 123 45 67") == expected("+78123001020|+79161234567"));
    CHECK(normalized(ru, "8 812 300 10 20 ИЛИ +7 916 123 45 67") == expected("+78123001020|+79161234567"));
    CHECK(normalized(ru, "+79161234567 / +79161234568\n+79161234569") == expected("+79161234567|+79161234568|+79161234569"));
    CHECK(normalized(ru, "моб.: +7 916 123-45-67") == expected("+79161234567"));
    CHECK(normalized(ru, "Mobile: +7 916 123-45-67 or 8 (812) 300-10-20") == expected("+79161234567|+78123001020"));
    // The same number twice is one number.
    CHECK(normalized(ru, "+7 916 123-45-67; 8 916 123 45 67") == expected("+79161234567"));
}

TEST_CASE("Phones that are not numbers are reported as typed", "[import][phones]")
{
    const PhoneNormalizer ru(QStringLiteral("RU"));
    CHECK(normalized(ru, "") == expected(""));
    CHECK(normalized(ru, "   ") == expected(""));
    CHECK(normalized(ru, "-") == expected(""));
    CHECK(normalized(ru, ", ;") == expected(""));
    CHECK(normalized(ru, "нет") == expected("", "нет"));
    CHECK(normalized(ru, "abc") == expected("", "abc"));
    CHECK(normalized(ru, "12345") == expected("", "12345"));
    CHECK(normalized(ru, "+7 123 456") == expected("", "+7 123 456"));
    CHECK(normalized(ru, "+7 (512) 345-67-89") == expected("", "+7 (512) 345-67-89")); // no such Russian range
    CHECK(normalized(ru, "8 (512) 345-67-89") == expected("", "8 (512) 345-67-89"));
    CHECK(normalized(ru, "+7 916 123-45-6") == expected("", "+7 916 123-45-6"));
    CHECK(normalized(ru, "+7 916 123-45-678") == expected("", "+7 916 123-45-678"));
    CHECK(normalized(ru, "+7 916 123-45-67, 123") == expected("+79161234567", "123"));
    CHECK(normalized(ru, "8 (495) 123-45-67 доб. 12, звонить вечером") == expected("+74951234567", "звонить вечером"));
}

TEST_CASE("Phones of other countries normalize with their default region", "[import][phones]")
{
    const PhoneNormalizer cn(QStringLiteral("CN"));
    CHECK(normalized(cn, "13812345678") == expected("+8613812345678"));
    CHECK(normalized(cn, "138-1234-5678") == expected("+8613812345678"));
    CHECK(normalized(cn, "010-12345678") == expected("+861012345678"));
    CHECK(normalized(cn, "(010) 6552 9988") == expected("+861065529988"));
    CHECK(normalized(cn, "13812345678，13987654321") == expected("+8613812345678|+8613987654321"));
    CHECK(normalized(cn, "13812345678 转 8001") == expected("+8613812345678"));
    CHECK(normalized(cn, "12345") == expected("", "12345"));
    // An 8 before ten digits is Russian only in Russia.
    CHECK(normalized(cn, "+7 916 123-45-67") == expected("+79161234567"));

    const PhoneNormalizer us(QStringLiteral("us"));
    CHECK(us.defaultRegion() == QStringLiteral("US"));
    CHECK(normalized(us, "+1 206 555 9857") == expected("+12065559857"));
    CHECK(normalized(us, "(425) 555-0111") == expected("+14255550111"));
    CHECK(normalized(us, "206.555.9857 x123") == expected("+12065559857"));
    CHECK(normalized(us, "1-800-555-0199") == expected("+18005550199"));
    CHECK(normalized(us, "555-1234") == expected("", "555-1234"));
    CHECK(normalized(us, "8 (916) 123-45-67") == expected("", "8 (916) 123-45-67"));

    const PhoneNormalizer uk(QStringLiteral("GB"));
    CHECK(normalized(uk, "020 7946 0958") == expected("+442079460958"));
    CHECK(normalized(uk, "+44 (0)20 7946 0958") == expected("+442079460958"));
    CHECK(normalized(uk, "07911 123456") == expected("+447911123456"));

    const PhoneNormalizer mx(QStringLiteral("MX"));
    CHECK(normalized(mx, "55 5555 1234") == expected("+525555551234"));
    CHECK(normalized(mx, "+52 1 55 5555 1234") == expected("+525555551234"));
    CHECK(normalized(mx, "+52 (33) 1234 5678") == expected("+523312345678"));
    CHECK(normalized(mx, "044 55 5555 1234") == expected("+525555551234"));

    // A region libphonenumber does not know accepts international numbers only.
    const PhoneNormalizer unknown(QStringLiteral("XX"));
    CHECK(unknown.defaultRegion() == QStringLiteral("ZZ"));
    CHECK(normalized(unknown, "+7 916 123-45-67") == expected("+79161234567"));
    CHECK(normalized(unknown, "8 916 123-45-67") == expected("", "8 916 123-45-67"));
}

TEST_CASE("Phones display nationally at home and internationally abroad", "[import][phones]")
{
    const PhoneNormalizer ru(QStringLiteral("RU"));
    CHECK(ru.national(QStringLiteral("+74951234567")) == QStringLiteral("8 (495) 123-45-67"));
    CHECK(ru.national(QStringLiteral("+12065559857")) == QStringLiteral("+1 206-555-9857"));
    CHECK(ru.national(QStringLiteral("not a phone")) == QStringLiteral("not a phone"));
    const PhoneNormalizer us(QStringLiteral("US"));
    CHECK(us.national(QStringLiteral("+12065559857")) == QStringLiteral("(206) 555-9857"));
    const PhoneNormalizer cn(QStringLiteral("CN"));
    CHECK(cn.national(QStringLiteral("+8613812345678")) == QStringLiteral("138 1234 5678"));

    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale(QLocale::Russian, QLocale::Russia)) == QStringLiteral("RU"));
    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale(QLocale::Chinese, QLocale::China)) == QStringLiteral("CN"));
    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("US"));
    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)) == QStringLiteral("GB"));
    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale(QLocale::Spanish, QLocale::Mexico)) == QStringLiteral("MX"));
    CHECK(PhoneNormalizer::defaultRegionForLocale(QLocale::c()) == QStringLiteral("RU"));
}

// The fast path answers +7 numbers from a table; this proves it answers as libphonenumber does
// for every three-digit prefix, in every clean spelling, in Russia and elsewhere.
TEST_CASE("The Russian fast path agrees with libphonenumber on every prefix", "[import][phones]")
{
    std::mt19937 random(20250115);
    std::uniform_int_distribution<int> suffixes(0, 9999999);
    for (const char *region : {"RU", "CN"}) {
        const PhoneNormalizer fast(QString::fromLatin1(region));
        const PhoneNormalizer library(QString::fromLatin1(region), false);
        qint64 compared = 0;
        qint64 valid = 0;
        for (int prefix = 0; prefix < 1000; ++prefix) {
            for (int sample = 0; sample < 4; ++sample) {
                const QString national = QStringLiteral("%1%2").arg(prefix, 3, 10, QLatin1Char('0')).arg(suffixes(random), 7, 10, QLatin1Char('0'));
                for (int spelling = 0; spelling < 8; ++spelling) {
                    const QString cell = spelled(national, spelling);
                    const PhoneResult expected = library.normalize(cell);
                    const PhoneResult actual = fast.normalize(cell);
                    if (actual.e164 != expected.e164 || actual.invalid != expected.invalid) {
                        FAIL_CHECK(region << " " << cell.toStdString() << ": fast " << summary(actual).toStdString()
                                          << ", library " << summary(expected).toStdString());
                    }
                    ++compared;
                    valid += expected.e164.size();
                }
            }
        }
        CHECK(compared == 32000);
        CHECK(valid > 3000); // the samples hit real ranges, not only invalid ones
    }
}

// A long run for the report: the fast path against the library on 200,000 numbers, and the
// throughput on 1,000,000 varied Russian numbers. Run: kartoteka_core_tests "[.phones-benchmark]"
TEST_CASE("Phone normalizer throughput", "[.phones-benchmark]")
{
    std::mt19937 random(7);
    std::uniform_int_distribution<int> prefixes(0, 999);
    std::uniform_int_distribution<int> suffixes(0, 9999999);
    std::uniform_int_distribution<int> realPrefixes(0, 11);
    static constexpr std::array<int, 12> common{495, 499, 812, 383, 343, 916, 903, 926, 999, 800, 861, 922};
    const auto national = [&](bool realistic) {
        const int prefix = realistic ? common[std::size_t(realPrefixes(random))] : prefixes(random);
        return QStringLiteral("%1%2").arg(prefix, 3, 10, QLatin1Char('0')).arg(suffixes(random), 7, 10, QLatin1Char('0'));
    };

    const PhoneNormalizer fast(QStringLiteral("RU"));
    const PhoneNormalizer library(QStringLiteral("RU"), false);
    qint64 mismatches = 0;
    for (int i = 0; i < 200000; ++i) {
        const QString cell = spelled(national(false), i);
        const PhoneResult a = fast.normalize(cell);
        const PhoneResult b = library.normalize(cell);
        if (a.e164 != b.e164 || a.invalid != b.invalid) {
            if (++mismatches <= 20)
                std::cout << "mismatch: " << cell.toStdString() << ": fast " << summary(a).toStdString() << ", library "
                          << summary(b).toStdString() << '\n';
        }
    }
    CHECK(mismatches == 0);

    QStringList cells;
    cells.reserve(1000000);
    for (int i = 0; i < 1000000; ++i) {
        QString cell = spelled(national(true), i);
        if (i % 10 == 0)
            cell += QStringLiteral(", ") + spelled(national(true), i + 1);
        if (i % 25 == 0)
            cell += QStringLiteral(" доб. 123");
        cells.append(cell);
    }
    for (const bool useFastPath : {true, false}) {
        const PhoneNormalizer normalizer(QStringLiteral("RU"), useFastPath);
        const qsizetype count = useFastPath ? cells.size() : 50000;
        QElapsedTimer timer;
        timer.start();
        qint64 numbers = 0;
        for (qsizetype i = 0; i < count; ++i)
            numbers += normalizer.normalize(cells[i]).e164.size();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::cout << (useFastPath ? "fast path: " : "libphonenumber only: ") << count << " cells, " << numbers
                  << " numbers, " << seconds << " s, " << qint64(double(count) / seconds) << " calls/s\n";
        CHECK(numbers >= count);
    }
}
