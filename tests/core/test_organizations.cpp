#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;

TEST_CASE("An organization is stored with every field and read back", "[organizations]")
{
    test::TestDatabase db;
    OrganizationRepository organizations(db.connection());

    Organization acme;
    acme.name = QStringLiteral("ООО «Ромашка»");
    acme.legalForm = QStringLiteral("ООО");
    acme.inn = QStringLiteral("7707083893");
    acme.kind = Organization::Kind::Partner;
    acme.priority = Organization::Priority::Key;
    acme.priceTerms = QStringLiteral("-5 %");
    acme.deliveryTerms = QStringLiteral("DAP Moscow");
    acme.phones = QStringLiteral("+74951234567, +79161234567");
    acme.email = QStringLiteral("info@romashka.ru");
    acme.website = QStringLiteral("romashka.ru");
    acme.city = QStringLiteral("Москва");
    acme.address = QStringLiteral("ул. Ленина, 1");
    acme.notes = QStringLiteral("line one\nline two");
    acme.abcClass = QStringLiteral("A");
    acme.xyzClass = QStringLiteral("X");
    acme.classComputedOn = QDate(2026, 11, 1);
    REQUIRE_FALSE(organizations.create(acme));
    REQUIRE(acme.id > 0);

    auto read = organizations.get(acme.id);
    REQUIRE(read);
    CHECK(read->name == acme.name);
    CHECK(read->legalForm == acme.legalForm);
    CHECK(read->inn == acme.inn);
    CHECK(read->kind == Organization::Kind::Partner);
    CHECK(read->priority == Organization::Priority::Key);
    CHECK(read->priceTerms == acme.priceTerms);
    CHECK(read->deliveryTerms == acme.deliveryTerms);
    CHECK(read->phones == acme.phones);
    CHECK(read->email == acme.email);
    CHECK(read->website == acme.website);
    CHECK(read->city == acme.city);
    CHECK(read->address == acme.address);
    CHECK(read->notes == acme.notes);
    CHECK(read->abcClass == QStringLiteral("A"));
    CHECK(read->xyzClass == QStringLiteral("X"));
    CHECK(read->classComputedOn == QDate(2026, 11, 1));
    CHECK(read->createdAt.isValid());
    CHECK_FALSE(read->isArchived());

    read->city = QStringLiteral("Казань");
    REQUIRE_FALSE(organizations.update(*read));
    CHECK(organizations.get(acme.id)->city == QStringLiteral("Казань"));
}

TEST_CASE("An organization without a name is refused", "[organizations]")
{
    test::TestDatabase db;
    OrganizationRepository organizations(db.connection());
    Organization nameless;
    nameless.name = QStringLiteral("   ");
    const DatabaseError error = organizations.create(nameless);
    CHECK(error.kind == DatabaseError::Kind::Invalid);
    CHECK(*organizations.count() == 0);
}

TEST_CASE("Archived organizations leave the list but stay in the database", "[organizations]")
{
    test::TestDatabase db;
    OrganizationRepository organizations(db.connection());
    for (const char *name : {"Beta", "alpha", "Gamma"}) {
        Organization o;
        o.name = QString::fromLatin1(name);
        REQUIRE_FALSE(organizations.create(o));
    }
    auto page = organizations.page(0, 10);
    REQUIRE(page);
    REQUIRE(page->size() == 3);
    CHECK(page->at(0).name == QStringLiteral("alpha"));
    CHECK(page->at(2).name == QStringLiteral("Gamma"));

    REQUIRE_FALSE(organizations.archive(page->at(0).id));
    CHECK(*organizations.count() == 2);
    CHECK(*organizations.count(true) == 3);
    REQUIRE_FALSE(organizations.restore(page->at(0).id));
    CHECK(*organizations.count() == 3);
}

TEST_CASE("An organization with a journal or sales is not deleted", "[organizations]")
{
    test::TestDatabase db;
    OrganizationRepository organizations(db.connection());
    Organization client;
    client.name = QStringLiteral("Client with history");
    REQUIRE_FALSE(organizations.create(client));
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO sales (organization_id, sale_date, amount, created_at) "
                                     "VALUES (?, '2026-01-15', 100, '2026-01-15T00:00:00Z')"),
                      {client.id}));

    const DatabaseError error = organizations.remove(client.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 sale")));
    CHECK(organizations.get(client.id));

    Organization empty;
    empty.name = QStringLiteral("No history");
    REQUIRE_FALSE(organizations.create(empty));
    CHECK_FALSE(organizations.remove(empty.id));
    CHECK(organizations.get(empty.id).error().kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("An organization whose contact person has a task of their own is not deleted", "[organizations]")
{
    test::TestDatabase db;
    OrganizationRepository organizations(db.connection());
    Organization client;
    client.name = QStringLiteral("Client");
    REQUIRE_FALSE(organizations.create(client));
    Person contact;
    contact.organizationId = client.id;
    contact.fullName = QStringLiteral("Contact");
    REQUIRE_FALSE(PersonRepository(db.connection()).create(contact));
    User author;
    author.login = QStringLiteral("author");
    author.displayName = QStringLiteral("Author");
    REQUIRE_FALSE(UserRepository(db.connection()).create(author));
    // The task names the person only, not the organization.
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO tasks (subject, type_id, person_id, author_id, created_at, "
                                     "updated_at) VALUES ('Call', 1, ?, ?, '2026-01-01T00:00:00Z', "
                                     "'2026-01-01T00:00:00Z')"),
                      {contact.id, author.id}));

    const DatabaseError error = organizations.remove(client.id);
    INFO(error.message.toStdString());
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 task")));
    CHECK(error.message.contains(QStringLiteral("contact persons")));
    CHECK(organizations.get(client.id));
    CHECK(PersonRepository(db.connection()).get(contact.id));
}
