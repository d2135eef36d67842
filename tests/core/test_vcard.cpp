#include "exchange/VCard.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace kartoteka;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/vcard/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("vCards of versions 2.1, 3.0 and 4.0 are read, unreadable cards are reported with their line",
          "[vcard]")
{
    const VCard::Parsed parsed = VCard::parse(fixture("mixed_versions.vcf"));
    REQUIRE(parsed.contacts.size() == 3);
    const VCardContact &orlov = parsed.contacts[0];
    CHECK(orlov.line == 1);
    CHECK(orlov.fullName == QStringLiteral("Орлов Пётр"));
    CHECK(orlov.organization == QStringLiteral("Северный ветер")); // the first ORG component
    CHECK(orlov.title == QStringLiteral("Директор"));
    CHECK(orlov.phones == QStringList{QStringLiteral("+7 (495) 123-45-67")});
    CHECK(orlov.emails == QStringList{QStringLiteral("orlov@sev-veter.ru")});
    CHECK(orlov.birthday == QDate(1980, 5, 17));
    CHECK(orlov.note == QStringLiteral("Звонить, после 10:00\nпо вторникам"));
    // 2.1: quoted-printable UTF-8 in N, no FN.
    CHECK(parsed.contacts[1].fullName == QStringLiteral("Зайцева Анна"));
    CHECK(parsed.contacts[1].phones == QStringList{QStringLiteral("89161234567")});
    CHECK(parsed.contacts[2].organization.isEmpty());
    REQUIRE(parsed.problems.size() == 1);
    CHECK(parsed.problems[0].line == 21);
    CHECK(parsed.problems[0].reason.contains(QStringLiteral("no name")));

    const VCard::Parsed folded = VCard::parse(fixture("folded_crlf.vcf"));
    REQUIRE(folded.contacts.size() == 1);
    CHECK(folded.contacts[0].organization == QStringLiteral("苏州金桥电子有限公司"));
    CHECK(folded.contacts[0].emails == QStringList{QStringLiteral("wangwei@jinqiao.cn")}); // a grouped property
    CHECK(folded.contacts[0].note
          == QStringLiteral("A long note that is folded by the phone that wrote it because it is longer than seventy-five octets."));

    CHECK(VCard::parse("BEGIN:VCARD\nFN:Cut off\n").problems.at(0).reason.contains(QStringLiteral("END:VCARD")));
    CHECK(VCard::parse("not a vcard at all").contacts.empty());
}

TEST_CASE("Written vCards fold long lines without splitting characters and read back the same", "[vcard]")
{
    VCardContact contact;
    contact.fullName = QStringLiteral("Константинопольский Александр Вениаминович");
    contact.organization = QStringLiteral("ООО \"Рога; и копыта\", филиал");
    contact.title = QStringLiteral("Заместитель генерального директора по коммерческим вопросам");
    contact.phones = {QStringLiteral("+74951234567"), QStringLiteral("+79161234567")};
    contact.emails = {QStringLiteral("a@example.ru")};
    contact.birthday = QDate(1975, 12, 31);
    contact.note = QStringLiteral("Строка с \\ обратной чертой,\nи вторая строка; 北京大学 — 中文也可以。");
    for (const VCard::Version version : {VCard::Version::V3, VCard::Version::V4}) {
        const QByteArray written = VCard::write({contact}, version);
        for (const QByteArray &line : written.split('\n')) {
            CHECK(line.size() <= 76); // 75 octets and the CR
            CHECK(QString::fromUtf8(line).toUtf8() == line); // no character cut in two
        }
        CHECK(written.contains(version == VCard::Version::V4 ? "VERSION:4.0\r\n" : "VERSION:3.0\r\n"));
        CHECK(QByteArray(written).replace("\r\n ", "").contains("N:Константинопольский;Александр;Вениаминович;;"));
        const VCard::Parsed back = VCard::parse(written);
        REQUIRE(back.contacts.size() == 1);
        const VCardContact &read = back.contacts[0];
        CHECK(read.fullName == contact.fullName);
        CHECK(read.organization == contact.organization);
        CHECK(read.title == contact.title);
        CHECK(read.phones == contact.phones);
        CHECK(read.emails == contact.emails);
        CHECK(read.birthday == contact.birthday);
        CHECK(read.note == contact.note);
    }
}
