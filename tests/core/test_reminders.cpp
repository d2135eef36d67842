#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/ReminderQueue.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

using namespace kartoteka;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, 24), QTime(hour, minute), Qt::UTC);
}

struct Reminders
{
    test::TestDatabase db;
    TaskRepository tasks{db.connection()};
    qint64 anna = 0;
    qint64 boris = 0;
    qint64 client = 0;

    Reminders()
    {
        UserRepository users(db.connection());
        for (auto [id, login] : {std::pair{&anna, "anna"}, std::pair{&boris, "boris"}}) {
            User user;
            user.login = user.displayName = QString::fromLatin1(login);
            REQUIRE_FALSE(users.create(user));
            *id = user.id;
        }
        Organization organization;
        organization.name = QStringLiteral("ООО «Ромашка»");
        REQUIRE_FALSE(OrganizationRepository(db.connection()).create(organization));
        client = organization.id;
    }

    qint64 add(const QString &subject, const QDateTime &remindAt, qint64 author, std::optional<qint64> assignee,
               Task::State state = Task::State::Planned)
    {
        Task t;
        t.subject = subject;
        t.typeId = TaskTypeRepository(db.connection()).findByCode(QStringLiteral("call"))->id;
        t.authorId = author;
        t.assigneeId = assignee;
        t.remindAt = remindAt;
        t.state = state;
        t.organizationId = client;
        REQUIRE_FALSE(tasks.create(t));
        return t.id;
    }

    static std::vector<QString> subjects(const Result<std::vector<Reminder>> &list)
    {
        INFO((list ? QString() : list.error().message).toStdString());
        REQUIRE(list);
        std::vector<QString> result;
        for (const Reminder &r : *list)
            result.push_back(r.subject);
        return result;
    }
};

using Subjects = std::vector<QString>;

} // namespace

TEST_CASE("A user's due reminders: assigned to them, or theirs and unassigned, open tasks only", "[reminders]")
{
    Reminders r;
    r.add(QStringLiteral("assigned to Anna"), at(9), r.boris, r.anna);
    r.add(QStringLiteral("Anna's, unassigned"), at(8), r.anna, std::nullopt);
    r.add(QStringLiteral("by Anna for Boris"), at(8), r.anna, r.boris);
    r.add(QStringLiteral("later"), at(11), r.anna, r.anna);
    r.add(QStringLiteral("done"), at(7), r.anna, r.anna, Task::State::Done);
    r.add(QStringLiteral("cancelled"), at(7), r.anna, r.anna, Task::State::Cancelled);
    r.add(QStringLiteral("no reminder"), {}, r.anna, r.anna);

    ReminderQueue anna(r.db.connection(), r.anna);
    auto due = anna.due(at(10));
    CHECK(Reminders::subjects(due) == Subjects{QStringLiteral("Anna's, unassigned"), QStringLiteral("assigned to Anna")});
    CHECK(due->front().organization == QStringLiteral("ООО «Ромашка»"));
    CHECK(due->front().remindAt == at(8));
    CHECK(*anna.nextDue() == std::optional<QDateTime>(at(8)));
    CHECK(Reminders::subjects(ReminderQueue(r.db.connection(), r.boris).due(at(10)))
          == Subjects{QStringLiteral("by Anna for Boris")});
    CHECK(Reminders::subjects(ReminderQueue(r.db.connection(), 0).due(at(10))).size() == 3);
}

TEST_CASE("A reminder is taken once, even by two connections", "[reminders]")
{
    Reminders r;
    r.add(QStringLiteral("call back"), at(9), r.anna, r.anna);
    Database second;
    REQUIRE_FALSE(second.open(r.db.path()));
    ReminderQueue here(r.db.connection(), r.anna);
    ReminderQueue there(second.connection(), r.anna);

    CHECK(Reminders::subjects(here.takeDue(at(8, 59))).empty());
    CHECK(Reminders::subjects(here.takeDue(at(9))) == Subjects{QStringLiteral("call back")});
    CHECK(Reminders::subjects(there.takeDue(at(9, 1))).empty());
    CHECK(Reminders::subjects(here.takeDue(at(9, 2))).empty());
    CHECK_FALSE(*here.nextDue());
    auto task = r.tasks.dueReminders(at(12));
    REQUIRE(task);
    CHECK(task->empty());
}

TEST_CASE("Snoozing moves the reminder and makes it due again", "[reminders]")
{
    Reminders r;
    const qint64 id = r.add(QStringLiteral("call back"), at(9), r.anna, r.anna);
    ReminderQueue queue(r.db.connection(), r.anna);
    REQUIRE(queue.takeDue(at(9))->size() == 1);

    REQUIRE_FALSE(queue.snooze(id, 15, at(9, 1)));
    CHECK(r.tasks.get(id)->remindAt == at(9, 16));
    CHECK_FALSE(r.tasks.get(id)->remindedAt.isValid());
    CHECK(*queue.nextDue() == std::optional<QDateTime>(at(9, 16)));
    CHECK(Reminders::subjects(queue.takeDue(at(9, 15))).empty());
    CHECK(Reminders::subjects(queue.takeDue(at(9, 16))) == Subjects{QStringLiteral("call back")});

    CHECK(queue.snooze(id, 0, at(10)).kind == DatabaseError::Kind::Invalid);
    CHECK(queue.snooze(id, -5, at(10)).kind == DatabaseError::Kind::Invalid);
    CHECK(queue.snooze(id, 8 * 24 * 60, at(10)).kind == DatabaseError::Kind::Invalid);
    CHECK(queue.snooze(id + 100, 5, at(10)).kind == DatabaseError::Kind::NotFound);
    CHECK(r.tasks.get(id)->remindAt == at(9, 16));
}

TEST_CASE("A task marked done reminds no more", "[reminders]")
{
    Reminders r;
    const qint64 id = r.add(QStringLiteral("call back"), at(9), r.anna, r.anna);
    ReminderQueue queue(r.db.connection(), r.anna);
    REQUIRE_FALSE(r.tasks.markDone(id));
    CHECK(Reminders::subjects(queue.takeDue(at(10))).empty());
    CHECK_FALSE(*queue.nextDue());
}

TEST_CASE("A read-only database lists due reminders but cannot take them", "[reminders]")
{
    Reminders r;
    r.add(QStringLiteral("call back"), at(9), r.anna, r.anna);
    const QString path = r.db.path();
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(path, options));
    ReminderQueue queue(readOnly.connection(), r.anna);
    CHECK(Reminders::subjects(queue.due(at(10))) == Subjects{QStringLiteral("call back")});
    auto taken = queue.takeDue(at(10));
    REQUIRE_FALSE(taken);
    CHECK(taken.error().kind == DatabaseError::Kind::ReadOnly);
}
