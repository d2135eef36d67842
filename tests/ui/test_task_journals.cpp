#include "UiTestSupport.h"

#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"
#include "tasks/TasksPage.h"

#include <QComboBox>

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
    choose(child<QComboBox>(page, "periodFilter"), int(kartoteka::ui::TasksPage::Period::AnyTime));
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
}
