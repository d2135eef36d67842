#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "duplicates/DuplicateFinder.h"
#include "duplicates/OrganizationMerge.h"
#include "sales/SaleRepository.h"
#include "search/ClientSearch.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"

using namespace kartoteka;

namespace {

qint64 addOrganization(const QSqlDatabase &db, const QString &name, const QString &inn = {}, const QString &email = {},
                       const QString &phones = {}, const QString &city = {})
{
    Organization organization;
    organization.name = name;
    organization.inn = inn;
    organization.email = email;
    organization.phones = phones;
    organization.city = city;
    REQUIRE_FALSE(OrganizationRepository(db).create(organization));
    return organization.id;
}

QStringList describe(const std::vector<DuplicatePair> &pairs)
{
    QStringList lines;
    for (const DuplicatePair &pair : pairs)
        lines << QStringLiteral("%1-%2 %3").arg(pair.first).arg(pair.second).arg(duplicateReasonCode(pair.reason));
    return lines;
}

} // namespace

TEST_CASE("Probable duplicates: same INN, e-mail or phone, or nearly the same name in one city", "[duplicates]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 a = addOrganization(c, QStringLiteral("ООО «Вектор»"), QStringLiteral("7707083893"));
    const qint64 b = addOrganization(c, QStringLiteral("Вектор-Плюс"), QStringLiteral("7707083893"),
                                     QStringLiteral("Info@Vector.ru"));
    const qint64 d = addOrganization(c, QStringLiteral("Другое имя"), {}, QStringLiteral("info@vector.ru"));
    const qint64 e = addOrganization(c, QStringLiteral("Телефонная"), {}, {}, QStringLiteral("+74951234567, +79160000000"));
    const qint64 f = addOrganization(c, QStringLiteral("Звонкая"), {}, {}, QStringLiteral("+79160000000"));
    const qint64 g = addOrganization(c, QStringLiteral("Торговый дом Восток"), {}, {}, {}, QStringLiteral("Москва"));
    const qint64 h = addOrganization(c, QStringLiteral("ООО \"Торговый Дом Восток\""), {}, {}, {}, QStringLiteral("москва"));
    const qint64 i = addOrganization(c, QStringLiteral("Торговый дом Васток"), {}, {}, {}, QStringLiteral("Москва"));
    addOrganization(c, QStringLiteral("Торговый дом Восток"), {}, {}, {}, QStringLiteral("Казань")); // another city
    addOrganization(c, QStringLiteral("Кот"), {}, {}, {}, QStringLiteral("Тула"));
    addOrganization(c, QStringLiteral("Кит"), {}, {}, {}, QStringLiteral("Тула")); // short names: one letter is another word
    const qint64 archived = addOrganization(c, QStringLiteral("Архивный"), QStringLiteral("7707083893"));
    REQUIRE_FALSE(OrganizationRepository(c).archive(archived));

    auto found = DuplicateFinder::find(c);
    REQUIRE(found.ok());
    const QStringList lines = describe(*found);
    CHECK(lines.contains(QStringLiteral("%1-%2 inn").arg(a).arg(b)));
    CHECK(lines.contains(QStringLiteral("%1-%2 email").arg(b).arg(d))); // any case
    CHECK(lines.contains(QStringLiteral("%1-%2 phone").arg(e).arg(f)));
    CHECK(lines.contains(QStringLiteral("%1-%2 name").arg(g).arg(h))); // legal form and quotes aside
    CHECK(lines.contains(QStringLiteral("%1-%2 name").arg(g).arg(i))); // one letter apart
    CHECK(lines.size() == 6); // Kazan's, Кот/Кит and the archived one are no pairs
    CHECK(found->front().reason == DuplicatePair::Reason::SameInn); // strongest first
    CHECK(found->front().detail == QStringLiteral("7707083893"));
}

TEST_CASE("Merging moves everything to the kept organization, and undo restores both", "[duplicates]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    User user;
    user.login = QStringLiteral("anna");
    user.displayName = QStringLiteral("Anna");
    REQUIRE_FALSE(UserRepository(c).create(user));
    CustomField industry;
    industry.label = QStringLiteral("Отрасль");
    CustomField region;
    region.label = QStringLiteral("Регион");
    CustomFieldRepository fields(c);
    REQUIRE_FALSE(fields.create(industry));
    REQUIRE_FALSE(fields.create(region));

    Organization keptOrg;
    keptOrg.name = QStringLiteral("Вектор");
    keptOrg.phones = QStringLiteral("+74951234567");
    keptOrg.notes = QStringLiteral("Старый клиент");
    keptOrg.city = QStringLiteral("Москва");
    REQUIRE_FALSE(OrganizationRepository(c).create(keptOrg));
    const qint64 kept = keptOrg.id;
    Organization droppedOrg;
    droppedOrg.name = QStringLiteral("ООО «Вектор»");
    droppedOrg.inn = QStringLiteral("7707083893");
    droppedOrg.phones = QStringLiteral("+74951234567, +79161112233");
    droppedOrg.notes = QStringLiteral("Оплата по факту");
    droppedOrg.city = QStringLiteral("Химки");
    droppedOrg.email = QStringLiteral("info@vector.ru");
    REQUIRE_FALSE(OrganizationRepository(c).create(droppedOrg));
    const qint64 dropped = droppedOrg.id;
    REQUIRE_FALSE(fields.setValue(industry.id, kept, QStringLiteral("Торговля")));
    REQUIRE_FALSE(fields.setValue(industry.id, dropped, QStringLiteral("Производство")));
    REQUIRE_FALSE(fields.setValue(region.id, dropped, QStringLiteral("МО")));

    Person person;
    person.fullName = QStringLiteral("Орлов Пётр");
    person.organizationId = dropped;
    REQUIRE_FALSE(PersonRepository(c).create(person));
    Task task;
    task.subject = QStringLiteral("Звонок");
    task.typeId = 1;
    task.authorId = user.id;
    task.organizationId = dropped;
    REQUIRE_FALSE(TaskRepository(c).create(task));
    Sale sale;
    sale.organizationId = dropped;
    sale.date = QDate(2026, 3, 1);
    sale.amount = 500;
    REQUIRE_FALSE(SaleRepository(c).create(sale));
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO segment_snapshots (computed_at, period_from, period_to, metric, granularity, "
                                        "abc_a, abc_b, xyz_x, xyz_y, total, client_count, lost_count) "
                                        "VALUES ('2026-04-01T00:00:00Z', '2026-01', '2026-03', 'revenue', 'month', 80, 95, 10, 25, 500, 1, 0)")));
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO segment_snapshot_clients VALUES (1, ?, 1, 500, 100, 100, NULL, 'A', 'new')"),
                      {dropped}));

    const auto count = [&](const QString &statement, const QVariantList &values = {}) {
        return sql::scalar(c, statement, values)->toLongLong();
    };
    const auto orgOf = [&](const char *table, qint64 id) {
        return count(QStringLiteral("SELECT organization_id FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
    };

    auto merged = OrganizationMerge::merge(c, kept, dropped);
    REQUIRE(merged.ok());
    const Organization after = *OrganizationRepository(c).get(kept);
    CHECK(after.inn == QStringLiteral("7707083893"));      // empty: filled
    CHECK(after.email == QStringLiteral("info@vector.ru"));
    CHECK(after.city == QStringLiteral("Москва"));          // its own: kept
    CHECK(after.phones == QStringLiteral("+74951234567, +79161112233")); // joined without repeats
    CHECK(after.notes == QStringLiteral("Старый клиент\nОплата по факту"));
    CHECK(orgOf("persons", person.id) == kept);
    CHECK(orgOf("tasks", task.id) == kept);
    CHECK(orgOf("sales", sale.id) == kept);
    CHECK(count(QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"), {dropped}) == 0);
    CHECK(*fields.value(industry.id, kept) == QStringLiteral("Торговля")); // its own value stays
    CHECK(*fields.value(region.id, kept) == QStringLiteral("МО"));         // the missing one comes over
    CHECK(count(QStringLiteral("SELECT sum(amount_cents) FROM sales_months WHERE organization_id = ?"), {kept}) == 50000);
    CHECK(ClientSearch(c).find(QStringLiteral("79161112233"))->front().id == kept);

    const DatabaseError undone = OrganizationMerge::undo(c, *merged);
    INFO(undone.message.toStdString());
    REQUIRE_FALSE(undone);
    const Organization restoredKept = *OrganizationRepository(c).get(kept);
    CHECK(restoredKept.inn.isEmpty());
    CHECK(restoredKept.email.isEmpty());
    CHECK(restoredKept.phones == QStringLiteral("+74951234567"));
    CHECK(restoredKept.notes == QStringLiteral("Старый клиент"));
    const Organization restored = *OrganizationRepository(c).get(dropped);
    CHECK(restored.name == QStringLiteral("ООО «Вектор»"));
    CHECK(restored.city == QStringLiteral("Химки"));
    CHECK(orgOf("persons", person.id) == dropped);
    CHECK(orgOf("tasks", task.id) == dropped);
    CHECK(orgOf("sales", sale.id) == dropped);
    CHECK(*fields.value(industry.id, dropped) == QStringLiteral("Производство"));
    CHECK(*fields.value(region.id, dropped) == QStringLiteral("МО"));
    CHECK_FALSE(fields.value(region.id, kept)->size() > 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM segment_snapshot_clients WHERE organization_id = ?"), {dropped}) == 1);
    CHECK(count(QStringLiteral("SELECT sum(amount_cents) FROM sales_months WHERE organization_id = ?"), {dropped}) == 50000);
    CHECK(ClientSearch(c).find(QStringLiteral("Химки"))->front().id == dropped);

    CHECK(OrganizationMerge::undo(c, *merged).kind == DatabaseError::Kind::Refused);
    CHECK(OrganizationMerge::merge(c, kept, kept).error().kind == DatabaseError::Kind::Invalid);
    CHECK(OrganizationMerge::merge(c, kept, 999).error().kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("A limit keeps the strongest pairs", "[duplicates]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("Одна"), QStringLiteral("7707083893"), {}, {}, QStringLiteral("Тула"));
    addOrganization(c, QStringLiteral("Другая"), QStringLiteral("7707083893"), {}, {}, QStringLiteral("Тула"));
    addOrganization(c, QStringLiteral("Торговый дом"), {}, {}, {}, QStringLiteral("Тула"));
    addOrganization(c, QStringLiteral("Торговый дом"), {}, {}, {}, QStringLiteral("Тула"));
    CHECK(DuplicateFinder::find(c)->size() == 2);
    auto limited = DuplicateFinder::find(c, 1);
    REQUIRE(limited->size() == 1);
    CHECK(limited->front().reason == DuplicatePair::Reason::SameInn);
}
