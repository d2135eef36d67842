#include "UiTestSupport.h"

#include "DomainFixtures.h"
#include "contacts/ContactsPage.h"
#include "contacts/OrganizationCard.h"

#include "contacts/CurrentUser.h"
#include "contacts/UserRepository.h"
#include "settings/SettingsDialog.h"
#include "settings/UserEditor.h"
#include "settings/UsersSettingsPage.h"
#include "tasks/TaskEditing.h"
#include "tasks/TaskEditor.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"
#include "tasks/TasksPage.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace kartoteka;
using kartoteka::test::child;
using kartoteka::test::WindowFixture;
using kartoteka::ui::SettingsDialog;
using kartoteka::ui::UserEditor;
using kartoteka::ui::UsersSettingsPage;

namespace {

class UsersFixture : public WindowFixture
{
public:
    UsersFixture() { REQUIRE_FALSE(database.open(path())); }

    qint64 addUser(const QString &login, const QString &name, User::Role role = User::Role::Manager)
    {
        User user;
        user.login = login;
        user.displayName = name;
        user.role = role;
        REQUIRE_FALSE(UserRepository(database.connection()).create(user));
        return user.id;
    }

    User stored(qint64 id) const
    {
        auto user = UserRepository(database.connection()).get(id);
        REQUIRE(user);
        return *user;
    }

    void reopen() { REQUIRE(window->database().open(path())); }

    QString currentLogin() const
    {
        const auto user = window->database().currentUser();
        REQUIRE(user);
        return user->login;
    }

    SettingsDialog *openSettings()
    {
        QAction *preferences = child<QAction>(window.get(), "preferencesAction");
        CHECK(preferences->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma));
        preferences->trigger();
        auto *dialog = window->findChild<SettingsDialog *>();
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        return dialog;
    }

    UserEditor *openEditor(UsersSettingsPage *page, const char *button)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto *push = child<QPushButton>(page, button);
        REQUIRE(push->isEnabled());
        QTest::mouseClick(push, Qt::LeftButton);
        auto *editor = page->findChild<UserEditor *>();
        REQUIRE(editor);
        return editor;
    }

    static QPushButton *ok(UserEditor *editor)
    {
        return child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok);
    }

    static void retype(QWidget *editor, const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(editor, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static QStringList column(UsersSettingsPage *page, int column)
    {
        auto *table = child<QTableWidget>(page, "usersTable");
        QStringList texts;
        for (int row = 0; row < table->rowCount(); ++row)
            texts << table->item(row, column)->text();
        return texts;
    }

    Database database; // the test's own connection
};

} // namespace

TEST_CASE("the first run makes the person at the computer the administrator", "[users]")
{
    UsersFixture fixture;
    const auto user = fixture.window->database().currentUser();
    REQUIRE(user);
    CHECK(user->login == CurrentUser::systemLogin());
    CHECK(user->role == User::Role::Admin);
    CHECK(user->id > 0);
    CHECK(fixture.stored(user->id).login == user->login);
    CHECK(fixture.script.usersOffered.isEmpty()); // nobody was asked
    CHECK(fixture.window->windowTitle().contains(user->displayName));

    // Opening again finds them; nobody new.
    fixture.reopen();
    CHECK(fixture.window->database().currentUser()->id == user->id);
    CHECK(test::statisticsOf(fixture.path()).users == 1);
    CHECK(fixture.script.usersOffered.isEmpty());
}

TEST_CASE("with several users the program asks who is working and remembers the answer", "[users]")
{
    UsersFixture fixture;
    fixture.addUser(QStringLiteral("anna"), QStringLiteral("Anna"));
    const qint64 boris = fixture.addUser(QStringLiteral("boris"), QStringLiteral("Boris"), User::Role::Supervisor);
    QSignalSpy changed(&fixture.window->database(), &ui::DatabaseController::currentUserChanged);

    fixture.script.userToChoose = QStringLiteral("boris");
    fixture.reopen();
    REQUIRE(fixture.script.usersOffered.size() == 1);
    CHECK(fixture.script.usersOffered[0].split(QLatin1Char(',')).contains(QStringLiteral("anna")));
    CHECK(fixture.currentLogin() == QStringLiteral("boris"));
    CHECK(changed.count() == 1);

    // The next time Boris is preselected: the script keeps whatever is preselected.
    fixture.script.userToChoose.clear();
    fixture.reopen();
    CHECK(fixture.script.usersOffered.size() == 2);
    CHECK(fixture.currentLogin() == QStringLiteral("boris"));

    // File > Switch user…
    fixture.script.userToChoose = QStringLiteral("anna");
    child<QAction>(fixture.window.get(), "switchUserAction")->trigger();
    CHECK(fixture.currentLogin() == QStringLiteral("anna"));
    CHECK(changed.count() == 3);
    fixture.script.userToChoose.clear();
    fixture.reopen();
    CHECK(fixture.currentLogin() == QStringLiteral("anna"));
    CHECK(fixture.stored(boris).role == User::Role::Supervisor);
}

TEST_CASE("the settings Users page adds and edits users with unique logins", "[users][settings]")
{
    UsersFixture fixture;
    SettingsDialog *settings = fixture.openSettings();
    UsersSettingsPage *page = settings->usersPage();
    REQUIRE(UsersFixture::column(page, UsersSettingsPage::LoginColumn) == QStringList({fixture.currentLogin()}));

    UserEditor *editor = fixture.openEditor(page, "addUserButton");
    CHECK_FALSE(UsersFixture::ok(editor)->isEnabled());
    UsersFixture::retype(editor, "loginEdit", fixture.currentLogin().toUpper());
    UsersFixture::retype(editor, "displayNameEdit", QStringLiteral("Someone"));
    CHECK_FALSE(UsersFixture::ok(editor)->isEnabled()); // the login is taken, in another case
    CHECK(child<QLabel>(editor, "messageLabel")->text().contains(QStringLiteral("is taken")));
    UsersFixture::retype(editor, "loginEdit", QStringLiteral("sidorova"));
    UsersFixture::retype(editor, "emailEdit", QStringLiteral("not an address"));
    CHECK_FALSE(UsersFixture::ok(editor)->isEnabled());
    UsersFixture::retype(editor, "emailEdit", QStringLiteral("Maria@Example.ru"));
    UsersFixture::retype(editor, "displayNameEdit", QStringLiteral("Maria Sidorova"));
    REQUIRE(UsersFixture::ok(editor)->isEnabled());
    QTest::mouseClick(UsersFixture::ok(editor), Qt::LeftButton);

    auto maria = UserRepository(fixture.database.connection()).findByLogin(QStringLiteral("sidorova"));
    REQUIRE(maria);
    CHECK(maria->displayName == QStringLiteral("Maria Sidorova"));
    CHECK(maria->role == User::Role::Manager);
    CHECK(maria->email == QStringLiteral("maria@example.ru"));
    CHECK(UsersFixture::column(page, UsersSettingsPage::NameColumn).contains(QStringLiteral("Maria Sidorova")));
    CHECK(page->selectedUserId() == maria->id);

    editor = fixture.openEditor(page, "editUserButton");
    auto *role = child<QComboBox>(editor, "roleBox");
    role->setCurrentIndex(role->findText(QStringLiteral("Supervisor")));
    UsersFixture::retype(editor, "displayNameEdit", QStringLiteral("Maria Ivanovna"));
    QTest::mouseClick(UsersFixture::ok(editor), Qt::LeftButton);
    CHECK(fixture.stored(maria->id).role == User::Role::Supervisor);
    CHECK(fixture.stored(maria->id).displayName == QStringLiteral("Maria Ivanovna"));

    // Deactivated, not deleted; and back.
    auto *active = child<QPushButton>(page, "activeUserButton");
    REQUIRE(active->isEnabled());
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK_FALSE(fixture.stored(maria->id).active);
    CHECK(active->text().remove(QLatin1Char('&')) == QStringLiteral("Activate"));
    QTest::mouseClick(active, Qt::LeftButton);
    CHECK(fixture.stored(maria->id).active);
}

TEST_CASE("the last active administrator can be neither demoted nor deactivated on the Users page", "[users][settings]")
{
    UsersFixture fixture;
    const qint64 me = fixture.window->database().currentUser()->id;
    const qint64 anna = fixture.addUser(QStringLiteral("anna"), QStringLiteral("Anna"));
    UsersSettingsPage *page = fixture.openSettings()->usersPage();
    page->reload();
    page->selectUser(me);
    CHECK_FALSE(child<QPushButton>(page, "activeUserButton")->isEnabled());

    UserEditor *editor = fixture.openEditor(page, "editUserButton");
    auto *role = child<QComboBox>(editor, "roleBox");
    role->setCurrentIndex(role->findText(QStringLiteral("Manager")));
    CHECK_FALSE(UsersFixture::ok(editor)->isEnabled());
    CHECK(child<QLabel>(editor, "messageLabel")->text().contains(QStringLiteral("last active administrator")));
    editor->reject();
    CHECK(fixture.stored(me).role == User::Role::Admin);

    // Anna becomes an administrator: now the first may step down, and the window knows it.
    page->selectUser(anna);
    editor = fixture.openEditor(page, "editUserButton");
    role = child<QComboBox>(editor, "roleBox");
    role->setCurrentIndex(role->findText(QStringLiteral("Administrator")));
    QTest::mouseClick(UsersFixture::ok(editor), Qt::LeftButton);
    page->selectUser(me);
    editor = fixture.openEditor(page, "editUserButton");
    role = child<QComboBox>(editor, "roleBox");
    role->setCurrentIndex(role->findText(QStringLiteral("Supervisor")));
    REQUIRE(UsersFixture::ok(editor)->isEnabled());
    QTest::mouseClick(UsersFixture::ok(editor), Qt::LeftButton);
    CHECK(fixture.stored(me).role == User::Role::Supervisor);
    CHECK(fixture.window->database().currentUser()->role == User::Role::Supervisor);

    // No longer an administrator: the page is read-only for them.
    page->reload();
    CHECK_FALSE(child<QPushButton>(page, "addUserButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(page, "editUserButton")->isEnabled());
    CHECK(child<QLabel>(page, "usersNote")->text().contains(QStringLiteral("Only an administrator")));
}

namespace {

QStringList subjects(const ui::TaskJournalModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, ui::TaskJournalModel::Subject).data().toString();
    texts.sort();
    return texts;
}

} // namespace

TEST_CASE("the Tasks page shows a manager the shared tasks and their own personal ones, a supervisor all",
          "[users][tasks][visibility]")
{
    UsersFixture fixture;
    const qint64 anna = fixture.addUser(QStringLiteral("anna"), QStringLiteral("Anna"));
    const qint64 boris = fixture.addUser(QStringLiteral("boris"), QStringLiteral("Boris"), User::Role::Supervisor);
    const qint64 type = TaskTypeRepository(fixture.database.connection()).findByCode(QStringLiteral("call"))->id;
    const qint64 client = test::addOrganization(fixture.database.connection(), QStringLiteral("Acme"));
    auto add = [&](const QString &subject, qint64 author, std::optional<qint64> assignee, bool personal,
                   std::optional<qint64> controller = std::nullopt) {
        Task task;
        task.subject = subject;
        task.typeId = type;
        task.authorId = author;
        task.assigneeId = assignee;
        task.controllerId = controller;
        task.personal = personal;
        task.organizationId = client;
        task.plannedStart = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
        REQUIRE_FALSE(TaskRepository(fixture.database.connection()).create(task));
        return task.id;
    };
    add(QStringLiteral("shared"), boris, boris, false);
    add(QStringLiteral("boris private"), boris, boris, true);
    add(QStringLiteral("for anna"), boris, anna, true);
    add(QStringLiteral("anna checks"), boris, boris, true, anna);
    const qint64 own = add(QStringLiteral("anna own"), anna, std::nullopt, true);

    fixture.script.userToChoose = QStringLiteral("anna");
    fixture.reopen();
    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    fixture.window->showPage(ui::MainWindow::Page::Tasks);
    auto *page = fixture.window->findChild<ui::TasksPage *>();
    REQUIRE(page);
    ui::TaskJournalModel *model = page->model();
    CHECK(subjects(model) == QStringList({QStringLiteral("anna checks"), QStringLiteral("anna own"),
                                          QStringLiteral("for anna"), QStringLiteral("shared")}));

    auto *involvement = child<QComboBox>(page, "involvementFilter");
    involvement->setCurrentIndex(involvement->findText(QStringLiteral("Assigned to me")));
    CHECK(subjects(model) == QStringList({QStringLiteral("for anna")}));
    involvement->setCurrentIndex(involvement->findText(QStringLiteral("Controlled by me")));
    CHECK(subjects(model) == QStringList({QStringLiteral("anna checks")}));
    involvement->setCurrentIndex(involvement->findText(QStringLiteral("All I see")));

    // The organization's journal on its card hides the same tasks.
    auto *contacts = fixture.window->findChild<ui::ContactsPage *>();
    contacts->showOrganization(client);
    QAbstractItemModel *journal = child<QTableView>(contacts->card(), "taskJournal")->model();
    CHECK(journal->rowCount() == 4);

    // The supervisor sees everything, the personal tasks of others included.
    fixture.script.userToChoose = QStringLiteral("boris");
    child<QAction>(fixture.window.get(), "switchUserAction")->trigger();
    CHECK(model->rowCount() == 5);
    CHECK(journal->rowCount() == 5);

    // Marking done and deleting on the page go onto Edit > Undo.
    auto *view = child<QTableView>(page, "taskJournal");
    const int row = model->rowOf(own);
    REQUIRE(row >= 0);
    view->setCurrentIndex(model->index(row, 0));
    REQUIRE(page->markDoneAction()->isEnabled());
    page->markDoneAction()->trigger();
    CHECK(TaskRepository(fixture.database.connection()).get(own)->state == Task::State::Done);
    CHECK(model->index(model->rowOf(own), ui::TaskJournalModel::State).data().toString() == QStringLiteral("Done"));
    view->setCurrentIndex(model->index(model->rowOf(own), 0));
    page->deleteAction()->trigger();
    CHECK(fixture.script.questions.size() == 1);
    CHECK_FALSE(TaskRepository(fixture.database.connection()).get(own));
    CHECK(model->rowCount() == 4);
    fixture.window->undoStack()->undo();
    CHECK(TaskRepository(fixture.database.connection()).get(own));
    CHECK(model->rowCount() == 5);
    fixture.window->undoStack()->undo();
    CHECK(TaskRepository(fixture.database.connection()).get(own)->state == Task::State::Planned);

    // Double-click (activation) opens the task in the editor.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    view->setFocus();
    view->setCurrentIndex(model->index(model->rowOf(own), 0));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(fixture.window->taskEditing()->openEditor());
    CHECK(fixture.window->taskEditing()->openEditor()->task().id == own);
}
