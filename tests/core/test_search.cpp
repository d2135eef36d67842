#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "demo/DemoDataGenerator.h"
#include "search/ClientSearch.h"
#include "search/SearchText.h"
#include "storage/SearchIndexPause.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

using namespace kartoteka;

namespace {

qint64 addOrganization(const QSqlDatabase &db, const QString &name, const QString &inn = {},
                       const QString &phones = {}, const QString &email = {}, const QString &city = {})
{
    Organization organization;
    organization.name = name;
    organization.inn = inn;
    organization.phones = phones;
    organization.email = email;
    organization.city = city;
    REQUIRE_FALSE(OrganizationRepository(db).create(organization));
    return organization.id;
}

qint64 addPerson(const QSqlDatabase &db, const QString &name, std::optional<qint64> organizationId,
                 const QString &phones = {}, const QString &emails = {})
{
    Person person;
    person.fullName = name;
    person.organizationId = organizationId;
    person.phones = phones;
    person.emails = emails;
    REQUIRE_FALSE(PersonRepository(db).create(person));
    return person.id;
}

std::vector<SearchHit> find(const QSqlDatabase &db, const QString &query, int limit = 50)
{
    auto hits = ClientSearch(db).find(query, limit);
    INFO(hits.error().message.toStdString());
    REQUIRE(hits.ok());
    return std::move(hits).value();
}

QStringList names(const std::vector<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result << hit.name;
    return result;
}

} // namespace

TEST_CASE("Search finds any part of a word in Cyrillic and Latin, whatever the case", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("ООО «Ромашка»"));
    addOrganization(c, QStringLiteral("Northwind Supply LLC"));
    addOrganization(c, QStringLiteral("Ёлочка и партнёры"));

    CHECK(names(find(c, QStringLiteral("машк"))) == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(names(find(c, QStringLiteral("РОМАШ"))) == QStringList{QStringLiteral("ООО «Ромашка»")});
    CHECK(names(find(c, QStringLiteral("thWIN"))) == QStringList{QStringLiteral("Northwind Supply LLC")});
    // ё and е are one letter for search, both ways.
    CHECK(names(find(c, QStringLiteral("елочка партнеры"))) == QStringList{QStringLiteral("Ёлочка и партнёры")});
    CHECK(names(find(c, QStringLiteral("ПАРТНЁР"))) == QStringList{QStringLiteral("Ёлочка и партнёры")});
    // Every word must be found.
    CHECK(find(c, QStringLiteral("ромашка northwind")).empty());
}

TEST_CASE("Search finds Chinese from one character, and two letters at the start of a word", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("北京大学科技公司"));
    addOrganization(c, QStringLiteral("上海贸易"));
    addOrganization(c, QStringLiteral("Romashka"));
    addOrganization(c, QStringLiteral("Zorro"));

    CHECK(names(find(c, QStringLiteral("京"))) == QStringList{QStringLiteral("北京大学科技公司")});
    CHECK(names(find(c, QStringLiteral("大学"))) == QStringList{QStringLiteral("北京大学科技公司")});
    CHECK(names(find(c, QStringLiteral("科技公司"))) == QStringList{QStringLiteral("北京大学科技公司")});
    CHECK(names(find(c, QStringLiteral("海"))) == QStringList{QStringLiteral("上海贸易")});
    CHECK(find(c, QStringLiteral("京上")).empty());
    CHECK(names(find(c, QStringLiteral("ro"))) == QStringList{QStringLiteral("Romashka")}); // not Zorro
    // One Latin letter is too little to look up: nothing, and no error.
    CHECK(find(c, QStringLiteral("r")).empty());
    CHECK(find(c, QStringLiteral("   ")).empty());
}

TEST_CASE("Search matches phones by their digits in any format, and INN, e-mail and city", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 org = addOrganization(c, QStringLiteral("Ромашка"), QStringLiteral("7707083893"),
                                       QStringLiteral("+74959120313, +79161234567"), QStringLiteral("info@romashka.ru"),
                                       QStringLiteral("Санкт-Петербург"));
    const qint64 person = addPerson(c, QStringLiteral("Иван Петров"), org, QStringLiteral("8 (916) 000-11-22 доб. 5"),
                                    QStringLiteral("ivan@romashka.ru, petrov@mail.ru"));

    for (const char *phone : {"8 (495) 912-03-13", "+7 495 912 03 13", "912-03-13", "4959120313"}) {
        const auto hits = find(c, QString::fromUtf8(phone));
        INFO(phone);
        REQUIRE(hits.size() == 1);
        CHECK(hits[0].id == org);
        CHECK(hits[0].matchedField == SearchHit::Field::Phone);
        CHECK(hits[0].phone == QStringLiteral("+74959120313"));
    }
    const auto byMobile = find(c, QStringLiteral("916 000 11 22"));
    REQUIRE(byMobile.size() == 1);
    CHECK(byMobile[0].type == SearchHit::Type::Person);
    CHECK(byMobile[0].id == person);
    CHECK(byMobile[0].organization == QStringLiteral("Ромашка"));
    CHECK(byMobile[0].organizationId == org);

    const auto byInn = find(c, QStringLiteral("70708"));
    REQUIRE(byInn.size() == 1);
    CHECK(byInn[0].matchedField == SearchHit::Field::Inn);
    CHECK(byInn[0].inn == QStringLiteral("7707083893"));

    const auto byEmail = find(c, QStringLiteral("PETROV@mail"));
    REQUIRE(byEmail.size() == 1);
    CHECK(byEmail[0].id == person);
    CHECK(byEmail[0].matchedField == SearchHit::Field::Email);
    CHECK(byEmail[0].matchedText == QStringLiteral("ivan@romashka.ru, petrov@mail.ru"));
    CHECK(byEmail[0].email == QStringLiteral("ivan@romashka.ru"));

    const auto byCity = find(c, QStringLiteral("петербург"));
    REQUIRE(byCity.size() == 1);
    CHECK(byCity[0].matchedField == SearchHit::Field::City);
    CHECK(byCity[0].city == QStringLiteral("Санкт-Петербург"));

    // Both: the organization by its e-mail domain, the person by theirs.
    CHECK(find(c, QStringLiteral("romashka.ru")).size() == 2);
}

TEST_CASE("Search ranks names that start with the query first, then word starts, then the rest", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("Хромов и сыновья"));
    const qint64 agro = addOrganization(c, QStringLiteral("Агро Ромашка"));
    addOrganization(c, QStringLiteral("Ромашка"));
    addOrganization(c, QStringLiteral("Синяя ромашка"));
    addPerson(c, QStringLiteral("Роман Ромов"), agro);
    const qint64 archived = addOrganization(c, QStringLiteral("Ромб"));
    REQUIRE_FALSE(OrganizationRepository(c).archive(archived));
    addOrganization(c, QStringLiteral("Ромашково"), {}, {}, {}, QStringLiteral("Ромны"));

    CHECK(names(find(c, QStringLiteral("ром")))
          == QStringList{QStringLiteral("Ромашка"), QStringLiteral("Ромашково"), QStringLiteral("Роман Ромов"),
                         QStringLiteral("Агро Ромашка"), QStringLiteral("Синяя ромашка"),
                         QStringLiteral("Хромов и сыновья"), QStringLiteral("Ромб")});
    CHECK(find(c, QStringLiteral("ром"), 2).size() == 2);
    CHECK(find(c, QStringLiteral("ром")).back().archived);
}

TEST_CASE("The search index follows every edit, delete and bulk load", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    OrganizationRepository organizations(c);
    const qint64 id = addOrganization(c, QStringLiteral("Старое имя"), {}, QStringLiteral("+74951112233"));
    Organization organization = *organizations.get(id);
    organization.name = QStringLiteral("Новое имя");
    organization.phones = QStringLiteral("+74954445566");
    REQUIRE_FALSE(organizations.update(organization));
    CHECK(find(c, QStringLiteral("старое")).empty());
    CHECK(find(c, QStringLiteral("4951112233")).empty());
    CHECK(find(c, QStringLiteral("новое")).size() == 1);
    CHECK(find(c, QStringLiteral("4954445566")).size() == 1);
    // An edit of a field that is not searched leaves the index as it was.
    REQUIRE(sql::exec(c, QStringLiteral("UPDATE organizations SET notes = 'x', abc_class = 'A' WHERE id = ?"), {id}));
    CHECK(find(c, QStringLiteral("новое")).size() == 1);
    REQUIRE_FALSE(organizations.remove(id));
    CHECK(find(c, QStringLiteral("новое")).empty());
    // The index still answers for the rest after a delete (a contentless index got exact values).
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO search_organizations (search_organizations) VALUES ('integrity-check')")));

    DemoOptions options;
    options.clients = 40;
    options.tasks = 0;
    options.months = 0;
    REQUIRE(DemoDataGenerator::generate(c, options).ok());
    const QString someName = sql::scalar(c, QStringLiteral("SELECT name FROM organizations ORDER BY id DESC LIMIT 1"))->toString();
    const QString somePerson = sql::scalar(c, QStringLiteral("SELECT full_name FROM persons ORDER BY id LIMIT 1"))->toString();
    CHECK(names(find(c, someName)).contains(someName));
    CHECK(names(find(c, somePerson)).contains(somePerson));
}

TEST_CASE("A paused index that saw more rows go than are left is rebuilt from those left, with the same result", "[search]")
{
    // Undoing a big import deletes most rows: the index is then emptied and rebuilt rather
    // than told of each deleted row.
    test::TestDatabase db;
    const auto c = db.connection();
    OrganizationRepository organizations(c);
    PersonRepository persons(c);
    const qint64 stays = addOrganization(c, QStringLiteral("Остаётся"));
    addPerson(c, QStringLiteral("Пётр Остающийся"), stays);
    std::vector<qint64> going;
    for (int i = 0; i < 5; ++i)
        going.push_back(addOrganization(c, QStringLiteral("Уходящая фирма %1").arg(i)));
    const qint64 leaving = addPerson(c, QStringLiteral("Ушедший Сотрудник"), going.front());
    const qint64 alsoLeaving = addPerson(c, QStringLiteral("Ушедшая Сотрудница"), going.front());
    {
        Transaction transaction(c);
        SearchIndexPause pause(c);
        REQUIRE_FALSE(pause.startError());
        REQUIRE_FALSE(persons.remove(leaving));
        REQUIRE_FALSE(persons.remove(alsoLeaving));
        for (const qint64 id : going)
            REQUIRE_FALSE(organizations.remove(id));
        Organization renamed = *organizations.get(stays);
        renamed.name = QStringLiteral("Осталась");
        REQUIRE_FALSE(organizations.update(renamed));
        addOrganization(c, QStringLiteral("Новая фирма"));
        CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_pending_organizations"))->toInt()
              > sql::scalar(c, QStringLiteral("SELECT count(*) FROM organizations"))->toInt());
        CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_pending_persons"))->toInt()
              > sql::scalar(c, QStringLiteral("SELECT count(*) FROM persons"))->toInt());
        REQUIRE_FALSE(pause.finish());
        REQUIRE_FALSE(transaction.commit());
    }
    CHECK(find(c, QStringLiteral("уходящая")).empty());
    CHECK(find(c, QStringLiteral("ушедш")).empty());
    CHECK(find(c, QStringLiteral("остаётся")).empty());
    REQUIRE(find(c, QStringLiteral("осталась")).size() == 1);
    CHECK(find(c, QStringLiteral("осталась")).front().id == stays);
    CHECK(find(c, QStringLiteral("новая")).size() == 1);
    CHECK(find(c, QStringLiteral("остающийся")).size() == 1);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_pending_organizations"))->toInt() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_pending_persons"))->toInt() == 0);
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO search_organizations (search_organizations) VALUES ('integrity-check')")));
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO search_persons (search_persons) VALUES ('integrity-check')")));
    addOrganization(c, QStringLiteral("Сразу в индекс"));
    CHECK(find(c, QStringLiteral("сразу")).size() == 1);
}

TEST_CASE("Search queries with FTS5 syntax characters are taken literally", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("ООО \"Кавычки\" (AND) *звезда*"));
    for (const char *query : {"\"Кавычки\"", "(AND)", "*звезда*", "NEAR(", "\"", "a\"b", "OR", "-:^"}) {
        INFO(query);
        auto hits = ClientSearch(c).find(QString::fromUtf8(query));
        CHECK(hits.ok());
    }
    CHECK(find(c, QStringLiteral("\"Кавычки\"")).size() == 1);
    CHECK(find(c, QStringLiteral("(and)")).size() == 1);
}

TEST_CASE("Query terms: a phone number becomes its digits without the trunk 8", "[search]")
{
    const auto terms = search::queryTerms(QStringLiteral(" 8 (495) 912-03-13 "));
    REQUIRE(terms.size() == 1);
    CHECK(terms[0].phoneDigits);
    CHECK(terms[0].text == QStringLiteral("4959120313"));
    CHECK(search::queryTerms(QStringLiteral("1234")).at(0).phoneDigits == false); // too short for a phone
    CHECK(search::queryTerms(QStringLiteral("Рога  и Копыта")).size() == 3);
    CHECK(search::indexText({QStringLiteral("北京 大学")}) == QStringLiteral(" 北京 大学  北 京  大 学  "));
}

TEST_CASE("A paused search index catches up with rows inserted, edited and deleted meanwhile", "[search]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    OrganizationRepository organizations(c);
    const qint64 edited = addOrganization(c, QStringLiteral("Прежнее название"));
    const qint64 deleted = addOrganization(c, QStringLiteral("Удаляемая фирма"));
    {
        Transaction transaction(c);
        SearchIndexPause pause(c);
        REQUIRE_FALSE(pause.startError());
        SearchIndexPause inner(c); // a pause inside a pause leaves the catching up to the outer one
        addOrganization(c, QStringLiteral("Новая фирма"));
        Organization renamed = *organizations.get(addOrganization(c, QStringLiteral("Черновик")));
        renamed.name = QStringLiteral("Чистовик"); // new in this pause: indexed once, as it ends
        REQUIRE_FALSE(organizations.update(renamed));
        REQUIRE_FALSE(organizations.remove(addOrganization(c, QStringLiteral("Мимолётная"))));
        Organization organization = *organizations.get(edited);
        organization.name = QStringLiteral("Другое название");
        REQUIRE_FALSE(organizations.update(organization));
        organization.name = QStringLiteral("Третье название"); // edited twice: the index held the first
        REQUIRE_FALSE(organizations.update(organization));
        REQUIRE_FALSE(organizations.remove(deleted));
        REQUIRE_FALSE(inner.finish());
        CHECK(find(c, QStringLiteral("новая")).empty()); // not yet
        REQUIRE_FALSE(pause.finish());
        REQUIRE_FALSE(transaction.commit());
    }
    CHECK(find(c, QStringLiteral("новая")).size() == 1);
    CHECK(find(c, QStringLiteral("прежнее")).empty());
    CHECK(find(c, QStringLiteral("другое")).empty());
    CHECK(find(c, QStringLiteral("третье")).size() == 1);
    CHECK(find(c, QStringLiteral("удаляемая")).empty());
    CHECK(find(c, QStringLiteral("черновик")).empty());
    CHECK(find(c, QStringLiteral("чистовик")).size() == 1);
    CHECK(find(c, QStringLiteral("мимолетная")).empty());
    addOrganization(c, QStringLiteral("Сразу в индекс")); // the insert trigger is back
    CHECK(find(c, QStringLiteral("сразу")).size() == 1);
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM search_pending_organizations"))->toInt() == 0);
    CHECK(sql::scalar(c, QStringLiteral("SELECT suspended FROM search_state"))->toInt() == 0);
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO search_organizations (search_organizations) VALUES ('integrity-check')")));

    // Rolled back: the pause and what it noted vanish with the transaction.
    {
        Transaction transaction(c);
        SearchIndexPause pause(c);
        addOrganization(c, QStringLiteral("Откатится"));
    }
    CHECK(sql::scalar(c, QStringLiteral("SELECT suspended FROM search_state"))->toInt() == 0);
    CHECK(find(c, QStringLiteral("откатится")).empty());
    addOrganization(c, QStringLiteral("После отката"));
    CHECK(find(c, QStringLiteral("после отката")).size() == 1);
}
