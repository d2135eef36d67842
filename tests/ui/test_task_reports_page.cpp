#include "UiTestSupport.h"

#include "DomainFixtures.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"
#include "taskreports/ChoiceButton.h"
#include "taskreports/TaskReportsPage.h"
#include "tasks/OrganizationPicker.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using kartoteka::Task;
using kartoteka::TaskReportGrouping;
using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::ChoiceButton;
using kartoteka::ui::TaskReportsPage;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2024, 3, day), QTime(hour, minute));
}

// March 2024 (long past: every open task is overdue whenever the test runs):
//   ann call    Alpha done     4 Mar 10–12 (2 h), actual 10:00–11:30 (1.5 h), 100.00, on time
//   ann meeting —     planned  5 Mar  9–10 (1 h): overdue
//   bob call    —     done     6 Mar  9–13 (4 h), actual 9–13 (4 h): on time
//   bob meeting Alpha planned  7 Mar 14–15 (1 h): overdue
// By user: Bob 2 tasks, 5 h planned, 4 h actual; Ann 2 tasks, 3 h planned, 1.5 h actual.
class ReportsFixture : public WindowFixture
{
public:
    ReportsFixture() : page(window->findChild<TaskReportsPage *>())
    {
        REQUIRE(page);
        REQUIRE_FALSE(database.open(path()));
        kartoteka::UserRepository users(database.connection());
        for (auto [id, login] : {std::pair{&ann, "Ann"}, std::pair{&bob, "Bob"}}) {
            kartoteka::User user;
            user.login = user.displayName = QString::fromLatin1(login);
            REQUIRE_FALSE(users.create(user));
            *id = user.id;
        }
        alpha = kartoteka::test::addOrganization(database.connection(), QStringLiteral("Alpha"));
        kartoteka::TaskTypeRepository types(database.connection());
        call = types.findByCode(QStringLiteral("call"))->id;
        meeting = types.findByCode(QStringLiteral("meeting"))->id;
        add(ann, call, alpha, Task::State::Done, at(4, 10), at(4, 12), at(4, 10), at(4, 11, 30), 100);
        add(ann, meeting, std::nullopt, Task::State::Planned, at(5, 9), at(5, 10));
        add(bob, call, std::nullopt, Task::State::Done, at(6, 9), at(6, 13), at(6, 9), at(6, 13));
        add(bob, meeting, alpha, Task::State::Planned, at(7, 14), at(7, 15));
        page->setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
        page->setGrouping(TaskReportGrouping::User);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(Page::Reports);
    }

    void add(qint64 assignee, qint64 type, std::optional<qint64> organization, Task::State state,
             const QDateTime &start, const QDateTime &end, const QDateTime &actualStart = {},
             const QDateTime &actualEnd = {}, double expenses = 0)
    {
        Task t = kartoteka::test::reportTask(assignee, type, organization, state, start, end, actualStart, actualEnd,
                                             expenses);
        REQUIRE_FALSE(kartoteka::TaskRepository(database.connection()).create(t));
    }

    // Clicks Run and waits for the report.
    void run()
    {
        QSignalSpy finished(page, &TaskReportsPage::runFinished);
        auto *button = child<QPushButton>(page, "runButton");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    }

    // Each row of the table as "name: cell|cell|...".
    QStringList rows() const
    {
        QAbstractItemModel *model = child<QTableView>(page, "reportTable")->model();
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 1; column < model->columnCount(); ++column)
                cells << model->index(row, column).data().toString();
            list << model->index(row, 0).data().toString() + QStringLiteral(": ") + cells.join(QLatin1Char('|'));
        }
        return list;
    }

    TaskReportsPage *page;
    kartoteka::Database database; // the test's own connection
    qint64 ann = 0, bob = 0, alpha = 0, call = 0, meeting = 0;
};

QAbstractBarSeries *bars(QChartView *view)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *found = qobject_cast<QAbstractBarSeries *>(series))
            return found;
    }
    FAIL("no bar series");
    return nullptr;
}

QList<qreal> values(QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list << set->at(i);
    return list;
}

} // namespace

TEST_CASE("the Reports page makes the task report of the period: table, summary, charts", "[task-reports]")
{
    QLocale::setDefault(QLocale::c());
    ReportsFixture fixture;
    fixture.run();
    REQUIRE(fixture.page->result());
    CHECK(fixture.rows() == QStringList{QStringLiteral("Bob: 2|5.00|4.00|0.00|1|1|1"),
                                        QStringLiteral("Ann: 2|3.00|1.50|100.00|1|1|1")});
    const QString summary = child<QLabel>(fixture.page, "summaryLabel")->text();
    CHECK(summary.contains(QStringLiteral("tasks: 4")));
    CHECK(summary.contains(QStringLiteral("overdue 2")));

    // Lying bars, the first user on top: listed from the bottom up, with the names down the left.
    QAbstractBarSeries *hours = bars(child<QChartView>(fixture.page, "hoursChart"));
    REQUIRE(hours->count() == 2);
    CHECK(hours->type() == QAbstractSeries::SeriesTypeHorizontalBar);
    CHECK(values(hours->barSets().at(0)) == QList<qreal>{3.0, 5.0}); // planned
    CHECK(values(hours->barSets().at(1)) == QList<qreal>{1.5, 4.0}); // actual
    auto *names = qobject_cast<QBarCategoryAxis *>(hours->attachedAxes().at(0));
    REQUIRE(names);
    CHECK(names->categories() == QStringList({QStringLiteral("Ann"), QStringLiteral("Bob")}));
    CHECK(names->alignment() == Qt::AlignLeft);
    QBarSet *workload = bars(child<QChartView>(fixture.page, "workloadChart"))->barSets().at(0);
    REQUIRE(workload->count() == 31);
    CHECK(workload->at(3) == 2.0); // 4 March
    CHECK(workload->at(5) == 4.0);
    CHECK(values(bars(child<QChartView>(fixture.page, "stateChart"))->barSets().at(0))
          == QList<qreal>{2, 0, 2, 0, 0});
    CHECK(values(bars(child<QChartView>(fixture.page, "typeChart"))->barSets().at(0)) == QList<qreal>{2, 2});
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("the grouping and the filters of the Reports page change the rows, F5 runs it", "[task-reports]")
{
    QLocale::setDefault(QLocale::c());
    ReportsFixture fixture;
    fixture.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(fixture.window.get()));
    auto *grouping = child<QComboBox>(fixture.page, "groupingCombo");
    grouping->setFocus();
    QTest::keyClick(grouping, Qt::Key_Down); // user -> type
    QSignalSpy finished(fixture.page, &TaskReportsPage::runFinished);
    QTest::keyClick(grouping, Qt::Key_F5);
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(fixture.rows() == QStringList{QStringLiteral("Call: 2|6.00|5.50|100.00|2|2|0"),
                                        QStringLiteral("Meeting: 2|2.00|0.00|0.00|0|0|2")});

    fixture.page->setGrouping(TaskReportGrouping::Organization);
    fixture.run();
    CHECK(fixture.rows() == QStringList{QStringLiteral("No organization: 2|5.00|4.00|0.00|1|1|1"),
                                        QStringLiteral("Alpha: 2|3.00|1.50|100.00|1|1|1")});

    // Only Ann's tasks: the assignee filter's menu, ticked.
    auto *assignees = child<ChoiceButton>(fixture.page, "assigneeFilter");
    QAction *annAction = nullptr;
    for (QAction *action : assignees->menu()->actions()) {
        if (action->text() == QStringLiteral("Ann"))
            annAction = action;
    }
    REQUIRE(annAction);
    annAction->trigger();
    CHECK(assignees->text().contains(QStringLiteral("Ann")));
    fixture.page->setGrouping(TaskReportGrouping::State);
    fixture.run();
    CHECK(fixture.rows() == QStringList{QStringLiteral("Planned: 1|1.00|0.00|0.00|0|0|1"),
                                        QStringLiteral("Done: 1|2.00|1.50|100.00|1|1|0")});
    CHECK(fixture.page->result()->filterDescription.front().second == QStringLiteral("Ann"));

    // The grouping and the filters are remembered; the period is not (this month instead).
    TaskReportsPage again(fixture.window->database());
    CHECK(child<QComboBox>(&again, "groupingCombo")->currentData().toString() == QStringLiteral("state"));
    CHECK(child<ChoiceButton>(&again, "assigneeFilter")->chosen() == QVariantList{fixture.ann});
    CHECK(child<QDateEdit>(&again, "fromEdit")->date().day() == 1);
    CHECK(child<QDateEdit>(&again, "fromEdit")->date().month() == QDate::currentDate().month());
    QLocale::setDefault(QLocale::system());
}

TEST_CASE("the task report is exported as CSV and saved as PDF, an unwritable file is reported", "[task-reports]")
{
    ReportsFixture fixture;
    CHECK_FALSE(child<QToolButton>(fixture.page, "reportButton")->isEnabled()); // nothing to export yet
    fixture.run();
    CHECK(child<QToolButton>(fixture.page, "reportButton")->isEnabled());
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("tasks.pdf"));
    const QString csv = out.filePath(QStringLiteral("tasks.csv"));
    fixture.script.filesToChoose = {pdf, csv};
    fixture.page->saveReportPdf();
    fixture.page->exportReportCsv();
    CHECK(fixture.script.errors.isEmpty());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csvFile.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    CHECK(lines == QStringList{QStringLiteral("Assignee;Tasks;Planned hours;Actual hours;Expenses;Done;Done on time;Overdue"),
                               QStringLiteral("Bob;2;5.00;4.00;0.00;1;1;1"),
                               QStringLiteral("Ann;2;3.00;1.50;100.00;1;1;1"),
                               QStringLiteral("Total;4;8.00;5.50;100.00;2;2;2")});
    CHECK(child<QLabel>(fixture.page, "statusLabel")->text().contains(QStringLiteral("tasks.csv")));

    fixture.script.filesToChoose = {out.filePath(QStringLiteral("no/such/folder/tasks.pdf"))};
    fixture.page->saveReportPdf();
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().startsWith(QStringLiteral("Cannot save the report: ")));
}

TEST_CASE("an impossible period is explained and nothing runs", "[task-reports]")
{
    ReportsFixture fixture;
    fixture.page->setPeriod(QDate(2024, 3, 31), QDate(2024, 3, 1));
    QTest::mouseClick(child<QPushButton>(fixture.page, "runButton"), Qt::LeftButton);
    CHECK_FALSE(fixture.page->isRunning());
    CHECK_FALSE(fixture.page->result());
    CHECK(child<QLabel>(fixture.page, "statusLabel")->text().contains(QStringLiteral("end after")));

    // An organization typed but not chosen from the list is no filter to guess at.
    fixture.page->setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
    QTest::keyClicks(child<kartoteka::ui::OrganizationPicker>(fixture.page, "organizationFilter"), QStringLiteral("Alp"));
    QTest::mouseClick(child<QPushButton>(fixture.page, "runButton"), Qt::LeftButton);
    CHECK_FALSE(fixture.page->result());
    CHECK(child<QLabel>(fixture.page, "statusLabel")->text().contains(QStringLiteral("organization")));
}

TEST_CASE("a read-only database is reported on, a manager does not see others personal tasks", "[task-reports]")
{
    ReportsFixture fixture;
    SECTION("read-only")
    {
        fixture.database.close();
        REQUIRE(QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::ReadUser));
        REQUIRE(fixture.window->database().open(fixture.path()));
        REQUIRE(fixture.window->database().isReadOnly());
        fixture.page->setPeriod(QDate(2024, 3, 1), QDate(2024, 3, 31));
        fixture.run();
        CHECK(fixture.script.errors.isEmpty());
        CHECK(fixture.rows().size() == 2);
        QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("viewer")
    {
        REQUIRE(kartoteka::sql::exec(fixture.database.connection(),
                                     QStringLiteral("UPDATE tasks SET is_personal = 1 WHERE assignee_id = ?"),
                                     {fixture.bob}));
        fixture.page->setViewer({fixture.ann, false});
        fixture.run();
        CHECK(fixture.rows().size() == 1);
        CHECK(fixture.page->result()->totals.tasks == 2);
        fixture.page->setViewer(kartoteka::TaskViewer::everything());
        CHECK_FALSE(fixture.page->result()); // a report made for someone else is not kept
        fixture.run();
        CHECK(fixture.page->result()->totals.tasks == 4);
    }
}
