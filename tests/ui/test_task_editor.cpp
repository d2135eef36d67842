#include "UiTestSupport.h"

#include "DomainFixtures.h"
#include "contacts/ContactsPage.h"
#include "contacts/OrganizationCard.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/OptionalDateTimeEdit.h"
#include "tasks/OrganizationPicker.h"
#include "tasks/TaskCommands.h"
#include "tasks/TaskDrafts.h"
#include "tasks/TaskEditing.h"
#include "tasks/TaskEditor.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"
#include "tasks/TaskTypesDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace kartoteka;
using kartoteka::test::child;
using kartoteka::test::TestDatabase;
using kartoteka::test::WindowFixture;
using kartoteka::ui::OptionalDateTimeEdit;
using kartoteka::ui::OrganizationPicker;
using kartoteka::ui::TaskEditor;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

qint64 addUser(const QSqlDatabase &db, const QString &login, const QString &name, bool active = true)
{
    User user;
    user.login = login;
    user.displayName = name;
    user.active = active;
    REQUIRE_FALSE(UserRepository(db).create(user));
    return user.id;
}

qint64 addPerson(const QSqlDatabase &db, qint64 organizationId, const QString &name)
{
    Person person;
    person.organizationId = organizationId;
    person.fullName = name;
    REQUIRE_FALSE(PersonRepository(db).create(person));
    return person.id;
}

qint64 typeId(const QSqlDatabase &db, const QString &code)
{
    auto type = TaskTypeRepository(db).findByCode(code);
    REQUIRE(type);
    return type->id;
}

QStringList items(const QComboBox *box)
{
    QStringList texts;
    for (int i = 0; i < box->count(); ++i)
        texts << box->itemText(i);
    return texts;
}

void choose(QComboBox *box, const QString &text)
{
    const int index = box->findText(text);
    INFO("no item " << text.toStdString());
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

QPushButton *okButton(QWidget *editor)
{
    return child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok);
}

QString problems(QWidget *editor)
{
    return child<QLabel>(editor, "messageLabel")->text();
}

// Types `text` into the picker, runs its search and picks the row named `name`.
void pickOrganization(TaskEditor *editor, const QString &text, const QString &name)
{
    auto *picker = child<OrganizationPicker>(editor, "organizationPicker");
    picker->clear();
    QTest::keyClicks(picker, text);
    picker->search();
    QAbstractItemModel *found = picker->suggestions()->model();
    for (int row = 0; row < found->rowCount(); ++row) {
        if (found->index(row, 0).data().toString() == name) {
            Q_EMIT picker->suggestions()->activated(found->index(row, 0));
            return;
        }
    }
    FAIL("the search did not offer " << name.toStdString());
}

void setDateTime(QWidget *editor, const char *name, const QDateTime &value)
{
    child<OptionalDateTimeEdit>(editor, name)->setValue(value);
}

Task task(const QSqlDatabase &db, qint64 id)
{
    auto found = TaskRepository(db).get(id);
    REQUIRE(found);
    return *found;
}

Task simpleTask(const QSqlDatabase &db, qint64 authorId, const QString &subject)
{
    Task t;
    t.subject = subject;
    t.typeId = typeId(db, QStringLiteral("task"));
    t.authorId = authorId;
    return t;
}

bool exists(const QSqlDatabase &db, qint64 id)
{
    return TaskRepository(db).get(id).ok();
}

// Errors the commands report.
struct Reported
{
    QStringList messages;
    ui::ReportCommandError callback()
    {
        return [this](const QString &message) { messages << message; };
    }
};

} // namespace

TEST_CASE("the task editor turns every field it shows into the task", "[tasks][editor]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    const qint64 boris = addUser(db.connection(), QStringLiteral("boris"), QStringLiteral("Boris"));
    addUser(db.connection(), QStringLiteral("gone"), QStringLiteral("Gone"), false);
    const qint64 acme = test::addOrganization(db.connection(), QStringLiteral("Acme Trading"));
    const qint64 ivan = addPerson(db.connection(), acme, QStringLiteral("Ivan Petrov"));

    Task draft;
    draft.authorId = anna;
    draft.typeId = typeId(db.connection(), QStringLiteral("call"));
    TaskEditor editor(db.connection(), draft);
    CHECK_FALSE(okButton(&editor)->isEnabled()); // no subject yet
    CHECK(problems(&editor).contains(QStringLiteral("subject")));
    // The inactive user is not offered.
    CHECK(items(child<QComboBox>(&editor, "assigneeBox")) == QStringList({QStringLiteral("(nobody)"), QStringLiteral("Anna"),
                                                                          QStringLiteral("Boris")}));

    QTest::keyClicks(child<QLineEdit>(&editor, "subjectEdit"), QStringLiteral("Discuss the contract"));
    choose(child<QComboBox>(&editor, "typeBox"), QStringLiteral("Meeting"));
    choose(child<QComboBox>(&editor, "stateBox"), QStringLiteral("In progress"));
    choose(child<QComboBox>(&editor, "importanceBox"), QStringLiteral("High"));
    child<QSpinBox>(&editor, "percentSpin")->setValue(40);
    pickOrganization(&editor, QStringLiteral("Acme"), QStringLiteral("Acme Trading"));
    choose(child<QComboBox>(&editor, "personBox"), QStringLiteral("Ivan Petrov"));
    choose(child<QComboBox>(&editor, "assigneeBox"), QStringLiteral("Boris"));
    choose(child<QComboBox>(&editor, "controllerBox"), QStringLiteral("Anna"));
    child<QCheckBox>(&editor, "personalCheck")->setChecked(true);
    const QDateTime start(QDate(2026, 12, 1), QTime(10, 0));
    setDateTime(&editor, "plannedStartEdit", start);
    setDateTime(&editor, "plannedEndEdit", start.addSecs(3600));
    setDateTime(&editor, "reviewEdit", start.addDays(7));
    choose(child<QComboBox>(&editor, "reminderBox"), QStringLiteral("15 minutes before"));
    child<QDoubleSpinBox>(&editor, "expensesSpin")->setValue(1250.5);
    QTest::keyClicks(child<QPlainTextEdit>(&editor, "contentEdit"), QStringLiteral("Bring the draft"));

    REQUIRE(okButton(&editor)->isEnabled());
    const Task t = editor.task();
    CHECK(t.subject == QStringLiteral("Discuss the contract"));
    CHECK(t.content == QStringLiteral("Bring the draft"));
    CHECK(t.typeId == typeId(db.connection(), QStringLiteral("meeting")));
    CHECK(t.state == Task::State::InProgress);
    CHECK(t.importance == Task::Importance::High);
    CHECK(t.percentComplete == 40);
    CHECK(t.organizationId == acme);
    CHECK(t.personId == ivan);
    CHECK(t.authorId == anna);
    CHECK(t.assigneeId == boris);
    CHECK(t.controllerId == anna);
    CHECK(t.personal);
    CHECK(t.plannedStart == start);
    CHECK(t.plannedEnd == start.addSecs(3600));
    CHECK(t.reviewAt == start.addDays(7));
    CHECK(t.remindAt == start.addSecs(-15 * 60));
    CHECK(t.expenses == Approx(1250.5));
    CHECK_FALSE(t.actualEnd.isValid());

    // Moving the start moves the end: the task keeps its hour.
    setDateTime(&editor, "plannedStartEdit", start.addDays(1));
    CHECK(editor.task().plannedEnd == start.addDays(1).addSecs(3600));
    // All day: whole days, the end at the start of the day after the last.
    child<QCheckBox>(&editor, "allDayCheck")->setChecked(true);
    const Task allDay = editor.task();
    CHECK(allDay.allDay);
    CHECK(allDay.plannedStart == QDate(2026, 12, 2).startOfDay());
    CHECK(allDay.plannedEnd == QDate(2026, 12, 3).startOfDay());

    // The stored task comes back into the same fields.
    Task stored = t;
    REQUIRE_FALSE(TaskRepository(db.connection()).create(stored));
    TaskEditor again(db.connection(), task(db.connection(), stored.id));
    CHECK(TaskMapping::values(again.task()) == TaskMapping::values(task(db.connection(), stored.id)));
    CHECK(child<QComboBox>(&again, "reminderBox")->currentText() == QStringLiteral("15 minutes before"));
    CHECK(child<OrganizationPicker>(&again, "organizationPicker")->text() == QStringLiteral("Acme Trading"));
}

TEST_CASE("every label of the task editor with a mnemonic leads to its field", "[tasks][editor]")
{
    TestDatabase db;
    Task draft;
    draft.authorId = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    draft.typeId = typeId(db.connection(), QStringLiteral("call"));
    TaskEditor editor(db.connection(), draft);
    int mnemonics = 0;
    for (const QLabel *label : editor.findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        ++mnemonics;
        INFO(label->text().toStdString());
        CHECK(label->buddy()); // without one the "&" is shown as it is
    }
    CHECK(mnemonics >= 15);
    // Alt+T goes to the type, the first of its row.
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    QTest::keyClick(&editor, Qt::Key_T, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == child<QComboBox>(&editor, "typeBox"));
}

TEST_CASE("the contact persons, projects and deals offered follow the organization", "[tasks][editor]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    const qint64 acme = test::addOrganization(db.connection(), QStringLiteral("Acme Trading"));
    const qint64 globex = test::addOrganization(db.connection(), QStringLiteral("Globex Industries"));
    addPerson(db.connection(), acme, QStringLiteral("Ivan Petrov"));
    addPerson(db.connection(), acme, QStringLiteral("Maria Sidorova"));
    addPerson(db.connection(), globex, QStringLiteral("Hank Scorpio"));

    TaskEditor editor(db.connection(), simpleTask(db.connection(), anna, QStringLiteral("Call")));
    auto *persons = child<QComboBox>(&editor, "personBox");
    CHECK(items(persons) == QStringList({QStringLiteral("(none)")}));

    pickOrganization(&editor, QStringLiteral("Acme"), QStringLiteral("Acme Trading"));
    CHECK(items(persons) == QStringList({QStringLiteral("(none)"), QStringLiteral("Ivan Petrov"), QStringLiteral("Maria Sidorova")}));
    choose(persons, QStringLiteral("Maria Sidorova"));

    pickOrganization(&editor, QStringLiteral("Globex"), QStringLiteral("Globex Industries"));
    CHECK(items(persons) == QStringList({QStringLiteral("(none)"), QStringLiteral("Hank Scorpio")}));
    CHECK(persons->currentText() == QStringLiteral("(none)")); // Maria is not Globex's
    CHECK(editor.task().organizationId == globex);
    CHECK_FALSE(editor.task().personId);

    // Clearing the organization clears the persons.
    auto *picker = child<OrganizationPicker>(&editor, "organizationPicker");
    picker->selectAll();
    QTest::keyClick(picker, Qt::Key_Delete);
    CHECK_FALSE(editor.task().organizationId);
    CHECK(items(persons) == QStringList({QStringLiteral("(none)")}));
    CHECK(okButton(&editor)->isEnabled());
}

TEST_CASE("choosing Done completes the task: 100 % and the actual end now", "[tasks][editor]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    TaskEditor editor(db.connection(), simpleTask(db.connection(), anna, QStringLiteral("Send the offer")));
    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    choose(child<QComboBox>(&editor, "stateBox"), QStringLiteral("Done"));
    const Task done = editor.task();
    CHECK(done.state == Task::State::Done);
    CHECK(done.percentComplete == 100);
    REQUIRE(done.actualEnd.isValid());
    CHECK(done.actualEnd >= before);
    CHECK(done.actualEnd <= QDateTime::currentDateTime().addSecs(60));

    // An actual end already recorded stays.
    Task recorded = simpleTask(db.connection(), anna, QStringLiteral("Visit"));
    recorded.actualEnd = QDateTime(QDate(2026, 3, 2), QTime(15, 30));
    TaskEditor second(db.connection(), recorded);
    choose(child<QComboBox>(&second, "stateBox"), QStringLiteral("Done"));
    CHECK(second.task().actualEnd == recorded.actualEnd);
    CHECK(second.task().percentComplete == 100);
}

TEST_CASE("invalid input keeps OK disabled and says why", "[tasks][editor]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    test::addOrganization(db.connection(), QStringLiteral("Acme Trading"));
    TaskEditor editor(db.connection(), simpleTask(db.connection(), anna, QStringLiteral("Call")));
    editor.show();
    REQUIRE(okButton(&editor)->isEnabled());
    CHECK_FALSE(child<QLabel>(&editor, "messageLabel")->isVisible());

    auto *subject = child<QLineEdit>(&editor, "subjectEdit");
    subject->clear();
    QTest::keyClicks(subject, QStringLiteral("   "));
    CHECK_FALSE(okButton(&editor)->isEnabled());
    CHECK(problems(&editor).contains(QStringLiteral("Enter the subject")));
    CHECK(child<QLabel>(&editor, "messageLabel")->isVisible());
    // OK pressed anyway (Enter) does not accept.
    QTest::keyClick(&editor, Qt::Key_Return);
    CHECK(editor.result() != QDialog::Accepted);
    QTest::keyClicks(subject, QStringLiteral("Call back"));
    CHECK(okButton(&editor)->isEnabled());

    const QDateTime start(QDate(2026, 12, 1), QTime(10, 0));
    setDateTime(&editor, "plannedStartEdit", start);
    setDateTime(&editor, "plannedEndEdit", start.addSecs(-60));
    CHECK(problems(&editor).contains(QStringLiteral("planned end is before")));
    CHECK_FALSE(okButton(&editor)->isEnabled());
    setDateTime(&editor, "plannedEndEdit", start.addSecs(1800));
    CHECK(okButton(&editor)->isEnabled());

    setDateTime(&editor, "actualStartEdit", start);
    setDateTime(&editor, "actualEndEdit", start.addDays(-1));
    CHECK(problems(&editor).contains(QStringLiteral("actual end is before")));
    setDateTime(&editor, "actualEndEdit", QDateTime());
    CHECK(okButton(&editor)->isEnabled());

    // Text that names no organization chosen from the list.
    QTest::keyClicks(child<OrganizationPicker>(&editor, "organizationPicker"), QStringLiteral("Nonexistent Ltd"));
    CHECK(problems(&editor).contains(QStringLiteral("organization from the list")));
    CHECK_FALSE(okButton(&editor)->isEnabled());
    pickOrganization(&editor, QStringLiteral("Acme"), QStringLiteral("Acme Trading"));
    CHECK(okButton(&editor)->isEnabled());

    // A reminder before a start that is not planned.
    choose(child<QComboBox>(&editor, "reminderBox"), QStringLiteral("1 hour before"));
    CHECK(okButton(&editor)->isEnabled());
    setDateTime(&editor, "plannedEndEdit", QDateTime());
    setDateTime(&editor, "plannedStartEdit", QDateTime());
    CHECK(problems(&editor).contains(QStringLiteral("reminder before the start needs a planned start")));
    CHECK_FALSE(okButton(&editor)->isEnabled());
    // A reminder at a time of its own needs no start.
    choose(child<QComboBox>(&editor, "reminderBox"), QStringLiteral("At a time of its own"));
    CHECK(okButton(&editor)->isEnabled());
    CHECK(editor.task().remindAt.isValid());
}

TEST_CASE("an editor for a task without author, or with a deleted type, cannot be saved", "[tasks][editor]")
{
    TestDatabase db;
    addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    Task orphan;
    orphan.subject = QStringLiteral("Call");
    orphan.typeId = 999; // no such type
    orphan.authorId = 12345; // no such user
    TaskEditor editor(db.connection(), orphan);
    CHECK_FALSE(okButton(&editor)->isEnabled());
    CHECK(problems(&editor).contains(QStringLiteral("Choose the type")));
    CHECK(problems(&editor).contains(QStringLiteral("Choose the author")));
}

TEST_CASE("creating, editing, completing and deleting a task undo and redo", "[tasks][undo]")
{
    TestDatabase db;
    const QSqlDatabase connection = db.connection();
    const qint64 anna = addUser(connection, QStringLiteral("anna"), QStringLiteral("Anna"));
    QUndoStack stack;
    Reported reported;

    auto *create = new ui::CreateTaskCommand(connection, simpleTask(connection, anna, QStringLiteral("Call Acme")),
                                             reported.callback());
    stack.push(create);
    const qint64 id = create->taskId();
    REQUIRE(id > 0);
    REQUIRE(exists(connection, id));
    stack.undo();
    CHECK_FALSE(exists(connection, id));
    stack.redo();
    REQUIRE(exists(connection, id)); // the same id again
    CHECK(task(connection, id).subject == QStringLiteral("Call Acme"));

    const Task before = task(connection, id);
    Task after = before;
    after.subject = QStringLiteral("Call Acme again");
    after.plannedStart = QDateTime(QDate(2026, 12, 5), QTime(9, 0));
    stack.push(new ui::EditTaskCommand(connection, before, after, reported.callback()));
    CHECK(task(connection, id).subject == QStringLiteral("Call Acme again"));
    CHECK(task(connection, id).plannedStart == after.plannedStart);
    stack.undo();
    CHECK(task(connection, id).subject == QStringLiteral("Call Acme"));
    CHECK_FALSE(task(connection, id).plannedStart.isValid());
    stack.redo();

    stack.push(new ui::MarkTaskDoneCommand(connection, task(connection, id), reported.callback()));
    CHECK(task(connection, id).state == Task::State::Done);
    CHECK(task(connection, id).percentComplete == 100);
    CHECK(task(connection, id).actualEnd.isValid());
    stack.undo();
    CHECK(task(connection, id).state == Task::State::Planned);
    CHECK_FALSE(task(connection, id).actualEnd.isValid());
    stack.redo();

    const Task whole = task(connection, id);
    stack.push(new ui::DeleteTaskCommand(connection, id, reported.callback()));
    CHECK_FALSE(exists(connection, id));
    stack.undo();
    REQUIRE(exists(connection, id));
    CHECK(TaskMapping::values(task(connection, id)) == TaskMapping::values(whole));
    stack.redo();
    CHECK_FALSE(exists(connection, id));

    // Back to the start and forward again: every step replays.
    while (stack.canUndo())
        stack.undo();
    CHECK_FALSE(exists(connection, id));
    while (stack.canRedo())
        stack.redo();
    CHECK_FALSE(exists(connection, id));
    stack.undo();
    CHECK(task(connection, id).state == Task::State::Done);
    CHECK(reported.messages.isEmpty());
}

TEST_CASE("a task command that cannot write reports why and leaves the stack as it was", "[tasks][undo]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    Task existing = simpleTask(db.connection(), anna, QStringLiteral("Call"));
    REQUIRE_FALSE(TaskRepository(db.connection()).create(existing));

    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(db.path(), options));
    QUndoStack stack;
    Reported reported;
    stack.push(new ui::CreateTaskCommand(readOnly.connection(), simpleTask(db.connection(), anna, QStringLiteral("New")),
                                         reported.callback()));
    stack.push(new ui::DeleteTaskCommand(readOnly.connection(), existing.id, reported.callback()));
    CHECK(stack.count() == 0);
    CHECK(reported.messages.size() == 2);
    CHECK(exists(db.connection(), existing.id));

    // Invalid values are refused by the repository's checks.
    Task invalid = existing;
    invalid.percentComplete = 140;
    stack.push(new ui::EditTaskCommand(db.connection(), existing, invalid, reported.callback()));
    CHECK(stack.count() == 0);
    CHECK(reported.messages.size() == 3);
    CHECK(reported.messages.last().contains(QStringLiteral("140")));
    CHECK(task(db.connection(), existing.id).percentComplete == 0);

    // Deleting a task that is gone.
    stack.push(new ui::DeleteTaskCommand(db.connection(), 9999, reported.callback()));
    CHECK(stack.count() == 0);
    CHECK(reported.messages.size() == 4);
}

TEST_CASE("quick add starts a call at the next half hour for 30 minutes", "[tasks][editor]")
{
    const QDateTime morning(QDate(2026, 11, 23), QTime(10, 7, 31));
    CHECK(ui::TaskDrafts::nextHalfHour(morning) == QDateTime(QDate(2026, 11, 23), QTime(10, 30)));
    CHECK(ui::TaskDrafts::nextHalfHour(QDateTime(QDate(2026, 11, 23), QTime(10, 30)))
          == QDateTime(QDate(2026, 11, 23), QTime(11, 0)));
    CHECK(ui::TaskDrafts::nextHalfHour(QDateTime(QDate(2026, 11, 23), QTime(23, 45)))
          == QDateTime(QDate(2026, 11, 24), QTime(0, 0)));
    const Task call = ui::TaskDrafts::plannedCall(morning, 7, 1, 42);
    CHECK(call.authorId == 7);
    CHECK(call.assigneeId == 7);
    CHECK(call.organizationId == 42);
    CHECK(call.plannedEnd == call.plannedStart.addSecs(30 * 60));
    CHECK(call.state == Task::State::Planned);
}

namespace {

// A window on the Contacts page with an organization shown, and the test's own connection.
class TaskWindowFixture : public WindowFixture
{
public:
    TaskWindowFixture()
    {
        REQUIRE_FALSE(database.open(path()));
        acme = test::addOrganization(database.connection(), QStringLiteral("Acme Trading"));
        ivan = addPerson(database.connection(), acme, QStringLiteral("Ivan Petrov"));
        page = window->findChild<ui::ContactsPage *>();
        REQUIRE(page);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        window->showPage(Page::Contacts);
        page->refresh();
        page->showOrganization(acme);
        REQUIRE(page->card()->organizationId() == acme);
        REQUIRE(window->database().currentUser());
        me = window->database().currentUser()->id;
        REQUIRE(me > 0);
    }

    TaskEditor *editor() const
    {
        TaskEditor *open = window->taskEditing()->openEditor();
        REQUIRE(open);
        REQUIRE(open->isVisible());
        return open;
    }

    void accept(TaskEditor *open)
    {
        QPushButton *ok = okButton(open);
        INFO(problems(open).toStdString());
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    QTableView *journal() const { return child<QTableView>(page->card(), "taskJournal"); }
    int journalRows() const { return journal()->model()->rowCount(); }
    QString journalCell(int row, int column) const { return journal()->model()->index(row, column).data().toString(); }

    std::vector<Task> tasksOfAcme() const
    {
        auto tasks = TaskRepository(database.connection()).journalOfOrganization(acme);
        REQUIRE(tasks);
        return *tasks;
    }

    Database database;
    ui::ContactsPage *page = nullptr;
    qint64 acme = 0;
    qint64 ivan = 0;
    qint64 me = 0;
};

} // namespace

TEST_CASE("Ctrl+N opens a new call of the current user for the organization shown", "[tasks][editor][window]")
{
    TaskWindowFixture fixture;
    const QDateTime before = QDateTime::currentDateTime();
    QTest::keyClick(fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
    TaskEditor *editor = fixture.editor();
    Task draft = editor->task();
    CHECK(draft.id == 0);
    CHECK(draft.typeId == typeId(fixture.database.connection(), QStringLiteral("call")));
    CHECK(draft.authorId == fixture.me);
    CHECK(draft.assigneeId == fixture.me);
    CHECK(draft.organizationId == fixture.acme);
    CHECK(draft.plannedStart == ui::TaskDrafts::nextHalfHour(before));
    CHECK(draft.plannedStart.time().minute() % 30 == 0);
    CHECK(draft.plannedStart > before);
    CHECK(draft.plannedEnd == draft.plannedStart.addSecs(30 * 60));
    CHECK_FALSE(okButton(editor)->isEnabled()); // it needs a subject

    QTest::keyClicks(child<QLineEdit>(editor, "subjectEdit"), QStringLiteral("Agree on the price"));
    const int commands = fixture.window->undoStack()->count();
    fixture.accept(editor);
    CHECK(fixture.script.errors.isEmpty());
    REQUIRE(fixture.tasksOfAcme().size() == 1);
    CHECK(fixture.tasksOfAcme()[0].subject == QStringLiteral("Agree on the price"));
    CHECK(fixture.window->undoStack()->count() == commands + 1);
    // The card's journal shows it at once.
    REQUIRE(fixture.journalRows() == 1);
    CHECK(fixture.journalCell(0, ui::TaskJournalModel::Subject) == QStringLiteral("Agree on the price"));

    fixture.window->undoStack()->undo();
    CHECK(fixture.tasksOfAcme().empty());
    CHECK(fixture.journalRows() == 0);
    fixture.window->undoStack()->redo();
    CHECK(fixture.tasksOfAcme().size() == 1);

    // On another page Ctrl+N does not guess an organization.
    fixture.window->showPage(Page::Segmentation);
    QTest::keyClick(fixture.window.get(), Qt::Key_N, Qt::ControlModifier);
    TaskEditor *second = fixture.editor();
    CHECK_FALSE(second->task().organizationId);
    second->reject();
}

TEST_CASE("Add task and Log call on the organization card open the editor for it", "[tasks][editor][window]")
{
    TaskWindowFixture fixture;
    ui::OrganizationCard *card = fixture.page->card();

    QTest::mouseClick(child<QToolButton>(card, "addTaskButton"), Qt::LeftButton);
    TaskEditor *editor = fixture.editor();
    CHECK(editor->task().organizationId == fixture.acme);
    CHECK(items(child<QComboBox>(editor, "personBox")).contains(QStringLiteral("Ivan Petrov")));
    editor->reject();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(fixture.tasksOfAcme().empty());

    const QDateTime before = QDateTime::currentDateTime().addSecs(-60);
    QTest::mouseClick(child<QToolButton>(card, "logCallButton"), Qt::LeftButton);
    editor = fixture.editor();
    Task call = editor->task();
    CHECK(call.state == Task::State::Done);
    CHECK(call.percentComplete == 100);
    CHECK(call.typeId == typeId(fixture.database.connection(), QStringLiteral("call")));
    CHECK(call.actualStart >= before);
    CHECK(call.actualEnd == call.actualStart);
    choose(child<QComboBox>(editor, "personBox"), QStringLiteral("Ivan Petrov"));
    auto *subject = child<QLineEdit>(editor, "subjectEdit");
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Ivan asked for a discount"));
    fixture.accept(editor);

    REQUIRE(fixture.tasksOfAcme().size() == 1);
    const Task logged = fixture.tasksOfAcme()[0];
    CHECK(logged.state == Task::State::Done);
    CHECK(logged.personId == fixture.ivan);
    CHECK(logged.authorId == fixture.me);
    REQUIRE(fixture.journalRows() == 1);
    CHECK(fixture.journalCell(0, ui::TaskJournalModel::Person) == QStringLiteral("Ivan Petrov"));

    // Enter on the journal row opens the task; the change is undoable and the journal follows.
    QTableView *journal = fixture.journal();
    fixture.page->card()->findChild<QTabWidget *>(QStringLiteral("cardTabs"))->setCurrentIndex(2);
    journal->setFocus();
    journal->setCurrentIndex(journal->model()->index(0, 0));
    QTest::keyClick(journal, Qt::Key_Return);
    editor = fixture.editor();
    CHECK(editor->task().id == logged.id);
    subject = child<QLineEdit>(editor, "subjectEdit");
    subject->selectAll();
    QTest::keyClicks(subject, QStringLiteral("Discount agreed"));
    fixture.accept(editor);
    CHECK(fixture.tasksOfAcme()[0].subject == QStringLiteral("Discount agreed"));
    CHECK(fixture.journalCell(0, ui::TaskJournalModel::Subject) == QStringLiteral("Discount agreed"));
    fixture.window->undoStack()->undo();
    CHECK(fixture.tasksOfAcme()[0].subject == QStringLiteral("Ivan asked for a discount"));
    CHECK(fixture.journalCell(0, ui::TaskJournalModel::Subject) == QStringLiteral("Ivan asked for a discount"));
    // OK without a change pushes nothing.
    const int commands = fixture.window->undoStack()->count();
    fixture.window->taskEditing()->editTask(logged.id);
    fixture.accept(fixture.editor());
    CHECK(fixture.window->undoStack()->count() == commands);
}

TEST_CASE("user task types can be added and recoloured while the builtin ones keep their code", "[tasks][types]")
{
    TestDatabase db;
    const qint64 anna = addUser(db.connection(), QStringLiteral("anna"), QStringLiteral("Anna"));
    ui::TaskTypesDialog dialog(db.connection());
    auto *list = child<QListWidget>(&dialog, "typeList");
    REQUIRE(list->count() == 6);

    auto *name = child<QLineEdit>(&dialog, "typeNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Webinar"));
    dialog.setColour(QStringLiteral("#123456"));
    QTest::mouseClick(child<QPushButton>(&dialog, "addTypeButton"), Qt::LeftButton);
    REQUIRE(list->count() == 7);
    auto webinar = TaskTypeRepository(db.connection()).list();
    REQUIRE(webinar);
    const TaskType added = webinar->back();
    CHECK(added.name == QStringLiteral("Webinar"));
    CHECK(added.color == QStringLiteral("#123456"));
    CHECK_FALSE(added.builtin);
    CHECK(list->currentItem()->text() == QStringLiteral("Webinar"));

    name->clear();
    QTest::keyClicks(name, QStringLiteral("Online seminar"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTypeButton"), Qt::LeftButton);
    CHECK(TaskTypeRepository(db.connection()).get(added.id)->name == QStringLiteral("Online seminar"));

    // A builtin type changes colour, not its code or name.
    list->setCurrentRow(0);
    dialog.setColour(QStringLiteral("#ff0000"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Ring"));
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTypeButton"), Qt::LeftButton);
    auto call = TaskTypeRepository(db.connection()).findByCode(QStringLiteral("call"));
    REQUIRE(call);
    CHECK(call->color == QStringLiteral("#ff0000"));
    CHECK(call->name == QStringLiteral("Call"));

    // A name is required: the repository's reason is shown.
    list->setCurrentRow(list->count() - 1);
    name->clear();
    QTest::mouseClick(child<QPushButton>(&dialog, "saveTypeButton"), Qt::LeftButton);
    CHECK(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("needs a name")));
    CHECK(TaskTypeRepository(db.connection()).get(added.id)->name == QStringLiteral("Online seminar"));

    // The editor offers the new type.
    TaskEditor editor(db.connection(), simpleTask(db.connection(), anna, QStringLiteral("Call")));
    CHECK(items(child<QComboBox>(&editor, "typeBox")).contains(QStringLiteral("Online seminar")));
}
