#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "importing/DuplicateIndex.h"

using namespace kartoteka;

namespace {
ClientKeys keys(const char *inn, QStringList emails, QStringList phones, const char *name)
{
    return {QString::fromLatin1(inn), std::move(emails), std::move(phones), QString::fromUtf8(name)};
}
} // namespace

TEST_CASE("Duplicates are found by INN, then e-mail, then phone, then name", "[import][duplicates]")
{
    DuplicateIndex index;
    index.add(1, keys("7707083893", {QStringLiteral("a@x.ru")}, {QStringLiteral("+74951234567")}, "альфа"));
    index.add(2, keys("6663003127", {QStringLiteral("b@x.ru")}, {QStringLiteral("+74957654321")}, "бета"));

    auto byInn = index.find(keys("6663003127", {QStringLiteral("a@x.ru")}, {}, "альфа"));
    REQUIRE(byInn);
    CHECK(byInn->organizationId == 2);
    CHECK(byInn->by == DuplicateIndex::Key::Inn);

    auto byEmail = index.find(keys("", {QStringLiteral("c@x.ru"), QStringLiteral("b@x.ru")}, {QStringLiteral("+74951234567")}, ""));
    REQUIRE(byEmail);
    CHECK(byEmail->organizationId == 2);
    CHECK(byEmail->by == DuplicateIndex::Key::Email);

    auto byPhone = index.find(keys("", {}, {QStringLiteral("+74951234567")}, "бета"));
    REQUIRE(byPhone);
    CHECK(byPhone->organizationId == 1);
    CHECK(byPhone->by == DuplicateIndex::Key::Phone);

    auto byName = index.find(keys("", {}, {}, "бета"));
    REQUIRE(byName);
    CHECK(byName->by == DuplicateIndex::Key::Name);

    CHECK_FALSE(index.find(keys("5024002119", {QStringLiteral("z@x.ru")}, {QStringLiteral("+70000000000")}, "гамма")));
    CHECK_FALSE(index.find(keys("", {}, {}, "")));
}

TEST_CASE("A key keeps the first organization that had it", "[import][duplicates]")
{
    DuplicateIndex index;
    index.add(1, keys("7707083893", {}, {}, "альфа"));
    index.add(2, keys("7707083893", {}, {}, "альфа"));
    CHECK(index.find(keys("7707083893", {}, {}, ""))->organizationId == 1);
}

TEST_CASE("Many distinct clients never match each other", "[import][duplicates]")
{
    // Keys that differ must not meet in the hashed index.
    DuplicateIndex index;
    constexpr int clients = 300000;
    for (int i = 0; i < clients; ++i)
        index.add(i + 1, {QStringLiteral("%1").arg(7700000000LL + i), {QStringLiteral("c%1@client.ru").arg(i)},
                          {QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'))}, QStringLiteral("клиент %1").arg(i)});
    int falseMatches = 0;
    for (int i = clients; i < 2 * clients; ++i) {
        if (index.find({QStringLiteral("%1").arg(7700000000LL + i), {QStringLiteral("c%1@client.ru").arg(i)},
                        {QStringLiteral("+7916%1").arg(i, 7, 10, QLatin1Char('0'))}, QStringLiteral("клиент %1").arg(i)}))
            ++falseMatches;
    }
    CHECK(falseMatches == 0);
}

TEST_CASE("The index loads the database's organizations and their persons", "[import][duplicates]")
{
    test::TestDatabase db;
    Organization client;
    client.name = QStringLiteral("ООО «Альфа»");
    client.inn = QStringLiteral("7707083893");
    client.email = QStringLiteral("Info@Alfa.ru");
    REQUIRE_FALSE(OrganizationRepository(db.connection()).create(client));
    Organization archived;
    archived.name = QStringLiteral("Бета");
    REQUIRE_FALSE(OrganizationRepository(db.connection()).create(archived));
    REQUIRE_FALSE(OrganizationRepository(db.connection()).archive(archived.id));

    DuplicateIndex index;
    REQUIRE_FALSE(index.load(db.connection()));
    CHECK(index.find(keys("7707083893", {}, {}, ""))->organizationId == client.id);
    CHECK(index.find(keys("", {QStringLiteral("info@alfa.ru")}, {}, ""))->organizationId == client.id);
    CHECK(index.find(keys("", {}, {}, "альфа"))->organizationId == client.id);
    CHECK_FALSE(index.find(keys("", {}, {}, "бета"))); // archived organizations are not matched
}
