#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;
using test::addOrganization;

namespace {
CustomField field(CustomField::Entity entity, const QString &label, CustomField::Type type)
{
    CustomField f;
    f.entity = entity;
    f.label = label;
    f.type = type;
    return f;
}
} // namespace

TEST_CASE("Custom field codes convert both ways", "[custom fields]")
{
    for (const auto type : {CustomField::Type::Text, CustomField::Type::Number, CustomField::Type::Date,
                            CustomField::Type::Bool, CustomField::Type::Choice})
        CHECK(CustomField::typeFromCode(CustomField::typeCode(type)) == type);
    CHECK(CustomField::entityCode(CustomField::Entity::Person) == QStringLiteral("person"));
    CHECK(CustomField::entityFromCode(QStringLiteral("organization")) == CustomField::Entity::Organization);
    CHECK_FALSE(CustomField::typeFromCode(QStringLiteral("money")));
}

TEST_CASE("A custom field is stored with its choices and listed in form order", "[custom fields]")
{
    test::TestDatabase db;
    CustomFieldRepository fields(db.connection());
    CustomField region = field(CustomField::Entity::Organization, QStringLiteral("Регион"), CustomField::Type::Choice);
    region.choices = {QStringLiteral("Север, дальний"), QStringLiteral("Юг \"жаркий\""), QStringLiteral("中部")};
    region.sortOrder = 2;
    REQUIRE_FALSE(fields.create(region));
    CustomField since =
        field(CustomField::Entity::Organization, QStringLiteral("Client since"), CustomField::Type::Date);
    since.sortOrder = 1;
    REQUIRE_FALSE(fields.create(since));
    CustomField hobby = field(CustomField::Entity::Person, QStringLiteral("Hobby"), CustomField::Type::Text);
    REQUIRE_FALSE(fields.create(hobby));

    auto read = fields.get(region.id);
    REQUIRE(read);
    CHECK(read->entity == CustomField::Entity::Organization);
    CHECK(read->label == QStringLiteral("Регион"));
    CHECK(read->type == CustomField::Type::Choice);
    CHECK(read->choices == region.choices);
    CHECK(read->sortOrder == 2);

    auto list = fields.list(CustomField::Entity::Organization);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == since.id);
    CHECK(list->at(1).id == region.id);
    REQUIRE(fields.list(CustomField::Entity::Person)->size() == 1);

    read->label = QStringLiteral("Region");
    read->choices.append(QStringLiteral("West"));
    REQUIRE_FALSE(fields.update(*read));
    CHECK(fields.get(region.id)->choices.size() == 4);
    CHECK(fields.get(region.id)->label == QStringLiteral("Region"));
}

TEST_CASE("Custom field definitions are validated", "[custom fields]")
{
    test::TestDatabase db;
    CustomFieldRepository fields(db.connection());
    CustomField unlabeled = field(CustomField::Entity::Person, QStringLiteral(" "), CustomField::Type::Text);
    CHECK(fields.create(unlabeled).kind == DatabaseError::Kind::Invalid);
    CustomField noChoices = field(CustomField::Entity::Person, QStringLiteral("Size"), CustomField::Type::Choice);
    CHECK(fields.create(noChoices).kind == DatabaseError::Kind::Invalid);

    CustomField city = field(CustomField::Entity::Person, QStringLiteral("Город"), CustomField::Type::Text);
    REQUIRE_FALSE(fields.create(city));
    CustomField sameInOtherCase = field(CustomField::Entity::Person, QStringLiteral("ГОРОД"), CustomField::Type::Text);
    CHECK(fields.create(sameInOtherCase).kind == DatabaseError::Kind::Invalid);
    CustomField sameForOrganizations =
        field(CustomField::Entity::Organization, QStringLiteral("Город"), CustomField::Type::Text);
    CHECK_FALSE(fields.create(sameForOrganizations));

    CustomField moved = city;
    moved.entity = CustomField::Entity::Organization;
    CHECK(fields.update(moved).kind == DatabaseError::Kind::Invalid);
}

TEST_CASE("Custom values are set, replaced, read and removed per entity", "[custom fields]")
{
    test::TestDatabase db;
    CustomFieldRepository fields(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Org"));
    Person person;
    person.organizationId = orgId;
    person.fullName = QStringLiteral("Person");
    REQUIRE_FALSE(PersonRepository(db.connection()).create(person));

    CustomField staff = field(CustomField::Entity::Organization, QStringLiteral("Staff"), CustomField::Type::Number);
    CustomField vip = field(CustomField::Entity::Organization, QStringLiteral("VIP"), CustomField::Type::Bool);
    CustomField hobby = field(CustomField::Entity::Person, QStringLiteral("Hobby"), CustomField::Type::Text);
    for (CustomField *f : {&staff, &vip, &hobby})
        REQUIRE_FALSE(fields.create(*f));

    REQUIRE_FALSE(fields.setValue(staff.id, orgId, QStringLiteral("120")));
    REQUIRE_FALSE(fields.setValue(staff.id, orgId, QStringLiteral("125.5")));
    REQUIRE_FALSE(fields.setValue(vip.id, orgId, QStringLiteral("1")));
    REQUIRE_FALSE(fields.setValue(hobby.id, person.id, QStringLiteral("шахматы")));
    CHECK(*fields.value(staff.id, orgId) == QStringLiteral("125.5"));

    auto values = fields.valuesFor(CustomField::Entity::Organization, orgId);
    REQUIRE(values);
    CHECK(values->size() == 2);
    CHECK(values->value(QStringLiteral("Staff")) == QStringLiteral("125.5"));
    CHECK(values->value(QStringLiteral("VIP")) == QStringLiteral("1"));
    // Person and organization ids overlap; each entity sees only its own fields.
    auto personValues = fields.valuesFor(CustomField::Entity::Person, person.id);
    REQUIRE(personValues);
    CHECK(personValues->size() == 1);
    CHECK(personValues->value(QStringLiteral("Hobby")) == QStringLiteral("шахматы"));

    REQUIRE_FALSE(fields.removeValue(vip.id, orgId));
    CHECK(fields.value(vip.id, orgId)->isEmpty());
    REQUIRE_FALSE(fields.setValue(staff.id, orgId, QString()));
    CHECK(fields.valuesFor(CustomField::Entity::Organization, orgId)->isEmpty());
}

TEST_CASE("Custom values must fit the field's type and an existing entity", "[custom fields]")
{
    test::TestDatabase db;
    CustomFieldRepository fields(db.connection());
    const qint64 orgId = addOrganization(db.connection(), QStringLiteral("Org"));
    CustomField number = field(CustomField::Entity::Organization, QStringLiteral("N"), CustomField::Type::Number);
    CustomField date = field(CustomField::Entity::Organization, QStringLiteral("D"), CustomField::Type::Date);
    CustomField flag = field(CustomField::Entity::Organization, QStringLiteral("B"), CustomField::Type::Bool);
    CustomField choice = field(CustomField::Entity::Organization, QStringLiteral("C"), CustomField::Type::Choice);
    choice.choices = {QStringLiteral("red"), QStringLiteral("green")};
    CustomField onPersons = field(CustomField::Entity::Person, QStringLiteral("P"), CustomField::Type::Text);
    for (CustomField *f : {&number, &date, &flag, &choice, &onPersons})
        REQUIRE_FALSE(fields.create(*f));

    const auto invalid = [&](qint64 fieldId, qint64 entityId, const char *value) {
        return fields.setValue(fieldId, entityId, QString::fromUtf8(value)).kind == DatabaseError::Kind::Invalid;
    };
    CHECK(invalid(number.id, orgId, "12,5"));
    CHECK(invalid(number.id, orgId, "many"));
    CHECK(invalid(date.id, orgId, "31.12.2026"));
    CHECK(invalid(date.id, orgId, "2026-02-30"));
    CHECK(invalid(flag.id, orgId, "yes"));
    CHECK(invalid(choice.id, orgId, "blue"));
    CHECK(invalid(number.id, orgId + 1, "1"));     // no such organization
    CHECK(invalid(onPersons.id, orgId, "text"));   // no person with that id
    CHECK(fields.setValue(9999, orgId, QStringLiteral("x")).kind == DatabaseError::Kind::NotFound);
    CHECK(fields.valuesFor(CustomField::Entity::Organization, orgId)->isEmpty());

    CHECK_FALSE(fields.setValue(number.id, orgId, QStringLiteral("-3e2")));
    CHECK_FALSE(fields.setValue(date.id, orgId, QStringLiteral("2026-12-31")));
    CHECK_FALSE(fields.setValue(flag.id, orgId, QStringLiteral("0")));
    CHECK_FALSE(fields.setValue(choice.id, orgId, QStringLiteral("green")));
    CHECK(fields.valuesFor(CustomField::Entity::Organization, orgId)->size() == 4);

    // A type change would strand the stored values.
    CustomField retyped = number;
    retyped.type = CustomField::Type::Text;
    CHECK(fields.update(retyped).kind == DatabaseError::Kind::Refused);
}

TEST_CASE("Deleting a field or its organization deletes its values", "[custom fields]")
{
    test::TestDatabase db;
    CustomFieldRepository fields(db.connection());
    OrganizationRepository organizations(db.connection());
    const qint64 first = addOrganization(db.connection(), QStringLiteral("First"));
    const qint64 second = addOrganization(db.connection(), QStringLiteral("Second"));
    CustomField a = field(CustomField::Entity::Organization, QStringLiteral("A"), CustomField::Type::Text);
    CustomField b = field(CustomField::Entity::Organization, QStringLiteral("B"), CustomField::Type::Text);
    REQUIRE_FALSE(fields.create(a));
    REQUIRE_FALSE(fields.create(b));
    for (const qint64 org : {first, second}) {
        REQUIRE_FALSE(fields.setValue(a.id, org, QStringLiteral("a")));
        REQUIRE_FALSE(fields.setValue(b.id, org, QStringLiteral("b")));
    }

    REQUIRE_FALSE(fields.remove(a.id));
    CHECK(fields.get(a.id).error().kind == DatabaseError::Kind::NotFound);
    CHECK(fields.valuesFor(CustomField::Entity::Organization, first)->keys() == QStringList{QStringLiteral("B")});

    REQUIRE_FALSE(organizations.remove(first));
    CHECK(fields.valuesFor(CustomField::Entity::Organization, first)->isEmpty());
    CHECK(fields.valuesFor(CustomField::Entity::Organization, second)->size() == 1);
}
