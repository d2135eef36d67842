#include "UiTestSupport.h"

#include "DomainFixtures.h"
#include "TestDatabase.h"
#include "contacts/OrganizationCard.h"
#include "contacts/PersonCard.h"
#include "contacts/PersonRepository.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskFilterBar.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskJournalView.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"
#include "tasks/TasksPage.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

QStringList subjects(const kartoteka::ui::TaskJournalModel *model)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->taskAt(row)->subject;
    values.sort();
    return values;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

} // namespace

TEST_CASE("the Tasks page is the journal of a project or a deal, with the same filters", "[tasks][journals]")
{
    WindowFixture fixture;
    kartoteka::Database database;
    REQUIRE_FALSE(database.open(fixture.path()));
    const auto user = fixture.window->database().currentUser();
    REQUIRE(user);
    kartoteka::Project launch;
    launch.name = QStringLiteral("Launch");
    REQUIRE_FALSE(kartoteka::ProjectRepository(database.connection()).create(launch));
    kartoteka::Deal supply;
    supply.name = QStringLiteral("Supply contract");
    REQUIRE_FALSE(kartoteka::DealRepository(database.connection()).create(supply));
    kartoteka::TaskTypeRepository types(database.connection());
    const qint64 call = types.findByCode(QStringLiteral("call"))->id;
    const qint64 meeting = types.findByCode(QStringLiteral("meeting"))->id;
    const auto add = [&](const QString &subject, qint64 type, std::optional<qint64> project, std::optional<qint64> deal) {
        kartoteka::Task task;
        task.subject = subject;
        task.typeId = type;
        task.authorId = user->id;
        task.assigneeId = user->id;
        task.projectId = project;
        task.dealId = deal;
        task.plannedStart = QDateTime(QDate(2026, 11, 2), QTime(10, 0));
        REQUIRE_FALSE(kartoteka::TaskRepository(database.connection()).create(task));
    };
    add(QStringLiteral("launch call"), call, launch.id, std::nullopt);
    add(QStringLiteral("launch meeting"), meeting, launch.id, supply.id);
    add(QStringLiteral("supply call"), call, std::nullopt, supply.id);
    add(QStringLiteral("other"), call, std::nullopt, std::nullopt);

    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    fixture.window->showPage(Page::Tasks);
    auto *page = fixture.window->findChild<kartoteka::ui::TasksPage *>();
    REQUIRE(page);
    choose(child<QComboBox>(page, "periodFilter"), int(kartoteka::ui::TaskFilterBar::Period::AnyTime));
    CHECK(subjects(page->model()).size() == 4);

    auto *project = child<QComboBox>(page, "projectFilter");
    auto *deal = child<QComboBox>(page, "dealFilter");
    choose(project, launch.id);
    CHECK(subjects(page->model()) == QStringList({QStringLiteral("launch call"), QStringLiteral("launch meeting")}));
    choose(child<QComboBox>(page, "typeFilter"), meeting);
    CHECK(subjects(page->model()) == QStringList({QStringLiteral("launch meeting")}));
    child<QComboBox>(page, "typeFilter")->setCurrentIndex(0);
    project->setCurrentIndex(0);
    choose(deal, supply.id);
    CHECK(subjects(page->model()) == QStringList({QStringLiteral("launch meeting"), QStringLiteral("supply call")}));
    deal->setCurrentIndex(0);
    CHECK(subjects(page->model()).size() == 4);

    // A user's journal: what they author, are assigned or control.
    const qint64 boris = kartoteka::test::addUser(database.connection(), QStringLiteral("boris"));
    kartoteka::Task forBoris;
    forBoris.subject = QStringLiteral("for boris");
    forBoris.typeId = call;
    forBoris.authorId = user->id;
    forBoris.assigneeId = boris;
    REQUIRE_FALSE(kartoteka::TaskRepository(database.connection()).create(forBoris));
    page->hide(); // the page reads its choices again when shown
    page->show();
    auto *whose = child<QComboBox>(page, "userFilter");
    choose(whose, boris);
    CHECK(subjects(page->model()) == QStringList({QStringLiteral("for boris")}));
    choose(whose, user->id);
    CHECK(subjects(page->model()).size() == 5); // authored by the user, for boris too
    choose(child<QComboBox>(page, "involvementFilter"), int(kartoteka::ui::TaskFilterBar::Involvement::AssignedToMe));
    CHECK(subjects(page->model()).size() == 4);
}

TEST_CASE("the journals of an organization and a person filter like every journal", "[tasks][journals]")
{
    using namespace kartoteka;
    test::TestDatabase db;
    const qint64 me = test::addUser(db.connection(), QStringLiteral("anna"));
    const qint64 other = test::addUser(db.connection(), QStringLiteral("boris"));
    const qint64 acme = test::addOrganization(db.connection(), QStringLiteral("Acme"));
    Person ivan;
    ivan.fullName = QStringLiteral("Ivan Petrov");
    ivan.organizationId = acme;
    REQUIRE_FALSE(PersonRepository(db.connection()).create(ivan));
    TaskTypeRepository types(db.connection());
    const qint64 call = types.findByCode(QStringLiteral("call"))->id;
    const qint64 meeting = types.findByCode(QStringLiteral("meeting"))->id;
    const auto add = [&](const QString &subject, qint64 type, qint64 assignee, Task::Importance importance,
                         Task::State state, const QDateTime &start) {
        Task task;
        task.subject = subject;
        task.typeId = type;
        task.authorId = me;
        task.assigneeId = assignee;
        task.importance = importance;
        task.state = state;
        task.organizationId = acme;
        task.personId = ivan.id;
        task.plannedStart = start;
        REQUIRE_FALSE(TaskRepository(db.connection()).create(task));
    };
    const QDateTime now = QDateTime::currentDateTime();
    add(QStringLiteral("urgent call today"), call, me, Task::Importance::High, Task::State::Planned, now);
    add(QStringLiteral("old meeting"), meeting, other, Task::Importance::Normal, Task::State::Done, now.addYears(-1));
    add(QStringLiteral("boris calls"), call, other, Task::Importance::Low, Task::State::Planned, now.addYears(-1));

    // Both cards, each checked with every filter of the bar.
    ui::OrganizationCard organizationCard;
    organizationCard.setDatabase(db.connection());
    organizationCard.setViewer(TaskViewer{me, false});
    organizationCard.showOrganization(acme);
    ui::PersonCard personCard;
    personCard.setDatabase(db.connection());
    personCard.setViewer(TaskViewer{me, false});
    personCard.showPerson(ivan.id);
    for (QWidget *card : {static_cast<QWidget *>(&organizationCard), static_cast<QWidget *>(&personCard)}) {
        INFO(card->objectName().toStdString());
        auto *journal = card->findChild<ui::TaskJournalView *>();
        REQUIRE(journal);
        ui::TaskJournalModel *model = journal->model();
        CHECK(model->rowCount() == 3);
        choose(child<QComboBox>(card, "importanceFilter"), int(Task::Importance::High));
        CHECK(subjects(model) == QStringList({QStringLiteral("urgent call today")}));
        child<QComboBox>(card, "importanceFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(card, "periodFilter"), int(ui::TaskFilterBar::Period::ThisMonth));
        CHECK(subjects(model) == QStringList({QStringLiteral("urgent call today")}));
        choose(child<QComboBox>(card, "periodFilter"), int(ui::TaskFilterBar::Period::AnyTime));
        choose(child<QComboBox>(card, "involvementFilter"), int(ui::TaskFilterBar::Involvement::AssignedToMe));
        CHECK(subjects(model) == QStringList({QStringLiteral("urgent call today")}));
        choose(child<QComboBox>(card, "involvementFilter"), int(ui::TaskFilterBar::Involvement::AuthoredByMe));
        CHECK(model->rowCount() == 3);
        choose(child<QComboBox>(card, "involvementFilter"), int(ui::TaskFilterBar::Involvement::AllVisible));
        choose(child<QComboBox>(card, "typeFilter"), call);
        CHECK(subjects(model) == QStringList({QStringLiteral("boris calls"), QStringLiteral("urgent call today")}));
        choose(child<QComboBox>(card, "stateFilter"), int(Task::State::Planned));
        CHECK(model->rowCount() == 2);
        child<QComboBox>(card, "typeFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(card, "stateFilter"), int(Task::State::Done));
        CHECK(subjects(model) == QStringList({QStringLiteral("old meeting")}));
        CHECK(child<QLabel>(card, "journalCount")->text().startsWith(QStringLiteral("1 task")));
        child<QComboBox>(card, "stateFilter")->setCurrentIndex(0);
    }
    // Each card's own column is hidden; the other one shows.
    auto *organizationTable = child<QTableView>(&organizationCard, "taskJournal");
    CHECK(organizationTable->isColumnHidden(ui::TaskJournalModel::Organization));
    CHECK(organizationTable->model()->index(0, ui::TaskJournalModel::Person).data().toString() == QStringLiteral("Ivan Petrov"));
    auto *personTable = child<QTableView>(&personCard, "taskJournal");
    CHECK(personTable->isColumnHidden(ui::TaskJournalModel::Person));
    CHECK(personTable->model()->index(0, ui::TaskJournalModel::Organization).data().toString() == QStringLiteral("Acme"));
}
