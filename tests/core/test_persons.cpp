#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonListQuery.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;
using test::addOrganization;

namespace {
Person contact(qint64 organizationId, const QString &name)
{
    Person person;
    person.organizationId = organizationId;
    person.fullName = name;
    return person;
}
} // namespace

TEST_CASE("A person is stored with every field and read back", "[persons]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Ромашка"));
    REQUIRE(sql::exec(db.connection(), QStringLiteral("INSERT INTO import_batches (kind, file_path, started_at) "
                                                      "VALUES ('vcard', 'a.vcf', '2026-01-01T00:00:00Z')")));

    Person ivan = contact(orgId, QStringLiteral("Иванов Иван Иванович"));
    ivan.position = QStringLiteral("Главный инженер");
    ivan.phones = QStringLiteral("+74951234567, +79161234567");
    ivan.emails = QStringLiteral("ivan@romashka.ru, i@example.org");
    ivan.birthday = QDate(1980, 2, 29);
    ivan.notes = QStringLiteral("Prefers calls\nafter 10:00");
    ivan.importBatchId = 1;
    REQUIRE_FALSE(persons.create(ivan));
    REQUIRE(ivan.id > 0);

    auto read = persons.get(ivan.id);
    REQUIRE(read);
    CHECK(read->organizationId == orgId);
    CHECK_FALSE(read->isStaff);
    CHECK_FALSE(read->userId);
    CHECK(read->fullName == ivan.fullName);
    CHECK(read->position == ivan.position);
    CHECK(read->phones == ivan.phones);
    CHECK(read->emails == ivan.emails);
    CHECK(read->birthday == QDate(1980, 2, 29));
    CHECK(read->notes == ivan.notes);
    CHECK(read->createdAt == ivan.createdAt);
    CHECK(read->updatedAt.isValid());
    CHECK_FALSE(read->isArchived());
    CHECK(read->importBatchId == 1);

    read->position = QStringLiteral("Директор");
    REQUIRE_FALSE(persons.update(*read));
    CHECK(persons.get(ivan.id)->position == QStringLiteral("Директор"));
}

TEST_CASE("Staff members have no organization and may be program users", "[persons]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    User user;
    user.login = QStringLiteral("petrova");
    user.displayName = QStringLiteral("Петрова А.");
    REQUIRE_FALSE(UserRepository(db.connection()).create(user));

    Person staff;
    staff.isStaff = true;
    staff.userId = user.id;
    staff.fullName = QStringLiteral("Петрова Анна");
    REQUIRE_FALSE(persons.create(staff));
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Client"));
    Person client = contact(orgId, QStringLiteral("Client contact"));
    REQUIRE_FALSE(persons.create(client));

    auto list = persons.listStaff();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == staff.id);
    CHECK(list->front().userId == user.id);
    CHECK_FALSE(list->front().organizationId);

    Person staffOfClient = staff;
    staffOfClient.id = 0;
    staffOfClient.organizationId = orgId;
    CHECK(persons.create(staffOfClient).kind == DatabaseError::Kind::Invalid);
    Person nobodys;
    nobodys.fullName = QStringLiteral("Nobody's contact");
    CHECK(persons.create(nobodys).kind == DatabaseError::Kind::Invalid);
}

TEST_CASE("A person without a name or with a missing organization is refused", "[persons]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Org"));
    Person nameless = contact(orgId, QStringLiteral("  "));
    CHECK(persons.create(nameless).kind == DatabaseError::Kind::Invalid);

    Person orphan = contact(orgId + 100, QStringLiteral("Orphan"));
    const DatabaseError error = persons.create(orphan);
    CHECK(error.kind == DatabaseError::Kind::Invalid);
    CHECK(orphan.id == 0);
    CHECK(persons.listByOrganization(orgId)->empty());
}

TEST_CASE("The persons of an organization are listed by name without the archived", "[persons]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Org"));
    const qint64 otherId = addOrganization(db.connection(), QStringLiteral("Other"));
    std::vector<qint64> ids;
    for (const char *name : {"Smith", "adams", "Brown"}) {
        Person person = contact(orgId, QString::fromLatin1(name));
        REQUIRE_FALSE(persons.create(person));
        ids.push_back(person.id);
    }
    Person elsewhere = contact(otherId, QStringLiteral("Elsewhere"));
    REQUIRE_FALSE(persons.create(elsewhere));

    auto list = persons.listByOrganization(orgId);
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).fullName == QStringLiteral("adams"));
    CHECK(list->at(1).fullName == QStringLiteral("Brown"));
    CHECK(list->at(2).fullName == QStringLiteral("Smith"));

    REQUIRE_FALSE(persons.archive(ids[0]));
    CHECK(persons.get(ids[0])->isArchived());
    CHECK(persons.listByOrganization(orgId)->size() == 2);
    CHECK(persons.listByOrganization(orgId, true)->size() == 3);
    REQUIRE_FALSE(persons.restore(ids[0]));
    CHECK(persons.listByOrganization(orgId)->size() == 3);
    CHECK(persons.archive(9999).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("A person with tasks is not deleted, one without goes with their custom values", "[persons]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Org"));
    User author;
    author.login = QStringLiteral("author");
    author.displayName = QStringLiteral("Author");
    REQUIRE_FALSE(UserRepository(db.connection()).create(author));
    Person busy = contact(orgId, QStringLiteral("Busy"));
    REQUIRE_FALSE(persons.create(busy));
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO tasks (subject, type_id, person_id, author_id, created_at, "
                                     "updated_at) VALUES ('Call', 1, ?, ?, '2026-01-01T00:00:00Z', "
                                     "'2026-01-01T00:00:00Z')"),
                      {busy.id, author.id}));

    const DatabaseError error = persons.remove(busy.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 task")));
    CHECK(persons.get(busy.id));

    Person idle = contact(orgId, QStringLiteral("Idle"));
    REQUIRE_FALSE(persons.create(idle));
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO custom_fields (entity, label) VALUES ('person', 'Hobby')")));
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (1, ?, 'chess')"),
                      {idle.id}));
    REQUIRE_FALSE(persons.remove(idle.id));
    CHECK(persons.get(idle.id).error().kind == DatabaseError::Kind::NotFound);
    CHECK(sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM custom_values"))->toInt() == 0);
}

TEST_CASE("Deleting an organization or a person drops its own custom values, not another kind's of the same id", "[persons]")
{
    test::TestDatabase db;
    const QSqlDatabase c = db.connection();
    OrganizationRepository organizations(c);
    PersonRepository persons(c);
    Organization org;
    org.name = QStringLiteral("ООО Тест");
    REQUIRE_FALSE(organizations.create(org));
    Person staff;
    staff.fullName = QStringLiteral("Свой Сотрудник");
    staff.isStaff = true;
    REQUIRE_FALSE(persons.create(staff));
    REQUIRE(org.id == staff.id); // the same number in two tables
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO custom_fields (id, entity, label) VALUES (1, 'organization', 'Отрасль'), "
                                        "(2, 'person', 'Хобби')")));
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO custom_values (field_id, entity_id, value) VALUES (1, ?, 'торговля'), "
                                        "(2, ?, 'шахматы')"),
                      {org.id, staff.id}));
    REQUIRE_FALSE(organizations.remove(org.id));
    CHECK(sql::scalar(c, QStringLiteral("SELECT group_concat(value) FROM custom_values"))->toString() == QStringLiteral("шахматы"));
    REQUIRE_FALSE(persons.remove(staff.id));
    CHECK(sql::scalar(c, QStringLiteral("SELECT count(*) FROM custom_values"))->toInt() == 0);
}

TEST_CASE("The persons list reads by name a page at a time, filtered by group and archive", "[persons][list]")
{
    test::TestDatabase db;
    PersonRepository persons(db.connection());
    const qint64 acme = addOrganization(db.connection(), QStringLiteral("Acme"));
    for (const char *name : {"carol", "Alice", "bob", "Bob", "dave"}) {
        Person person = contact(acme, QString::fromLatin1(name));
        REQUIRE_FALSE(persons.create(person));
    }
    Person staff;
    staff.isStaff = true;
    staff.fullName = QStringLiteral("Anna (ours)");
    staff.phones = QStringLiteral("+74951234567");
    REQUIRE_FALSE(persons.create(staff));
    Person gone = contact(acme, QStringLiteral("Eve"));
    REQUIRE_FALSE(persons.create(gone));
    REQUIRE_FALSE(persons.archive(gone.id));

    const auto names = [](const std::vector<PersonListRow> &rows) {
        QStringList result;
        for (const PersonListRow &row : rows)
            result.append(row.fullName);
        return result;
    };
    PersonListQuery everyone(db.connection());
    CHECK(*everyone.count() == 6);
    auto first = everyone.after(nullptr, 3);
    REQUIRE(first);
    CHECK(names(*first) == QStringList{QStringLiteral("Alice"), QStringLiteral("Anna (ours)"), QStringLiteral("bob")});
    CHECK(first->at(0).organization == QStringLiteral("Acme"));
    CHECK(first->at(1).organization.isEmpty());
    CHECK(first->at(1).isStaff);
    CHECK(first->at(1).phones == QStringLiteral("+74951234567"));
    // Equal names (letter case aside) continue by id: nothing is skipped or read twice.
    auto next = everyone.after(&first->back(), 3);
    REQUIRE(next);
    CHECK(names(*next) == QStringList{QStringLiteral("Bob"), QStringLiteral("carol"), QStringLiteral("dave")});
    CHECK(everyone.after(&next->back(), 3)->empty());

    PersonListFilter staffFilter;
    staffFilter.group = PersonListFilter::Group::Staff;
    PersonListQuery staffOnly(db.connection(), staffFilter);
    CHECK(names(*staffOnly.after(nullptr, 10)) == QStringList{QStringLiteral("Anna (ours)")});
    PersonListFilter contactsFilter;
    contactsFilter.group = PersonListFilter::Group::ContactPersons;
    contactsFilter.includeArchived = true;
    PersonListQuery contacts(db.connection(), contactsFilter);
    CHECK(*contacts.count() == 6);
    auto withArchived = contacts.after(nullptr, 10);
    CHECK(withArchived->back().fullName == QStringLiteral("Eve"));

    // A custom value narrows the list; the values most used are offered first.
    CustomFieldRepository fields(db.connection());
    CustomField hobby;
    hobby.entity = CustomField::Entity::Person;
    hobby.label = QStringLiteral("Hobby");
    REQUIRE_FALSE(fields.create(hobby));
    REQUIRE_FALSE(fields.setValue(hobby.id, first->at(0).id, QStringLiteral("chess")));
    REQUIRE_FALSE(fields.setValue(hobby.id, next->at(0).id, QStringLiteral("chess")));
    REQUIRE_FALSE(fields.setValue(hobby.id, next->at(1).id, QStringLiteral("golf")));
    PersonListFilter chessFilter;
    chessFilter.customValues = {{hobby.id, QStringLiteral("chess")}};
    PersonListQuery chessPlayers(db.connection(), chessFilter);
    CHECK(*chessPlayers.count() == 2);
    CHECK(names(*chessPlayers.after(nullptr, 10)) == QStringList{QStringLiteral("Alice"), QStringLiteral("Bob")});
    CHECK(fields.commonValues({hobby}, 10)->value(hobby.id) == QStringList{QStringLiteral("chess"), QStringLiteral("golf")});
    CHECK(fields.commonValues({hobby}, 1)->value(hobby.id) == QStringList{QStringLiteral("chess")});
    CHECK(withArchived->back().archived);
}
