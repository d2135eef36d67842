#include "DomainFixtures.h"
#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/ProjectRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskReport.h"
#include "tasks/TaskReportCsv.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

using namespace kartoteka;

namespace {

// November 2026 in local time, as the report's days are local days.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute));
}

// Three users, two organizations, a project and these tasks (hours are planned / actual):
//   T1 ann call    Alpha done      2 Nov 10–12 (2 h)  actual 10:00–11:30 (1.5 h) 100.00  on time
//   T2 ann meeting Beta  done      3 Nov  9–10 (1 h)  actual  9:00–11:00 (2 h)    50.50  late
//   T3 ann call    Alpha planned   5 Nov 14:00–14:30 (0.5 h)                              overdue
//   T4 bob call    Alpha progress 25 Nov  9–13 (4 h)  actual start only, high importance, controller sue
//   T5 bob meeting —     cancelled 10 Nov  9–10 (1 h)  authored by bob
//   T6 —   call    Beta  postponed 12 Nov  9:00, no end                                   overdue
//   T7 ann call    Alpha done     15 Nov  9:00, no end actual 8:00–8:45 (0.75 h)        on time, project
//   T8 ann call    Alpha planned  20 Oct (outside the period)
//   T9 sue call    —     planned   6 Nov  9–11 (2 h), personal, by sue                    overdue
//   T10 ann call   Alpha planned  unscheduled
// "Now" is 20 Nov 12:00.
struct World
{
    test::TestDatabase db;
    qint64 ann = 0, bob = 0, sue = 0;
    qint64 call = 0, meeting = 0;
    qint64 alpha = 0, beta = 0;
    qint64 project = 0;

    World()
    {
        UserRepository users(db.connection());
        for (auto [id, login, name, role] :
             {std::tuple{&ann, "ann", "Ann Petrova", User::Role::Manager}, std::tuple{&bob, "bob", "Bob", User::Role::Manager},
              std::tuple{&sue, "sue", "Sue", User::Role::Supervisor}}) {
            User user;
            user.login = QString::fromLatin1(login);
            user.displayName = QString::fromLatin1(name);
            user.role = role;
            REQUIRE_FALSE(users.create(user));
            *id = user.id;
        }
        TaskTypeRepository types(db.connection());
        call = types.findByCode(QStringLiteral("call"))->id;
        meeting = types.findByCode(QStringLiteral("meeting"))->id;
        OrganizationRepository organizations(db.connection());
        for (auto [id, name] : {std::pair{&alpha, "Alpha"}, std::pair{&beta, "Beta"}}) {
            Organization organization;
            organization.name = QString::fromLatin1(name);
            REQUIRE_FALSE(organizations.create(organization));
            *id = organization.id;
        }
        Project p;
        p.name = QStringLiteral("Launch");
        REQUIRE_FALSE(ProjectRepository(db.connection()).create(p));
        project = p.id;

        add(ann, call, alpha, Task::State::Done, at(2, 10), at(2, 12), at(2, 10), at(2, 11, 30), 100);
        add(ann, meeting, beta, Task::State::Done, at(3, 9), at(3, 10), at(3, 9), at(3, 11), 50.5);
        add(ann, call, alpha, Task::State::Planned, at(5, 14), at(5, 14, 30));
        Task t4 = make(bob, call, alpha, Task::State::InProgress, at(25, 9), at(25, 13), at(25, 9), {});
        t4.importance = Task::Importance::High;
        t4.controllerId = sue;
        store(t4);
        Task t5 = make(bob, meeting, std::nullopt, Task::State::Cancelled, at(10, 9), at(10, 10));
        t5.authorId = bob;
        store(t5);
        add(std::nullopt, call, beta, Task::State::Postponed, at(12, 9), {});
        Task t7 = make(ann, call, alpha, Task::State::Done, at(15, 9), {}, at(15, 8), at(15, 8, 45));
        t7.projectId = project;
        store(t7);
        add(ann, call, alpha, Task::State::Planned, QDateTime(QDate(2026, 10, 20), QTime(9, 0)), {});
        Task t9 = make(sue, call, std::nullopt, Task::State::Planned, at(6, 9), at(6, 11));
        t9.authorId = sue;
        t9.personal = true;
        store(t9);
        add(ann, call, alpha, Task::State::Planned, {}, {});
    }

    Task make(std::optional<qint64> assignee, qint64 type, std::optional<qint64> organization, Task::State state,
              const QDateTime &start, const QDateTime &end, const QDateTime &actualStart = {},
              const QDateTime &actualEnd = {}, double expenses = 0) const
    {
        Task t = test::reportTask(assignee, type, organization, state, start, end, actualStart, actualEnd, expenses);
        t.authorId = ann;
        return t;
    }

    void store(Task t)
    {
        const DatabaseError error = TaskRepository(db.connection()).create(t);
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
    }

    void add(std::optional<qint64> assignee, qint64 type, std::optional<qint64> organization, Task::State state,
             const QDateTime &start, const QDateTime &end, const QDateTime &actualStart = {},
             const QDateTime &actualEnd = {}, double expenses = 0)
    {
        store(make(assignee, type, organization, state, start, end, actualStart, actualEnd, expenses));
    }

    static TaskReportParameters november(TaskReportGrouping grouping = TaskReportGrouping::User)
    {
        TaskReportParameters p;
        p.filter.from = at(1, 0);
        p.filter.to = QDateTime(QDate(2026, 12, 1), QTime(0, 0));
        p.grouping = grouping;
        p.now = at(20, 12);
        return p;
    }

    TaskReportResult run(const TaskReportParameters &parameters, TaskViewer viewer = TaskViewer::everything())
    {
        auto result = TaskReport(db.connection(), viewer).run(parameters);
        INFO(result.error().message.toStdString());
        REQUIRE(result);
        return std::move(result).value();
    }
};

constexpr qint64 hour = 3600;

TaskReportMeasures measures(qint64 tasks, qint64 plannedSeconds, qint64 actualSeconds, double expenses, qint64 done,
                            qint64 onTime, qint64 overdue)
{
    return {tasks, plannedSeconds, actualSeconds, expenses, done, onTime, overdue};
}

// "name: tasks" of each row, in order, for readable failures.
std::vector<QString> names(const std::vector<TaskReportRow> &rows)
{
    std::vector<QString> list;
    for (const TaskReportRow &row : rows)
        list.push_back(row.name);
    return list;
}

} // namespace

TEST_CASE("Task report totals: every measure by its rule", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november());
    // T1–T7 and T9; T8 is outside the period, T10 unscheduled.
    CHECK(r.totals == measures(8, 10 * hour + hour / 2, 4 * hour + hour / 4, 150.5, 3, 2, 3));
    CHECK(r.totals.plannedHours() == Approx(10.5));
    CHECK(r.totals.actualHours() == Approx(4.25));
}

TEST_CASE("Task report grouped by user: the assignee, unassigned apart, most planned hours first", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november(TaskReportGrouping::User));
    CHECK(names(r.rows) == std::vector<QString>{QStringLiteral("Bob"), QStringLiteral("Ann Petrova"),
                                                QStringLiteral("Sue"), QStringLiteral("Unassigned")});
    CHECK(r.rows[0].measures == measures(2, 5 * hour, 0, 0, 0, 0, 0));
    CHECK(r.rows[0].id == w.bob);
    CHECK(r.rows[0].key == QStringLiteral("bob"));
    CHECK(r.rows[1].measures == measures(4, 3 * hour + hour / 2, 4 * hour + hour / 4, 150.5, 3, 2, 1));
    CHECK(r.rows[2].measures == measures(1, 2 * hour, 0, 0, 0, 0, 1));
    CHECK(r.rows[3].measures == measures(1, 0, 0, 0, 0, 0, 1));
    CHECK_FALSE(r.rows[3].id);
    CHECK(r.rows[3].key.isEmpty());
    // The chart of planned vs actual hours per user is the same whatever the grouping.
    CHECK(names(w.run(World::november(TaskReportGrouping::State)).byUser) == names(r.rows));
}

TEST_CASE("Task report grouped by type", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november(TaskReportGrouping::Type));
    REQUIRE(names(r.rows) == std::vector<QString>{QStringLiteral("Call"), QStringLiteral("Meeting")});
    CHECK(r.rows[0].key == QStringLiteral("call"));
    CHECK(r.rows[0].id == w.call);
    CHECK(r.rows[0].measures == measures(6, 8 * hour + hour / 2, 2 * hour + hour / 4, 100, 2, 2, 3));
    CHECK(r.rows[1].measures == measures(2, 2 * hour, 2 * hour, 50.5, 1, 0, 0));
    CHECK(names(r.byType) == names(r.rows));
}

TEST_CASE("Task report grouped by state: in the states' order, empty states left out", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november(TaskReportGrouping::State));
    REQUIRE(r.rows.size() == 5);
    CHECK(r.rows[0].key == QStringLiteral("planned"));
    CHECK(r.rows[0].measures == measures(2, 2 * hour + hour / 2, 0, 0, 0, 0, 2));
    CHECK(r.rows[1].key == QStringLiteral("in_progress"));
    CHECK(r.rows[1].name == QStringLiteral("In progress"));
    CHECK(r.rows[1].measures == measures(1, 4 * hour, 0, 0, 0, 0, 0));
    CHECK(r.rows[2].measures == measures(3, 3 * hour, 4 * hour + hour / 4, 150.5, 3, 2, 0));
    CHECK(r.rows[3].measures == measures(1, hour, 0, 0, 0, 0, 0)); // cancelled is never overdue
    CHECK(r.rows[4].measures == measures(1, 0, 0, 0, 0, 0, 1));    // postponed is

    TaskReportParameters onlyDone = World::november(TaskReportGrouping::State);
    onlyDone.filter.states = {Task::State::Done};
    const TaskReportResult d = w.run(onlyDone);
    REQUIRE(d.rows.size() == 1);
    CHECK(d.rows[0].key == QStringLiteral("done"));
    REQUIRE(d.byState.size() == 5); // the chart keeps every state
    CHECK(d.byState[0].measures.tasks == 0);
    CHECK(d.byState[2].measures.tasks == 3);
}

TEST_CASE("Task report grouped by organization, tasks without one apart", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november(TaskReportGrouping::Organization));
    REQUIRE(names(r.rows) == std::vector<QString>{QStringLiteral("Alpha"), QStringLiteral("No organization"),
                                                  QStringLiteral("Beta")});
    CHECK(r.rows[0].id == w.alpha);
    CHECK(r.rows[0].key == QString::number(w.alpha));
    CHECK(r.rows[0].measures == measures(4, 6 * hour + hour / 2, 2 * hour + hour / 4, 100, 2, 2, 1));
    CHECK_FALSE(r.rows[1].id);
    CHECK(r.rows[1].measures == measures(2, 3 * hour, 0, 0, 0, 0, 1));
    CHECK(r.rows[2].measures == measures(2, hour, 2 * hour, 50.5, 1, 0, 1));
}

TEST_CASE("Task report filters: each narrows the tasks counted", "[task-report]")
{
    World w;
    const auto count = [&](const std::function<void(TaskFilter &)> &narrow) {
        TaskReportParameters p = World::november();
        narrow(p.filter);
        return w.run(p).totals.tasks;
    };
    CHECK(count([&](TaskFilter &f) { f.assigneeIds = {w.bob}; }) == 2);
    CHECK(count([&](TaskFilter &f) { f.assigneeIds = {w.bob, w.sue}; }) == 3);
    CHECK(count([&](TaskFilter &f) { f.authorIds = {w.bob}; }) == 1);
    CHECK(count([&](TaskFilter &f) { f.controllerIds = {w.sue}; }) == 1);
    CHECK(count([&](TaskFilter &f) { f.typeIds = {w.meeting}; }) == 2);
    CHECK(count([&](TaskFilter &f) { f.states = {Task::State::Done, Task::State::Postponed}; }) == 4);
    CHECK(count([&](TaskFilter &f) { f.importances = {Task::Importance::High}; }) == 1);
    CHECK(count([&](TaskFilter &f) { f.organizationIds = {w.beta}; }) == 2);
    CHECK(count([&](TaskFilter &f) { f.projectIds = {w.project}; }) == 1);
    TaskReportParameters described = World::november();
    described.filter.assigneeIds = {w.bob, w.ann};
    described.filter.states = {Task::State::Done};
    described.filter.organizationIds = {w.beta, 424242};
    using Pairs = std::vector<std::pair<QString, QString>>;
    CHECK(w.run(described).filterDescription
          == Pairs{{QStringLiteral("Assignees"), QStringLiteral("Bob, Ann Petrova")},
                   {QStringLiteral("States"), QStringLiteral("Done")},
                   {QStringLiteral("Organizations"), QStringLiteral("Beta, #424242")}});
    CHECK(w.run(World::november()).filterDescription.empty());
    CHECK(count([&](TaskFilter &f) {
              f.typeIds = {w.call};
              f.organizationIds = {w.alpha};
          }) == 4);
}

TEST_CASE("Task report visibility: a manager misses others' personal tasks, a supervisor sees all", "[task-report]")
{
    World w;
    User ann;
    ann.id = w.ann;
    ann.role = User::Role::Manager;
    User sue;
    sue.id = w.sue;
    sue.role = User::Role::Supervisor;
    const TaskReportResult manager = w.run(World::november(), TaskViewer::of(ann));
    CHECK(manager.totals == measures(7, 8 * hour + hour / 2, 4 * hour + hour / 4, 150.5, 3, 2, 2));
    const std::vector<QString> seen = names(manager.rows);
    CHECK(std::find(seen.begin(), seen.end(), QStringLiteral("Sue")) == seen.end());
    CHECK(w.run(World::november(), TaskViewer::of(sue)).totals.tasks == 8);
    // Sue's own personal task is hers to see even as a manager.
    sue.role = User::Role::Manager;
    CHECK(w.run(World::november(), TaskViewer::of(sue)).totals.tasks == 8);
}

TEST_CASE("Task report workload: planned hours on the local day each task starts", "[task-report]")
{
    World w;
    const TaskReportResult r = w.run(World::november());
    REQUIRE(r.days.size() == 30);
    CHECK(r.days.front().day == QDate(2026, 11, 1));
    CHECK(r.days.back().day == QDate(2026, 11, 30));
    const auto day = [&](int d) { return r.days[std::size_t(d - 1)]; };
    CHECK(day(1).tasks == 0);
    CHECK(day(2).plannedSeconds == 2 * hour);
    CHECK(day(3).plannedSeconds == hour);
    CHECK(day(5).plannedSeconds == hour / 2);
    CHECK(day(6).plannedSeconds == 2 * hour);
    CHECK(day(12).tasks == 1); // no end: counted, no hours
    CHECK(day(12).plannedSeconds == 0);
    CHECK(day(25).plannedHours() == Approx(4.0));
    qint64 sum = 0;
    for (const TaskReportDay &d : r.days)
        sum += d.plannedSeconds;
    CHECK(sum == r.totals.plannedSeconds);

    // A task that began before the period counts, on the period's first day.
    w.add(w.bob, w.call, w.alpha, Task::State::Done, QDateTime(QDate(2026, 10, 31), QTime(22, 0)), at(1, 2));
    const TaskReportResult later = w.run(World::november());
    CHECK(later.days.front().plannedSeconds == 4 * hour);
    CHECK(later.totals.tasks == 9);
    CHECK(later.totals.done == 4);
    CHECK(later.totals.doneOnTime == 2); // done without an actual end: not on time
}

TEST_CASE("Task report of an empty period: zero totals, every day and state present", "[task-report]")
{
    World w;
    TaskReportParameters p = World::november();
    p.filter.from = QDateTime(QDate(2030, 2, 1), QTime(0, 0));
    p.filter.to = QDateTime(QDate(2030, 3, 1), QTime(0, 0));
    const TaskReportResult r = w.run(p);
    CHECK(r.rows.empty());
    CHECK(r.byUser.empty());
    CHECK(r.byType.empty());
    CHECK(r.totals == TaskReportMeasures{});
    CHECK(r.byState.size() == 5);
    CHECK(r.days.size() == 28);
}

TEST_CASE("Task report refuses impossible parameters", "[task-report]")
{
    World w;
    const auto problem = [&](const std::function<void(TaskReportParameters &)> &spoil) {
        TaskReportParameters p = World::november();
        spoil(p);
        auto result = TaskReport(w.db.connection(), TaskViewer::everything()).run(p);
        REQUIRE_FALSE(result);
        CHECK(result.error().kind == DatabaseError::Kind::Invalid);
        return result.error().message;
    };
    CHECK_FALSE(problem([](TaskReportParameters &p) { p.filter.to = {}; }).isEmpty());
    CHECK_FALSE(problem([](TaskReportParameters &p) { p.filter.from = {}; }).isEmpty());
    CHECK(problem([](TaskReportParameters &p) { p.filter.to = p.filter.from; }).contains(QStringLiteral("end after")));
    CHECK(problem([](TaskReportParameters &p) { p.filter.to = p.filter.from.addDays(-1); })
              .contains(QStringLiteral("end after")));
    CHECK(problem([](TaskReportParameters &p) { p.filter.to = p.filter.from.addYears(18000); })
              .contains(QStringLiteral("ten years")));
    CHECK_FALSE(problem([](TaskReportParameters &p) { p.now = {}; }).isEmpty());
    // Unknown ids are no error: they match nothing.
    TaskReportParameters p = World::november();
    p.filter.assigneeIds = {-5, 999999};
    CHECK(w.run(p).totals.tasks == 0);
}

TEST_CASE("Task report grouping codes convert both ways", "[task-report]")
{
    for (auto grouping : {TaskReportGrouping::User, TaskReportGrouping::Type, TaskReportGrouping::State,
                          TaskReportGrouping::Organization})
        CHECK(taskReportGroupingFromCode(taskReportGroupingCode(grouping)) == grouping);
    CHECK(taskReportGroupingCode(TaskReportGrouping::Organization) == QStringLiteral("organization"));
    CHECK_FALSE(taskReportGroupingFromCode(QStringLiteral("project")));
}

TEST_CASE("Task report can be cancelled and reports progress", "[task-report]")
{
    World w;
    std::vector<int> seen;
    auto done = TaskReport(w.db.connection(), TaskViewer::everything()).run(World::november(), [&](int percent) {
        seen.push_back(percent);
        return true;
    });
    REQUIRE(done);
    CHECK(seen.back() == 100);
    CHECK(std::is_sorted(seen.begin(), seen.end()));

    auto stopped = TaskReport(w.db.connection(), TaskViewer::everything()).run(World::november(), [](int percent) {
        return percent < 45;
    });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().kind == DatabaseError::Kind::Failed);
    CHECK(stopped.error().message.isEmpty());
    // The connection is usable afterwards: no snapshot or handler left behind.
    CHECK(w.run(World::november()).totals.tasks == 8);
}

TEST_CASE("Task report reads a read-only database", "[task-report]")
{
    World w;
    const QString path = w.db.path();
    w.db.database().close();
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(path, options));
    auto result = TaskReport(readOnly.connection(), TaskViewer::everything()).run(World::november());
    INFO(result.error().message.toStdString());
    REQUIRE(result);
    CHECK(result->totals.tasks == 8);
}

TEST_CASE("Task report CSV: header, one row per group, the total, names guarded", "[task-report]")
{
    World w;
    REQUIRE(sql::exec(w.db.connection(), QStringLiteral("UPDATE organizations SET name = '=Beta' WHERE id = ?"),
                      {w.beta}));
    const QByteArray csv = TaskReportCsv::toCsv(w.run(World::november(TaskReportGrouping::Organization)));
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines == QStringList{
                       QStringLiteral("Organization;Tasks;Planned hours;Actual hours;Expenses;Done;Done on time;Overdue"),
                       QStringLiteral("Alpha;4;6.50;2.25;100.00;2;2;1"),
                       QStringLiteral("No organization;2;3.00;0.00;0.00;0;0;1"),
                       QStringLiteral("'=Beta;2;1.00;2.00;50.50;1;0;1"),
                       QStringLiteral("Total;8;10.50;4.25;150.50;3;2;3")});
}

TEST_CASE("Task report is cancelled in the middle of a long query", "[task-report]")
{
    World w;
    // 30,000 more tasks in November, enough for SQLite to ask for progress during a query.
    REQUIRE(sql::exec(w.db.connection(),
                      QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30000) "
                                     "INSERT INTO tasks (subject, type_id, author_id, assignee_id, planned_start, "
                                     "planned_end, created_at, updated_at) SELECT 'Bulk', ?, ?, ?, "
                                     "'2026-11-10T09:00:00Z', '2026-11-10T10:00:00Z', '2026-11-01T00:00:00Z', "
                                     "'2026-11-01T00:00:00Z' FROM n"),
                      {w.call, w.ann, w.bob}));
    std::vector<int> seen;
    auto stopped = TaskReport(w.db.connection(), TaskViewer::everything()).run(World::november(), [&](int percent) {
        seen.push_back(percent);
        return seen.size() < 3; // the first two calls are the start; the third comes from inside a query
    });
    REQUIRE_FALSE(stopped);
    CHECK(stopped.error().kind == DatabaseError::Kind::Failed);
    CHECK(stopped.error().message.isEmpty());
    CHECK(seen.back() < 45); // still in the first query
    CHECK(w.run(World::november()).totals.tasks == 30008);
}
