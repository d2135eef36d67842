#include "TestFiles.h"
#include "UiTestSupport.h"

#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "tasks/ReminderService.h"
#include "tasks/ReminderWindow.h"
#include "tasks/TasksIcsActions.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using namespace kartoteka;

namespace {

qint64 addReminder(const QSqlDatabase &db, qint64 user, const QString &subject, const QDateTime &remindAt)
{
    Task task;
    task.subject = subject;
    task.typeId = TaskTypeRepository(db).findByCode(QStringLiteral("call"))->id;
    task.authorId = user;
    task.assigneeId = user;
    task.remindAt = remindAt;
    REQUIRE_FALSE(TaskRepository(db).create(task));
    return task.id;
}

Task taskOf(const QSqlDatabase &db, qint64 id)
{
    auto task = TaskRepository(db).get(id);
    REQUIRE(task);
    return *task;
}

QStringList listedSubjects(ui::ReminderWindow *window)
{
    auto *list = child<QTreeWidget>(window, "reminderList");
    QStringList subjects;
    for (int row = 0; row < list->topLevelItemCount(); ++row)
        subjects.append(list->topLevelItem(row)->text(ui::ReminderWindow::SubjectColumn));
    return subjects;
}

qint64 currentUser(ui::MainWindow &window)
{
    REQUIRE(window.database().currentUser());
    return window.database().currentUser()->id;
}

} // namespace

TEST_CASE("Reminders that came due while the program was closed appear when it starts", "[reminders]")
{
    WindowFixture fixture(false);
    qint64 overdue = 0;
    {
        Database db;
        REQUIRE_FALSE(db.open(fixture.path()));
        User anna;
        anna.login = QStringLiteral("anna");
        anna.displayName = QStringLiteral("Анна");
        REQUIRE_FALSE(UserRepository(db.connection()).create(anna));
        overdue = addReminder(db.connection(), anna.id, QStringLiteral("Перезвонить в «Ромашку»"),
                              sql::now().addSecs(-3600));
        addReminder(db.connection(), anna.id, QStringLiteral("tomorrow"), sql::now().addDays(1));
    }
    REQUIRE(fixture.window->database().open(fixture.path()));
    ui::ReminderWindow *reminders = fixture.window->reminders()->window();
    CHECK(reminders->isVisible());
    CHECK(listedSubjects(reminders) == QStringList{QStringLiteral("Перезвонить в «Ромашку»")});
    const QSqlDatabase db = fixture.window->database().connection();
    CHECK(taskOf(db, overdue).remindedAt.isValid());
    // The next look is when "tomorrow" comes due, or sooner: the minute's safety net.
    const QDateTime next = fixture.window->reminders()->nextCheck();
    CHECK(next.isValid());
    CHECK(QDateTime::currentDateTimeUtc().msecsTo(next) <= ui::ReminderService::safetyIntervalMs);

    SECTION("a second window on the same file does not show it again")
    {
        WindowFixture second(false);
        REQUIRE(second.window->database().open(fixture.path()));
        CHECK_FALSE(second.window->reminders()->window()->isVisible());
        CHECK(listedSubjects(second.window->reminders()->window()).isEmpty());
    }
    SECTION("Dismiss hides it for good")
    {
        QTest::mouseClick(child<QPushButton>(reminders, "dismissButton"), Qt::LeftButton);
        CHECK_FALSE(reminders->isVisible());
        fixture.window->reminders()->check();
        CHECK_FALSE(reminders->isVisible());
        CHECK(taskOf(db, overdue).state == Task::State::Planned);
    }
}

TEST_CASE("A reminder fires in the running window, and Snooze 5 min moves it", "[reminders]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    const QSqlDatabase db = window.database().connection();
    const qint64 id = addReminder(db, currentUser(window), QStringLiteral("Call Mr Wang 王先生"), sql::now().addSecs(2));
    window.reminders()->tasksChanged(); // as saving a task through the editor does
    ui::ReminderWindow *reminders = window.reminders()->window();
    CHECK_FALSE(reminders->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(reminders->isVisible(), 6000);
    CHECK(listedSubjects(reminders) == QStringList{QStringLiteral("Call Mr Wang 王先生")});
    CHECK(taskOf(db, id).remindedAt.isValid());

    const QDateTime before = sql::now();
    QTest::mouseClick(child<QToolButton>(reminders, "snoozeButton"), Qt::LeftButton, {}, QPoint(8, 8));
    const QDateTime after = sql::now();
    const Task snoozed = taskOf(db, id);
    CHECK(snoozed.remindAt >= before.addSecs(5 * 60));
    CHECK(snoozed.remindAt <= after.addSecs(5 * 60));
    CHECK_FALSE(snoozed.remindedAt.isValid());
    CHECK_FALSE(reminders->isVisible());
    CHECK(listedSubjects(reminders).isEmpty());

    // Five minutes later (a clock of the test's own) it is back.
    window.reminders()->setClock([snoozed] { return snoozed.remindAt.addSecs(1); });
    window.reminders()->check();
    CHECK(reminders->isVisible());
    CHECK(listedSubjects(reminders) == QStringList{QStringLiteral("Call Mr Wang 王先生")});
}

TEST_CASE("Done, the longer snoozes and Open act on the selected reminders", "[reminders]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    const QSqlDatabase db = window.database().connection();
    const QDateTime now = QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    const qint64 user = currentUser(window);
    const qint64 first = addReminder(db, user, QStringLiteral("first"), now.addSecs(-120));
    const qint64 second = addReminder(db, user, QStringLiteral("second"), now.addSecs(-60));
    const qint64 third = addReminder(db, user, QStringLiteral("third"), now);
    window.reminders()->setClock([now] { return now; });
    window.reminders()->check();
    ui::ReminderWindow *reminders = window.reminders()->window();
    REQUIRE(listedSubjects(reminders) == (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    auto *list = child<QTreeWidget>(reminders, "reminderList");

    // The first is selected: Done.
    QTest::mouseClick(child<QPushButton>(reminders, "doneButton"), Qt::LeftButton);
    CHECK(taskOf(db, first).state == Task::State::Done);
    CHECK(taskOf(db, first).percentComplete == 100);
    CHECK(listedSubjects(reminders) == (QStringList{QStringLiteral("second"), QStringLiteral("third")}));
    // Like Done anywhere, Edit › Undo takes it back.
    window.undoStack()->undo();
    CHECK(taskOf(db, first).state == Task::State::Planned);
    window.undoStack()->redo();
    CHECK(taskOf(db, first).state == Task::State::Done);

    // Snooze the second for an hour through the button's menu.
    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    auto *hour = reminders->findChild<QAction *>(QStringLiteral("snooze60"));
    REQUIRE(hour);
    hour->trigger();
    CHECK(taskOf(db, second).remindAt == now.addSecs(3600));
    CHECK(listedSubjects(reminders) == QStringList{QStringLiteral("third")});

    // Open asks for the task's editor and takes the row away.
    QObject::disconnect(window.reminders(), &ui::ReminderService::openTaskRequested, nullptr, nullptr);
    QSignalSpy opened(window.reminders(), &ui::ReminderService::openTaskRequested);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == third);
    CHECK_FALSE(reminders->isVisible());
    CHECK(taskOf(db, third).state == Task::State::Planned);
}

TEST_CASE("A snooze that cannot be written keeps the reminder listed and says why", "[reminders]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    const QSqlDatabase db = window.database().connection();
    const qint64 id = addReminder(db, currentUser(window), QStringLiteral("locked out"), sql::now().addSecs(-5));
    window.reminders()->check();
    ui::ReminderWindow *reminders = window.reminders()->window();
    REQUIRE(listedSubjects(reminders) == QStringList{QStringLiteral("locked out")});

    // Another program holds the write lock.
    Database other;
    REQUIRE_FALSE(other.open(fixture.path(), {Database::Access::ReadWrite, 100, false, nullptr}));
    REQUIRE(sql::exec(other.connection(), QStringLiteral("BEGIN IMMEDIATE")));
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 100"));
    QTest::mouseClick(child<QToolButton>(reminders, "snoozeButton"), Qt::LeftButton, {}, QPoint(8, 8));
    REQUIRE(sql::exec(other.connection(), QStringLiteral("ROLLBACK")));
    CHECK(listedSubjects(reminders) == QStringList{QStringLiteral("locked out")});
    auto *problem = child<QLabel>(reminders, "problemLabel");
    CHECK_FALSE(problem->isHidden());
    CHECK(problem->text().contains(QStringLiteral("cannot be put off")));
    CHECK(taskOf(db, id).remindedAt.isValid());
}

TEST_CASE("File > Export tasks and Import calendar run off the GUI thread and round-trip", "[reminders][ics]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    const QSqlDatabase db = window.database().connection();
    const qint64 user = currentUser(window);
    addReminder(db, user, QStringLiteral("Счёт, акт; договор"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    auto *actions = window.findChild<ui::TasksIcsActions *>();
    REQUIRE(actions);
    QSignalSpy finished(actions, &ui::TasksIcsActions::finished);

    // Cancelling the file dialog does nothing.
    window.findChild<QAction *>(QStringLiteral("exportIcsAction"))->trigger();
    CHECK_FALSE(actions->isRunning());

    const QString file = fixture.file(QStringLiteral("tasks.ics"));
    fixture.script.filesToChoose = {file};
    window.findChild<QAction *>(QStringLiteral("exportIcsAction"))->trigger();
    CHECK(actions->isRunning()); // on its worker, not on the GUI thread
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    CHECK(fixture.script.errors.isEmpty());
    QFile exported(file);
    REQUIRE(exported.open(QIODevice::ReadOnly));
    CHECK(exported.readAll().contains("SUMMARY:Счёт\\, акт\\; договор"));

    fixture.script.filesToChoose = {QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/ics/korganizer.ics")};
    window.findChild<QAction *>(QStringLiteral("importIcsAction"))->trigger();
    CHECK(actions->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    CHECK(fixture.script.errors.isEmpty());
    auto mine = TaskRepository(db).assignedTo(user);
    REQUIRE(mine);
    CHECK(mine->size() == 4);

    // A file that is not a calendar: the user is told why.
    fixture.script.filesToChoose = {QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/clients_excel_utf8.csv")};
    window.findChild<QAction *>(QStringLiteral("importIcsAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.front().contains(QStringLiteral("iCalendar")));
}

TEST_CASE("Import calendar shows its progress, and Cancel leaves the tasks as they were", "[reminders][ics]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QSqlDatabase db = window.database().connection();
    const qint64 user = currentUser(window);
    addReminder(db, user, QStringLiteral("before the import"), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    // Far more events than are read before Cancel arrives.
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
    for (int i = 0; i < 60000; ++i)
        text += "BEGIN:VEVENT\r\nUID:" + QByteArray::number(i) + "@x\r\nSUMMARY:Many\r\nDTSTART:20261201T100000Z\r\nEND:VEVENT\r\n";
    const QString file = fixture.file(QStringLiteral("many.ics"));
    test::writeFile(file, text + "END:VCALENDAR\r\n");

    auto *actions = window.findChild<ui::TasksIcsActions *>();
    REQUIRE(actions);
    QSignalSpy finished(actions, &ui::TasksIcsActions::finished);
    QSignalSpy messages(actions, &ui::TasksIcsActions::message);
    fixture.script.filesToChoose = {file};
    window.findChild<QAction *>(QStringLiteral("importIcsAction"))->trigger();
    QPointer<QProgressDialog> progress = window.findChild<QProgressDialog *>(QStringLiteral("icsProgress"));
    REQUIRE(progress);
    REQUIRE(QTest::qWaitFor([&] { return progress && progress->isVisible(); }, 10000));
    CHECK(progress->labelText().contains(QStringLiteral("many.ics")));
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    CHECK(fixture.script.errors.isEmpty());
    REQUIRE(messages.count() == 1);
    CHECK(messages.first().first().toString().contains(QStringLiteral("Cancelled")));
    QTRY_VERIFY(!progress);
    auto mine = TaskRepository(db).assignedTo(user);
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().subject == QStringLiteral("before the import"));
    CHECK(sql::scalar(db, QStringLiteral("SELECT count(*) FROM import_batches"))->toInt() == 0);
}
