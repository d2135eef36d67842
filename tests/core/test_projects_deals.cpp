#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"

using namespace kartoteka;

namespace {
qint64 addOrganization(QSqlDatabase db)
{
    Organization organization;
    organization.name = QStringLiteral("Client");
    REQUIRE_FALSE(OrganizationRepository(db).create(organization));
    return organization.id;
}

qint64 addUser(QSqlDatabase db)
{
    User user;
    user.login = user.displayName = QStringLiteral("owner");
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user.id;
}

void addTask(QSqlDatabase db, const char *link, qint64 id, qint64 authorId)
{
    REQUIRE(sql::exec(db,
                      QStringLiteral("INSERT INTO tasks (subject, type_id, %1, author_id, created_at, updated_at) "
                                     "VALUES ('Call', 1, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                          .arg(QLatin1String(link)),
                      {id, authorId}));
}

std::vector<qint64> ids(const auto &list)
{
    REQUIRE(list);
    std::vector<qint64> result;
    for (const auto &value : *list)
        result.push_back(value.id);
    return result;
}
} // namespace

TEST_CASE("Project and deal codes convert both ways", "[projects][deals]")
{
    CHECK(Project::stateFromCode(Project::stateCode(Project::State::Closed)) == Project::State::Closed);
    CHECK(Project::stateCode(Project::State::Active) == QStringLiteral("active"));
    CHECK_FALSE(Project::stateFromCode(QStringLiteral("paused")));
    for (const auto stage : {Deal::Stage::Open, Deal::Stage::Won, Deal::Stage::Lost})
        CHECK(Deal::stageFromCode(Deal::stageCode(stage)) == stage);
    CHECK(Deal::stageCode(Deal::Stage::Won) == QStringLiteral("won"));
    CHECK_FALSE(Deal::stageFromCode(QStringLiteral("pending")));
}

TEST_CASE("A project is stored with every field and read back", "[projects]")
{
    test::TestDatabase db;
    ProjectRepository projects(db.connection());
    Project p;
    p.name = QStringLiteral("Внедрение 1С");
    p.description = QStringLiteral("Phase one\nand two");
    p.organizationId = addOrganization(db.connection());
    p.ownerId = addUser(db.connection());
    p.state = Project::State::Closed;
    p.startDate = QDate(2026, 1, 10);
    p.endDate = QDate(2026, 6, 30);
    REQUIRE_FALSE(projects.create(p));

    auto r = projects.get(p.id);
    REQUIRE(r);
    CHECK(r->name == p.name);
    CHECK(r->description == p.description);
    CHECK(r->organizationId == p.organizationId);
    CHECK(r->ownerId == p.ownerId);
    CHECK(r->state == Project::State::Closed);
    CHECK(r->startDate == QDate(2026, 1, 10));
    CHECK(r->endDate == QDate(2026, 6, 30));
    CHECK(r->createdAt == p.createdAt);
    CHECK(r->createdAt.isValid());

    r->state = Project::State::Active;
    r->ownerId.reset();
    REQUIRE_FALSE(projects.update(*r));
    CHECK(projects.get(p.id)->state == Project::State::Active);
    CHECK_FALSE(projects.get(p.id)->ownerId);
}

TEST_CASE("Invalid projects are refused", "[projects]")
{
    test::TestDatabase db;
    ProjectRepository projects(db.connection());
    Project nameless;
    CHECK(projects.create(nameless).kind == DatabaseError::Kind::Invalid);
    Project backwards;
    backwards.name = QStringLiteral("Backwards");
    backwards.startDate = QDate(2026, 2, 1);
    backwards.endDate = QDate(2026, 1, 31);
    CHECK(projects.create(backwards).kind == DatabaseError::Kind::Invalid);
    Project dangling;
    dangling.name = QStringLiteral("Dangling");
    dangling.organizationId = 9999;
    CHECK(projects.create(dangling).kind == DatabaseError::Kind::Invalid);
    CHECK(projects.list(true)->empty());
}

TEST_CASE("Projects are listed by name, the closed ones only when asked", "[projects]")
{
    test::TestDatabase db;
    ProjectRepository projects(db.connection());
    const qint64 orgId = addOrganization(db.connection());
    Project beta, alpha, closed;
    beta.name = QStringLiteral("Beta");
    beta.organizationId = orgId;
    alpha.name = QStringLiteral("alpha");
    closed.name = QStringLiteral("Closed");
    closed.state = Project::State::Closed;
    closed.organizationId = orgId;
    for (Project *p : {&beta, &alpha, &closed})
        REQUIRE_FALSE(projects.create(*p));

    CHECK(ids(projects.list()) == std::vector<qint64>{alpha.id, beta.id});
    CHECK(ids(projects.list(true)) == std::vector<qint64>{alpha.id, beta.id, closed.id});
    CHECK(ids(projects.listByOrganization(orgId)) == std::vector<qint64>{beta.id, closed.id});
}

TEST_CASE("A project with tasks or deals is not deleted", "[projects]")
{
    test::TestDatabase db;
    ProjectRepository projects(db.connection());
    const qint64 userId = addUser(db.connection());
    Project withTask, withDeal, empty;
    withTask.name = QStringLiteral("With task");
    withDeal.name = QStringLiteral("With deal");
    empty.name = QStringLiteral("Empty");
    for (Project *p : {&withTask, &withDeal, &empty})
        REQUIRE_FALSE(projects.create(*p));
    addTask(db.connection(), "project_id", withTask.id, userId);
    Deal deal;
    deal.name = QStringLiteral("Deal");
    deal.projectId = withDeal.id;
    REQUIRE_FALSE(DealRepository(db.connection()).create(deal));

    DatabaseError error = projects.remove(withTask.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 task")));
    error = projects.remove(withDeal.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 deal")));
    CHECK(projects.get(withTask.id));
    CHECK(projects.get(withDeal.id));

    REQUIRE_FALSE(projects.remove(empty.id));
    CHECK(projects.get(empty.id).error().kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("A deal is stored with every field and read back", "[deals]")
{
    test::TestDatabase db;
    DealRepository deals(db.connection());
    Project project;
    project.name = QStringLiteral("Project");
    REQUIRE_FALSE(ProjectRepository(db.connection()).create(project));
    Deal d;
    d.name = QStringLiteral("Поставка насосов");
    d.organizationId = addOrganization(db.connection());
    d.projectId = project.id;
    d.ownerId = addUser(db.connection());
    d.stage = Deal::Stage::Won;
    d.amount = 1500000.5;
    d.openedOn = QDate(2026, 3, 1);
    d.closedOn = QDate(2026, 4, 15);
    REQUIRE_FALSE(deals.create(d));

    auto r = deals.get(d.id);
    REQUIRE(r);
    CHECK(r->name == d.name);
    CHECK(r->organizationId == d.organizationId);
    CHECK(r->projectId == project.id);
    CHECK(r->ownerId == d.ownerId);
    CHECK(r->stage == Deal::Stage::Won);
    CHECK(r->amount == 1500000.5);
    CHECK(r->openedOn == QDate(2026, 3, 1));
    CHECK(r->closedOn == QDate(2026, 4, 15));
    CHECK(r->createdAt == d.createdAt);

    r->amount.reset();
    r->stage = Deal::Stage::Lost;
    REQUIRE_FALSE(deals.update(*r));
    CHECK_FALSE(deals.get(d.id)->amount);
    CHECK(deals.get(d.id)->stage == Deal::Stage::Lost);
}

TEST_CASE("Invalid deals are refused", "[deals]")
{
    test::TestDatabase db;
    DealRepository deals(db.connection());
    Deal nameless;
    CHECK(deals.create(nameless).kind == DatabaseError::Kind::Invalid);
    Deal negative;
    negative.name = QStringLiteral("Negative");
    negative.amount = -1;
    CHECK(deals.create(negative).kind == DatabaseError::Kind::Invalid);
    Deal backwards;
    backwards.name = QStringLiteral("Backwards");
    backwards.openedOn = QDate(2026, 5, 2);
    backwards.closedOn = QDate(2026, 5, 1);
    CHECK(deals.create(backwards).kind == DatabaseError::Kind::Invalid);
    Deal dangling;
    dangling.name = QStringLiteral("Dangling");
    dangling.projectId = 9999;
    CHECK(deals.create(dangling).kind == DatabaseError::Kind::Invalid);
    CHECK(deals.listByStage(Deal::Stage::Open)->empty());
}

TEST_CASE("Deals are listed by organization, project and stage, newest first", "[deals]")
{
    test::TestDatabase db;
    DealRepository deals(db.connection());
    const qint64 orgId = addOrganization(db.connection());
    Project project;
    project.name = QStringLiteral("Project");
    REQUIRE_FALSE(ProjectRepository(db.connection()).create(project));
    Deal old, recent, elsewhere;
    old.name = QStringLiteral("Old");
    old.organizationId = orgId;
    old.openedOn = QDate(2025, 1, 1);
    old.stage = Deal::Stage::Won;
    recent.name = QStringLiteral("Recent");
    recent.organizationId = orgId;
    recent.projectId = project.id;
    recent.openedOn = QDate(2026, 1, 1);
    elsewhere.name = QStringLiteral("Elsewhere");
    elsewhere.projectId = project.id;
    elsewhere.openedOn = QDate(2025, 6, 1);
    for (Deal *d : {&old, &recent, &elsewhere})
        REQUIRE_FALSE(deals.create(*d));

    CHECK(ids(deals.listByOrganization(orgId)) == std::vector<qint64>{recent.id, old.id});
    CHECK(ids(deals.listByProject(project.id)) == std::vector<qint64>{recent.id, elsewhere.id});
    CHECK(ids(deals.listByStage(Deal::Stage::Open)) == std::vector<qint64>{recent.id, elsewhere.id});
    CHECK(ids(deals.listByStage(Deal::Stage::Won)) == std::vector<qint64>{old.id});
}

TEST_CASE("A deal with tasks or sales is not deleted", "[deals]")
{
    test::TestDatabase db;
    DealRepository deals(db.connection());
    const qint64 orgId = addOrganization(db.connection());
    const qint64 userId = addUser(db.connection());
    Deal withTask, withSale, empty;
    withTask.name = QStringLiteral("With task");
    withSale.name = QStringLiteral("With sale");
    empty.name = QStringLiteral("Empty");
    for (Deal *d : {&withTask, &withSale, &empty})
        REQUIRE_FALSE(deals.create(*d));
    addTask(db.connection(), "deal_id", withTask.id, userId);
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("INSERT INTO sales (organization_id, sale_date, amount, deal_id, created_at) "
                                     "VALUES (?, '2026-01-15', 100, ?, '2026-01-15T00:00:00Z')"),
                      {orgId, withSale.id}));

    DatabaseError error = deals.remove(withTask.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 task")));
    error = deals.remove(withSale.id);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 sale")));

    REQUIRE_FALSE(deals.remove(empty.id));
    CHECK(deals.get(empty.id).error().kind == DatabaseError::Kind::NotFound);
}
