#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/User.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/TaskQuery.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace kartoteka;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), Qt::UTC);
}

// Two managers and a supervisor, two clients, and tasks between them.
struct Office
{
    test::TestDatabase db;
    TaskRepository tasks{db.connection()};
    User anna;
    User boris;
    User chief;
    qint64 callType = 0;
    qint64 meetingType = 0;
    qint64 acme = 0;
    qint64 globex = 0;

    Office()
    {
        UserRepository users(db.connection());
        for (auto [user, login, role] : {std::tuple{&anna, "anna", User::Role::Manager},
                                         std::tuple{&boris, "boris", User::Role::Manager},
                                         std::tuple{&chief, "chief", User::Role::Supervisor}}) {
            user->login = user->displayName = QString::fromLatin1(login);
            user->role = role;
            REQUIRE_FALSE(users.create(*user));
        }
        TaskTypeRepository types(db.connection());
        callType = types.findByCode(QStringLiteral("call"))->id;
        meetingType = types.findByCode(QStringLiteral("meeting"))->id;
        OrganizationRepository organizations(db.connection());
        for (auto [id, name] : {std::pair{&acme, "Acme"}, std::pair{&globex, "Globex"}}) {
            Organization org;
            org.name = QString::fromLatin1(name);
            REQUIRE_FALSE(organizations.create(org));
            *id = org.id;
        }
    }

    Task task(const QString &subject, const User &author, const QDateTime &start = {}, const QDateTime &end = {}) const
    {
        Task t;
        t.subject = subject;
        t.typeId = callType;
        t.authorId = author.id;
        t.assigneeId = author.id;
        t.plannedStart = start;
        t.plannedEnd = end;
        return t;
    }

    void add(Task t)
    {
        const DatabaseError error = tasks.create(t);
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
    }

    TaskQuery as(const User &user) const { return TaskQuery(db.connection(), TaskViewer::of(user)); }
};

using Subjects = std::vector<QString>;

Subjects subjects(const Result<std::vector<Task>> &list)
{
    INFO(list.error().message.toStdString());
    REQUIRE(list);
    Subjects result;
    for (const Task &t : *list)
        result.push_back(t.subject);
    return result;
}

} // namespace

TEST_CASE("Managers see shared tasks and their own personal ones, supervisors see all", "[tasks][visibility]")
{
    Office o;
    o.add(o.task(QStringLiteral("shared by boris"), o.boris, at(2, 9)));
    Task personal = o.task(QStringLiteral("boris's personal"), o.boris, at(3, 9));
    personal.personal = true;
    o.add(personal);
    Task assigned = personal;
    assigned.subject = QStringLiteral("personal, assigned to anna");
    assigned.assigneeId = o.anna.id;
    o.add(assigned);
    Task controlled = personal;
    controlled.subject = QStringLiteral("personal, anna controls");
    controlled.controllerId = o.anna.id;
    o.add(controlled);
    Task authored = o.task(QStringLiteral("personal, anna wrote for boris"), o.anna, at(4, 9));
    authored.personal = true;
    authored.assigneeId = o.boris.id;
    o.add(authored);

    CHECK(subjects(o.as(o.anna).journal({})) ==
          Subjects{QStringLiteral("personal, anna wrote for boris"), QStringLiteral("personal, anna controls"),
                   QStringLiteral("personal, assigned to anna"), QStringLiteral("shared by boris")});
    CHECK(o.as(o.boris).journal({})->size() == 5);
    CHECK(o.as(o.chief).journal({})->size() == 5);
    CHECK(*o.as(o.anna).count({}) == 4);

    // An admin sees everything too; a manager's rights do not grow with a filter.
    User admin = o.anna;
    admin.role = User::Role::Admin;
    CHECK(TaskViewer::of(admin).seesEverything);
    TaskFilter borisTasks;
    borisTasks.assigneeIds = {o.boris.id};
    CHECK(subjects(o.as(o.anna).journal(borisTasks)) ==
          Subjects{QStringLiteral("personal, anna wrote for boris"), QStringLiteral("personal, anna controls"),
                   QStringLiteral("shared by boris")});
}

TEST_CASE("Every filter of a task list narrows it", "[tasks][filters]")
{
    Office o;
    Task call = o.task(QStringLiteral("call Acme"), o.anna, at(2, 9));
    call.organizationId = o.acme;
    call.state = Task::State::Done;
    o.add(call);
    Task meeting = o.task(QStringLiteral("meet Globex"), o.anna, at(3, 9));
    meeting.typeId = o.meetingType;
    meeting.organizationId = o.globex;
    meeting.importance = Task::Importance::High;
    meeting.controllerId = o.chief.id;
    o.add(meeting);
    Task borisCall = o.task(QStringLiteral("boris calls Acme"), o.boris, at(4, 9));
    borisCall.organizationId = o.acme;
    o.add(borisCall);
    o.add(o.task(QStringLiteral("someday"), o.boris));

    const TaskQuery all = o.as(o.chief);
    const auto with = [&](auto change) {
        TaskFilter filter;
        change(filter);
        return subjects(all.journal(filter));
    };
    CHECK(with([&](TaskFilter &f) { f.assigneeIds = {o.anna.id}; }) ==
          Subjects{QStringLiteral("meet Globex"), QStringLiteral("call Acme")});
    CHECK(with([&](TaskFilter &f) { f.authorIds = {o.boris.id}; }) ==
          Subjects{QStringLiteral("boris calls Acme"), QStringLiteral("someday")});
    CHECK(with([&](TaskFilter &f) { f.controllerIds = {o.chief.id}; }) == Subjects{QStringLiteral("meet Globex")});
    CHECK(with([&](TaskFilter &f) { f.typeIds = {o.meetingType}; }) == Subjects{QStringLiteral("meet Globex")});
    CHECK(with([&](TaskFilter &f) { f.states = {Task::State::Done}; }) == Subjects{QStringLiteral("call Acme")});
    CHECK(with([&](TaskFilter &f) { f.importances = {Task::Importance::High}; }) ==
          Subjects{QStringLiteral("meet Globex")});
    CHECK(with([&](TaskFilter &f) { f.organizationIds = {o.acme}; }) ==
          Subjects{QStringLiteral("boris calls Acme"), QStringLiteral("call Acme")});
    CHECK(with([&](TaskFilter &f) { f.involvedUserId = o.chief.id; }) == Subjects{QStringLiteral("meet Globex")});
    CHECK(with([&](TaskFilter &f) {
              f.states = {Task::State::Planned, Task::State::Done};
              f.organizationIds = {o.acme, o.globex};
              f.assigneeIds = {o.anna.id};
          }) == Subjects{QStringLiteral("meet Globex"), QStringLiteral("call Acme")});
    CHECK(with([&](TaskFilter &f) { f.from = at(3, 0); }) ==
          Subjects{QStringLiteral("boris calls Acme"), QStringLiteral("meet Globex")});
    CHECK(with([&](TaskFilter &f) { f.to = at(3, 0); }) == Subjects{QStringLiteral("call Acme")});

    // The newest first, unscheduled last, and a limit.
    CHECK(subjects(all.journal({}, 2)) == Subjects{QStringLiteral("boris calls Acme"), QStringLiteral("meet Globex")});
    CHECK(all.journal({})->back().subject == QStringLiteral("someday"));
    TaskFilter acme;
    acme.organizationIds = {o.acme};
    CHECK(*all.count(acme) == 2);
}

TEST_CASE("The calendar reads a period's tasks, long ones included, by start", "[tasks][calendar]")
{
    Office o;
    const QDateTime from = at(10, 0);
    const QDateTime to = at(11, 0);
    o.add(o.task(QStringLiteral("ends at from"), o.anna, at(9, 23), at(10, 0)));
    o.add(o.task(QStringLiteral("overnight"), o.anna, at(9, 22), at(10, 1)));
    o.add(o.task(QStringLiteral("a week's trip"), o.anna, at(5, 8), at(12, 20)));
    o.add(o.task(QStringLiteral("a long one that ended"), o.anna, at(1, 8), at(9, 20)));
    o.add(o.task(QStringLiteral("a long one that starts later"), o.anna, at(11, 0), at(15, 0)));
    o.add(o.task(QStringLiteral("instant at from"), o.anna, at(10, 0)));
    o.add(o.task(QStringLiteral("noon"), o.anna, at(10, 12), at(10, 13)));
    o.add(o.task(QStringLiteral("instant before from"), o.anna, at(9, 23, 59)));
    o.add(o.task(QStringLiteral("unscheduled"), o.anna));

    TaskFilter day;
    day.from = from;
    day.to = to;
    const Subjects expected{QStringLiteral("a week's trip"), QStringLiteral("overnight"),
                            QStringLiteral("instant at from"), QStringLiteral("noon")};
    CHECK(subjects(o.as(o.anna).calendar(day)) == expected);
    CHECK(*o.as(o.anna).count(day) == 4);

    // The same instants in another time zone.
    day.from = from.toTimeZone(QTimeZone(3 * 3600));
    day.to = to.toTimeZone(QTimeZone(3 * 3600));
    CHECK(subjects(o.as(o.anna).calendar(day)) == expected);

    // A calendar needs a period that is not empty.
    CHECK(o.as(o.anna).calendar({}).error().kind == DatabaseError::Kind::Invalid);
    day.to = day.from;
    CHECK_FALSE(o.as(o.anna).calendar(day));
}

TEST_CASE("A period's tasks are read through indexes, not by scanning the table", "[tasks][calendar]")
{
    Office o;
    const auto planOf = [&](const TaskFilter &filter) {
        const TaskQuery::Clause clause = o.as(o.anna).where(filter);
        auto explained = sql::exec(o.db.connection(), QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE ") + clause.sql,
                                   clause.values);
        REQUIRE(explained);
        QStringList steps;
        while (explained->next())
            steps.append(explained->value(3).toString());
        return steps.join(QLatin1Char('|'));
    };
    TaskFilter week;
    week.from = at(9, 0);
    week.to = at(16, 0);
    // Everybody's week: the period's range and the long tasks through their own partial index.
    QString plan = planOf(week);
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("SEARCH tasks USING INDEX tasks_planned")));
    CHECK(plan.contains(QStringLiteral("SEARCH tasks USING INDEX tasks_multi_day")));
    CHECK_FALSE(plan.contains(QStringLiteral("SCAN")));
    // One assignee's week the same way, not through the assignee's whole history.
    week.assigneeIds = {o.anna.id};
    plan = planOf(week);
    INFO(plan.toStdString());
    CHECK(plan.contains(QStringLiteral("SEARCH tasks USING INDEX tasks_planned")));
    CHECK(plan.contains(QStringLiteral("SEARCH tasks USING INDEX tasks_multi_day")));
    CHECK_FALSE(plan.contains(QStringLiteral("SCAN")));
}
