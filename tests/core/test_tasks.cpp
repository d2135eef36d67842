#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QTimeZone>

using namespace kartoteka;

namespace {
QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second), Qt::UTC);
}

// Users, a client with a contact person, a project and a deal to hang tasks on.
struct World
{
    test::TestDatabase db;
    TaskRepository tasks{db.connection()};
    qint64 author = 0;
    qint64 assignee = 0;
    qint64 other = 0;
    qint64 organization = 0;
    qint64 person = 0;
    qint64 project = 0;
    qint64 deal = 0;
    qint64 callType = 0;

    World()
    {
        UserRepository users(db.connection());
        for (auto [id, login] : {std::pair{&author, "author"}, std::pair{&assignee, "assignee"},
                                 std::pair{&other, "other"}}) {
            User user;
            user.login = user.displayName = QString::fromLatin1(login);
            REQUIRE_FALSE(users.create(user));
            *id = user.id;
        }
        Organization org;
        org.name = QStringLiteral("Client");
        REQUIRE_FALSE(OrganizationRepository(db.connection()).create(org));
        organization = org.id;
        Person contact;
        contact.organizationId = organization;
        contact.fullName = QStringLiteral("Contact");
        REQUIRE_FALSE(PersonRepository(db.connection()).create(contact));
        person = contact.id;
        Project p;
        p.name = QStringLiteral("Project");
        REQUIRE_FALSE(ProjectRepository(db.connection()).create(p));
        project = p.id;
        Deal d;
        d.name = QStringLiteral("Deal");
        REQUIRE_FALSE(DealRepository(db.connection()).create(d));
        deal = d.id;
        callType = TaskTypeRepository(db.connection()).findByCode(QStringLiteral("call"))->id;
    }

    Task task(const QString &subject, const QDateTime &start = {}, const QDateTime &end = {}) const
    {
        Task t;
        t.subject = subject;
        t.typeId = callType;
        t.authorId = author;
        t.assigneeId = assignee;
        t.plannedStart = start;
        t.plannedEnd = end;
        return t;
    }

    qint64 add(Task t)
    {
        const DatabaseError error = tasks.create(t);
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
        return t.id;
    }

    static std::vector<QString> subjects(const Result<std::vector<Task>> &list)
    {
        REQUIRE(list);
        std::vector<QString> result;
        for (const Task &t : *list)
            result.push_back(t.subject);
        return result;
    }
};

using Subjects = std::vector<QString>;
} // namespace

TEST_CASE("Task state codes convert both ways", "[tasks]")
{
    for (const auto state : {Task::State::Planned, Task::State::InProgress, Task::State::Done,
                             Task::State::Cancelled, Task::State::Postponed})
        CHECK(Task::stateFromCode(Task::stateCode(state)) == state);
    CHECK(Task::stateCode(Task::State::InProgress) == QStringLiteral("in_progress"));
    CHECK_FALSE(Task::stateFromCode(QStringLiteral("lost")));
}

TEST_CASE("A task is stored with every field and read back", "[tasks]")
{
    World w;
    REQUIRE(sql::exec(w.db.connection(), QStringLiteral("INSERT INTO import_batches (kind, file_path, started_at) "
                                                        "VALUES ('ics', 'cal.ics', '2026-01-01T00:00:00Z')")));
    Task t = w.task(QStringLiteral("Обсудить договор"), at(23, 9, 30), at(23, 10, 15));
    t.content = QStringLiteral("Скидка 5 %\nдоставка");
    t.typeId = TaskTypeRepository(w.db.connection()).findByCode(QStringLiteral("meeting"))->id;
    t.state = Task::State::InProgress;
    t.importance = Task::Importance::High;
    t.percentComplete = 40;
    t.organizationId = w.organization;
    t.personId = w.person;
    t.projectId = w.project;
    t.dealId = w.deal;
    t.controllerId = w.other;
    t.personal = true;
    t.allDay = true;
    t.actualStart = at(23, 9, 35);
    t.actualEnd = at(23, 10, 5);
    t.reviewAt = at(30, 12);
    t.remindAt = at(23, 9, 15);
    t.remindedAt = at(23, 9, 15, 2);
    t.expenses = 1250.75;
    t.importBatchId = 1;
    REQUIRE_FALSE(w.tasks.create(t));
    REQUIRE(t.id > 0);

    auto r = w.tasks.get(t.id);
    REQUIRE(r);
    CHECK(r->subject == t.subject);
    CHECK(r->content == t.content);
    CHECK(r->typeId == t.typeId);
    CHECK(r->state == Task::State::InProgress);
    CHECK(r->importance == Task::Importance::High);
    CHECK(r->percentComplete == 40);
    CHECK(r->organizationId == w.organization);
    CHECK(r->personId == w.person);
    CHECK(r->projectId == w.project);
    CHECK(r->dealId == w.deal);
    CHECK(r->authorId == w.author);
    CHECK(r->assigneeId == w.assignee);
    CHECK(r->controllerId == w.other);
    CHECK(r->personal);
    CHECK(r->allDay);
    CHECK(r->plannedStart == at(23, 9, 30));
    CHECK(r->plannedEnd == at(23, 10, 15));
    CHECK(r->actualStart == at(23, 9, 35));
    CHECK(r->actualEnd == at(23, 10, 5));
    CHECK(r->reviewAt == at(30, 12));
    CHECK(r->remindAt == at(23, 9, 15));
    CHECK(r->remindedAt == at(23, 9, 15, 2));
    CHECK(r->expenses == 1250.75);
    CHECK(r->createdAt == t.createdAt);
    CHECK(r->updatedAt.isValid());
    CHECK(r->importBatchId == 1);

    // Clearing optional links and times stores NULLs.
    r->organizationId.reset();
    r->personId.reset();
    r->controllerId.reset();
    r->assigneeId.reset();
    r->plannedEnd = {};
    r->content.clear();
    REQUIRE_FALSE(w.tasks.update(*r));
    auto cleared = w.tasks.get(t.id);
    CHECK_FALSE(cleared->organizationId);
    CHECK_FALSE(cleared->personId);
    CHECK_FALSE(cleared->controllerId);
    CHECK_FALSE(cleared->assigneeId);
    CHECK_FALSE(cleared->plannedEnd.isValid());
    CHECK(cleared->content.isEmpty());
}

TEST_CASE("Invalid tasks are refused before they reach the database", "[tasks]")
{
    World w;
    const auto refused = [&](const Task &t) {
        Task copy = t;
        const DatabaseError error = w.tasks.create(copy);
        return error.kind == DatabaseError::Kind::Invalid && copy.id == 0;
    };
    const Task good = w.task(QStringLiteral("Good"), at(1, 10), at(1, 11));

    Task t = good;
    t.subject = QStringLiteral("  ");
    CHECK(refused(t));
    t = good;
    t.percentComplete = 101;
    CHECK(refused(t));
    t.percentComplete = -1;
    CHECK(refused(t));
    t = good;
    t.plannedEnd = at(1, 9, 59, 59);
    CHECK(refused(t));
    t = good;
    t.actualStart = at(1, 10);
    t.actualEnd = at(1, 9);
    CHECK(refused(t));
    t = good;
    t.expenses = -0.01;
    CHECK(refused(t));
    t = good;
    t.importance = static_cast<Task::Importance>(3);
    CHECK(refused(t));
    t = good;
    t.typeId = 0;
    CHECK(refused(t));
    t = good;
    t.authorId = 0;
    CHECK(refused(t));
    CHECK(w.tasks.assignedTo(w.assignee)->empty());

    // The edges are valid: an instant task, 0 and 100 %, no expenses.
    t = good;
    t.plannedEnd = t.plannedStart;
    t.percentComplete = 100;
    CHECK_FALSE(w.tasks.create(t));
    t.id = 0;
    t.percentComplete = 0;
    t.expenses = 0;
    CHECK_FALSE(w.tasks.create(t));

    // Updates are validated the same way.
    t.subject.clear();
    CHECK(w.tasks.update(t).kind == DatabaseError::Kind::Invalid);
    CHECK(w.tasks.get(t.id)->subject == QStringLiteral("Good"));
}

TEST_CASE("A task pointing to records that do not exist is an error, not a crash", "[tasks]")
{
    World w;
    const auto invalid = [&](Task t) {
        const DatabaseError error = w.tasks.create(t);
        INFO(error.message.toStdString());
        return error.kind == DatabaseError::Kind::Invalid && t.id == 0;
    };
    Task t = w.task(QStringLiteral("Dangling"));
    t.organizationId = w.organization + 100;
    CHECK(invalid(t));
    t = w.task(QStringLiteral("Dangling"));
    t.personId = 9999;
    CHECK(invalid(t));
    t = w.task(QStringLiteral("Dangling"));
    t.typeId = 9999;
    CHECK(invalid(t));
    t = w.task(QStringLiteral("Dangling"));
    t.assigneeId = 9999;
    CHECK(invalid(t));
    t = w.task(QStringLiteral("Dangling"));
    t.dealId = 9999;
    CHECK(invalid(t));
    CHECK(sql::scalar(w.db.connection(), QStringLiteral("SELECT count(*) FROM tasks"))->toInt() == 0);

    const qint64 id = w.add(w.task(QStringLiteral("Fine")));
    Task update = *w.tasks.get(id);
    update.projectId = 9999;
    CHECK(w.tasks.update(update).kind == DatabaseError::Kind::Invalid);
    CHECK_FALSE(w.tasks.get(id)->projectId);
}

TEST_CASE("Journals list the tasks of one record newest first", "[tasks]")
{
    World w;
    const auto linked = [&](const char *subject, const QDateTime &start) {
        Task t = w.task(QString::fromLatin1(subject), start);
        t.organizationId = w.organization;
        return t;
    };
    w.add(linked("middle", at(10, 9)));
    w.add(linked("unscheduled", {}));
    w.add(linked("newest", at(20, 9)));
    w.add(linked("oldest", at(1, 9)));
    w.add(linked("middle, later id", at(10, 9)));
    w.add(w.task(QStringLiteral("another client's"), at(15, 9)));

    CHECK(World::subjects(w.tasks.journalOfOrganization(w.organization)) ==
          Subjects{QStringLiteral("newest"), QStringLiteral("middle, later id"), QStringLiteral("middle"),
                   QStringLiteral("oldest"), QStringLiteral("unscheduled")});
    CHECK(w.tasks.journalOfOrganization(w.organization + 1)->empty());

    Task withPerson = w.task(QStringLiteral("person 1"), at(2, 9));
    withPerson.personId = w.person;
    withPerson.projectId = w.project;
    w.add(withPerson);
    withPerson.subject = QStringLiteral("person 2");
    withPerson.plannedStart = at(3, 9);
    withPerson.dealId = w.deal;
    w.add(withPerson);
    CHECK(World::subjects(w.tasks.journalOfPerson(w.person)) ==
          Subjects{QStringLiteral("person 2"), QStringLiteral("person 1")});
    CHECK(World::subjects(w.tasks.journalOfProject(w.project)) ==
          Subjects{QStringLiteral("person 2"), QStringLiteral("person 1")});
    CHECK(World::subjects(w.tasks.journalOfDeal(w.deal)) == Subjects{QStringLiteral("person 2")});
}

TEST_CASE("The tasks of a user are those assigned to them, soonest first", "[tasks]")
{
    World w;
    w.add(w.task(QStringLiteral("later"), at(5, 9)));
    w.add(w.task(QStringLiteral("whenever")));
    w.add(w.task(QStringLiteral("sooner"), at(4, 9)));
    Task foreign = w.task(QStringLiteral("someone else's"), at(1, 9));
    foreign.assigneeId = w.other;
    w.add(foreign);

    CHECK(World::subjects(w.tasks.assignedTo(w.assignee)) ==
          Subjects{QStringLiteral("sooner"), QStringLiteral("later"), QStringLiteral("whenever")});
    CHECK(World::subjects(w.tasks.assignedTo(w.other)) == Subjects{QStringLiteral("someone else's")});
    CHECK(w.tasks.assignedTo(w.author)->empty());
}

TEST_CASE("The calendar finds tasks overlapping a half-open range", "[tasks][calendar]")
{
    World w;
    const QDateTime from = at(10, 10);
    const QDateTime to = at(10, 12);
    w.add(w.task(QStringLiteral("ends at from"), at(10, 9), at(10, 10)));
    w.add(w.task(QStringLiteral("ends just after from"), at(10, 9), at(10, 10, 0, 1)));
    w.add(w.task(QStringLiteral("instant at from"), at(10, 10)));
    w.add(w.task(QStringLiteral("spans the range"), at(9, 8), at(11, 8)));
    w.add(w.task(QStringLiteral("inside"), at(10, 11), at(10, 11, 30)));
    w.add(w.task(QStringLiteral("instant just before to"), at(10, 11, 59, 59)));
    w.add(w.task(QStringLiteral("starts at to"), at(10, 12), at(10, 13)));
    w.add(w.task(QStringLiteral("instant at to"), at(10, 12)));
    w.add(w.task(QStringLiteral("instant just before from"), at(10, 9, 59, 59)));
    w.add(w.task(QStringLiteral("unscheduled")));
    Task others = w.task(QStringLiteral("other's, inside"), at(10, 10, 30), at(10, 11));
    others.assigneeId = w.other;
    w.add(others);
    Task unassigned = w.task(QStringLiteral("unassigned, inside"), at(10, 10, 45));
    unassigned.assigneeId.reset();
    w.add(unassigned);

    CHECK(World::subjects(w.tasks.overlapping(from, to)) ==
          Subjects{QStringLiteral("spans the range"), QStringLiteral("ends just after from"),
                   QStringLiteral("instant at from"), QStringLiteral("other's, inside"),
                   QStringLiteral("unassigned, inside"), QStringLiteral("inside"),
                   QStringLiteral("instant just before to")});
    CHECK(World::subjects(w.tasks.overlapping(from, to, {w.other})) == Subjects{QStringLiteral("other's, inside")});
    CHECK(w.tasks.overlapping(from, to, {w.assignee, w.other})->size() == 6);
    CHECK(w.tasks.overlapping(from, to, {w.author})->empty());
    CHECK(w.tasks.overlapping(at(20, 0), at(21, 0))->empty());

    // Times in another zone mean the same instants.
    const QTimeZone moscow(3 * 3600);
    CHECK(w.tasks.overlapping(from.toTimeZone(moscow), to.toTimeZone(moscow))->size() == 7);
}

TEST_CASE("Due reminders are the open, unreminded tasks whose time has come", "[tasks][reminders]")
{
    World w;
    const QDateTime now = at(10, 12);
    const auto withReminder = [&](const char *subject, const QDateTime &remindAt) {
        Task t = w.task(QString::fromLatin1(subject));
        t.remindAt = remindAt;
        return t;
    };
    w.add(withReminder("due at now", now));
    const qint64 earlier = w.add(withReminder("due earlier", at(10, 11)));
    w.add(withReminder("future", now.addSecs(1)));
    w.add(w.task(QStringLiteral("no reminder")));
    Task shown = withReminder("already reminded", at(10, 9));
    shown.remindedAt = at(10, 9);
    w.add(shown);
    Task done = withReminder("done", at(10, 9));
    done.state = Task::State::Done;
    w.add(done);
    Task cancelled = withReminder("cancelled", at(10, 9));
    cancelled.state = Task::State::Cancelled;
    w.add(cancelled);
    Task postponed = withReminder("postponed", at(10, 11, 30));
    postponed.state = Task::State::Postponed;
    w.add(postponed);

    CHECK(World::subjects(w.tasks.dueReminders(now)) ==
          Subjects{QStringLiteral("due earlier"), QStringLiteral("postponed"), QStringLiteral("due at now")});

    REQUIRE_FALSE(w.tasks.markReminded(earlier, now));
    CHECK(w.tasks.get(earlier)->remindedAt == now);
    CHECK(w.tasks.dueReminders(now)->size() == 2);
    CHECK(w.tasks.markReminded(9999, now).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("Marking a task done completes it and records when", "[tasks]")
{
    World w;
    Task t = w.task(QStringLiteral("Call back"), at(1, 9));
    t.percentComplete = 30;
    const qint64 open = w.add(t);
    t.actualEnd = at(1, 9, 20);
    const qint64 ended = w.add(t);

    const QDateTime before = sql::now();
    REQUIRE_FALSE(w.tasks.markDone(open));
    REQUIRE_FALSE(w.tasks.markDone(ended));
    auto done = w.tasks.get(open);
    CHECK(done->state == Task::State::Done);
    CHECK(done->percentComplete == 100);
    CHECK(done->actualEnd >= before);
    CHECK(done->actualEnd <= sql::now());
    CHECK(w.tasks.get(ended)->actualEnd == at(1, 9, 20));
    CHECK(w.tasks.get(ended)->state == Task::State::Done);
    CHECK(w.tasks.markDone(9999).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("Task types are listed in order and user types can be added", "[tasks][task types]")
{
    test::TestDatabase db;
    TaskTypeRepository types(db.connection());
    auto builtin = types.list();
    REQUIRE(builtin);
    REQUIRE(builtin->size() == 6);
    CHECK(builtin->front().code == QStringLiteral("call"));
    CHECK(builtin->back().code == QStringLiteral("task"));
    CHECK(builtin->front().builtin);

    TaskType demo;
    demo.name = QStringLiteral("Демонстрация");
    demo.color = QStringLiteral("#AB47bc");
    demo.builtin = true; // ignored: only the program ships builtin types
    REQUIRE_FALSE(types.create(demo));
    auto read = types.get(demo.id);
    REQUIRE(read);
    CHECK(read->name == QStringLiteral("Демонстрация"));
    CHECK(read->color == QStringLiteral("#AB47bc"));
    CHECK_FALSE(read->builtin);
    CHECK(read->code.startsWith(QStringLiteral("user_")));
    CHECK(read->sortOrder == 7);
    CHECK(types.list()->back().id == demo.id);

    TaskType first;
    first.code = QStringLiteral("webinar");
    first.name = QStringLiteral("Webinar");
    first.sortOrder = -1;
    REQUIRE_FALSE(types.create(first));
    CHECK(types.list()->front().id == first.id);
    CHECK(types.findByCode(QStringLiteral("webinar"))->id == first.id);
    CHECK(types.findByCode(QStringLiteral("fax")).error().kind == DatabaseError::Kind::NotFound);

    TaskType duplicate = first;
    CHECK(types.create(duplicate).kind == DatabaseError::Kind::Invalid);
    TaskType badColour;
    badColour.name = QStringLiteral("Bad");
    badColour.color = QStringLiteral("red");
    CHECK(types.create(badColour).kind == DatabaseError::Kind::Invalid);
    TaskType nameless;
    CHECK(types.create(nameless).kind == DatabaseError::Kind::Invalid);

    // Builtin types can be renamed and recoloured but keep their code.
    TaskType call = builtin->front();
    call.name = QStringLiteral("Звонок");
    call.code = QStringLiteral("phone");
    REQUIRE_FALSE(types.update(call));
    CHECK(types.get(call.id)->name == QStringLiteral("Звонок"));
    CHECK(types.get(call.id)->code == QStringLiteral("call"));
}

TEST_CASE("Builtin task types and types in use are not deleted", "[tasks][task types]")
{
    World w;
    TaskTypeRepository types(w.db.connection());
    const DatabaseError builtin = types.remove(w.callType);
    CHECK(builtin.kind == DatabaseError::Kind::Refused);
    CHECK(types.get(w.callType));

    TaskType used;
    used.name = QStringLiteral("Used");
    REQUIRE_FALSE(types.create(used));
    Task t = w.task(QStringLiteral("of the used type"));
    t.typeId = used.id;
    w.add(t);
    const DatabaseError inUse = types.remove(used.id);
    CHECK(inUse.kind == DatabaseError::Kind::Refused);
    CHECK(inUse.message.contains(QStringLiteral("1 task")));

    TaskType unused;
    unused.name = QStringLiteral("Unused");
    REQUIRE_FALSE(types.create(unused));
    REQUIRE_FALSE(types.remove(unused.id));
    CHECK(types.get(unused.id).error().kind == DatabaseError::Kind::NotFound);
}
