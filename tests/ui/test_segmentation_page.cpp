#include "UiTestSupport.h"

#include "DomainFixtures.h"
#include "sales/SaleRepository.h"
#include "segmentation/SegmentationCharts.h"
#include "segmentation/SegmentationHistoryDialog.h"
#include "segmentation/SegmentationMatrixWidget.h"
#include "segmentation/SegmentationPage.h"
#include "segmentation/SegmentationTableModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using kartoteka::AbcClass;
using kartoteka::XyzClass;
using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::SegmentationHistoryDialog;
using kartoteka::ui::SegmentationPage;
using kartoteka::ui::SegmentationTableModel;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

const QDate jan2026(2026, 1, 1);

// The analysed period of every test: January to June 2026.
kartoteka::SegmentationParameters firstHalf2026()
{
    kartoteka::SegmentationParameters parameters;
    parameters.from = jan2026;
    parameters.to = QDate(2026, 6, 1);
    return parameters;
}

// A window on a database with five clients whose classes are known by hand (January to June
// 2026, total 8000):
//   Alpha   1000 every month      6000  75 %    cumulative  75    AX
//   Beta    300 every other month  900  11.25 %             86.25 AZ (CV 100 %)
//   Gamma   100 every month        600   7.5 %              93.75 BX
//   Delta   50, 60, 40, ...        300   3.75 %             97.5  BY (CV 16.3 %)
//   Epsilon 100 in May and June    200   2.5 %             100    C new (two months)
// and Lost, who bought in November 2025 only.
class SegmentationFixture : public WindowFixture
{
public:
    SegmentationFixture()
        : page(window->findChild<SegmentationPage *>())
    {
        REQUIRE(page);
        REQUIRE_FALSE(database.open(path()));
        alpha = addClient(QStringLiteral("Alpha"), {1000, 1000, 1000, 1000, 1000, 1000}, QStringLiteral("7707083893"));
        beta = addClient(QStringLiteral("Beta"), {300, 0, 300, 0, 300, 0});
        gamma = addClient(QStringLiteral("Gamma"), {100, 100, 100, 100, 100, 100});
        delta = addClient(QStringLiteral("Delta"), {50, 60, 40, 50, 60, 40});
        epsilon = addClient(QStringLiteral("Epsilon"), {0, 0, 0, 0, 100, 100});
        lost = kartoteka::test::addOrganization(database.connection(), QStringLiteral("Lost"));
        addSale(lost, QDate(2025, 11, 20), 70);
        page->setParameters(firstHalf2026());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    qint64 addClient(const QString &name, const std::vector<double> &amounts, const QString &inn = {})
    {
        kartoteka::Organization organization;
        organization.name = name;
        organization.inn = inn;
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        for (std::size_t i = 0; i < amounts.size(); ++i) {
            if (amounts[i] != 0)
                addSale(organization.id, jan2026.addMonths(int(i)).addDays(14), amounts[i]);
        }
        return organization.id;
    }

    void addSale(qint64 organizationId, const QDate &date, double amount)
    {
        kartoteka::Sale sale;
        sale.organizationId = organizationId;
        sale.date = date;
        sale.amount = amount;
        REQUIRE_FALSE(kartoteka::SaleRepository(database.connection()).create(sale));
    }

    // Waits for a run the page started by itself (on being shown), then clicks Run and waits.
    void run()
    {
        REQUIRE(QTest::qWaitFor([this] { return !page->isRunning(); }, 20000));
        QSignalSpy finished(page, &SegmentationPage::runFinished);
        auto *button = child<QPushButton>(page, "runButton");
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    }

    // Shows the page (which analyses by itself) and waits for the result.
    void showAndWait()
    {
        window->showPage(Page::Segmentation);
        REQUIRE(QTest::qWaitFor([this] { return !page->isRunning() && page->result().has_value(); }, 20000));
    }

    QTableView *table() const { return child<QTableView>(page, "rankedTable"); }

    QStringList tableNames() const
    {
        QAbstractItemModel *model = table()->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, SegmentationTableModel::Name).data().toString();
        return names;
    }

    QToolButton *cell(const char *name) const { return child<QToolButton>(page, name); }

    QString classOf(qint64 id)
    {
        auto q = kartoteka::sql::exec(database.connection(),
                                      QStringLiteral("SELECT coalesce(abc_class, '') || coalesce(xyz_class, '') "
                                                     "FROM organizations WHERE id = ?"),
                                      {id});
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toString();
    }

    SegmentationPage *page;
    kartoteka::Database database; // the test's own connection
    qint64 alpha = 0, beta = 0, gamma = 0, delta = 0, epsilon = 0, lost = 0;
};

QList<QBarSet *> barSets(QChartView *view)
{
    QList<QBarSet *> sets;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QStackedBarSeries *>(series))
            sets << bars->barSets();
    }
    return sets;
}

} // namespace

TEST_CASE("the segmentation page ranks the clients into the matrix, the charts and the table", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    QAbstractItemModelTester tester(fixture.table()->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    const QLocale locale; // numbers as the user's locale writes them
    const auto oneClient = [&locale](double share) -> QString {
        return QStringLiteral("1\n") + locale.toString(share, 'f', 1) + QStringLiteral(" %");
    };
    CHECK(fixture.cell("cellAX")->text() == oneClient(75));
    CHECK(fixture.cell("cellAZ")->text() == oneClient(11.25));
    CHECK(fixture.cell("cellBX")->text() == oneClient(7.5));
    CHECK(fixture.cell("cellBY")->text() == oneClient(3.75));
    CHECK(fixture.cell("cellCnew")->text() == oneClient(2.5));
    for (const char *empty : {"cellAY", "cellAnew", "cellBZ", "cellBnew", "cellCX", "cellCY", "cellCZ"}) {
        INFO(empty);
        CHECK(fixture.cell(empty)->text() == QStringLiteral("—"));
        CHECK_FALSE(fixture.cell(empty)->isEnabled());
    }

    CHECK(fixture.tableNames()
          == QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                          QStringLiteral("Delta"), QStringLiteral("Epsilon")}));
    QAbstractItemModel *model = fixture.table()->model();
    CHECK(model->index(0, SegmentationTableModel::Inn).data().toString() == QStringLiteral("7707083893"));
    CHECK(model->index(0, SegmentationTableModel::Value).data().toString() == locale.toString(6000.0, 'f', 2));
    CHECK(model->index(1, SegmentationTableModel::Cumulative).data().toString() == locale.toString(86.25, 'f', 2));
    CHECK(model->index(1, SegmentationTableModel::Cv).data().toString() == locale.toString(100.0, 'f', 1));
    CHECK(model->index(2, SegmentationTableModel::Abc).data().toString() == QStringLiteral("B"));
    CHECK(model->index(3, SegmentationTableModel::Xyz).data().toString() == QStringLiteral("Y"));
    CHECK(model->index(4, SegmentationTableModel::Cv).data().toString() == QStringLiteral("—"));
    CHECK(model->index(4, SegmentationTableModel::Xyz).data().toString() == QStringLiteral("new"));

    const QString summary = child<QLabel>(page, "summaryLabel")->text();
    CHECK(summary.contains(locale.standaloneMonthName(1) + QStringLiteral(" 2026 – ")
                           + locale.standaloneMonthName(6) + QStringLiteral(" 2026")));
    CHECK(summary.contains(QStringLiteral("total revenue ") + locale.toString(8000.0, 'f', 2)));
    CHECK(summary.contains(QStringLiteral("ranked clients: 5")));
    CHECK(summary.contains(QStringLiteral("lost clients: 1")));
    auto *lost = child<QTreeWidget>(page, "lostList");
    REQUIRE(lost->topLevelItemCount() == 1);
    CHECK(lost->topLevelItem(0)->text(0) == QStringLiteral("Lost"));
    CHECK(lost->topLevelItem(0)->text(2) == locale.toString(QDate(2025, 11, 20), QLocale::ShortFormat));

    // The Pareto chart: a bar per client in its class's set, the cumulative line, the bounds.
    auto *pareto = child<QChartView>(page, "paretoChart");
    const QList<QBarSet *> sets = barSets(pareto);
    REQUIRE(sets.size() == 3); // A, B, C: five clients need no "others" bar
    CHECK(sets[0]->at(0) == 6000);
    CHECK(sets[0]->at(2) == 0);
    CHECK(sets[1]->at(2) == 600);
    CHECK(sets[2]->at(4) == 200);
    CHECK(pareto->chart()->series().size() == 4); // bars, cumulative, A bound, B bound
    CHECK(barSets(child<QChartView>(page, "classChart")).size() == 3);
    CHECK(child<QPushButton>(page, "saveSnapshotButton")->isEnabled());
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("a matrix cell or a class bar filters the table, a Pareto bar selects its client", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    auto *label = child<QLabel>(page, "filterLabel");
    auto *showAll = child<QPushButton>(page, "showAllButton");
    CHECK_FALSE(showAll->isEnabled());

    QTest::mouseClick(fixture.cell("cellBY"), Qt::LeftButton);
    CHECK(fixture.tableNames() == QStringList{QStringLiteral("Delta")});
    CHECK(label->text().contains(QStringLiteral("BY")));
    CHECK(showAll->isEnabled());
    CHECK(fixture.cell("cellBY")->isChecked());

    QTest::mouseClick(fixture.cell("cellAX"), Qt::LeftButton);
    CHECK(fixture.tableNames() == QStringList{QStringLiteral("Alpha")});
    CHECK_FALSE(fixture.cell("cellBY")->isChecked());

    SECTION("clicking the selected cell again lists everyone")
    {
        QTest::mouseClick(fixture.cell("cellAX"), Qt::LeftButton);
        CHECK(fixture.tableNames().size() == 5);
        CHECK_FALSE(fixture.cell("cellAX")->isChecked());
    }
    SECTION("Show all lists everyone")
    {
        QTest::mouseClick(showAll, Qt::LeftButton);
        CHECK(fixture.tableNames().size() == 5);
        CHECK_FALSE(fixture.cell("cellAX")->isChecked());
        CHECK_FALSE(showAll->isEnabled());
    }
    SECTION("a bar of the class chart lists its class")
    {
        const QList<QBarSet *> sets = barSets(child<QChartView>(page, "classChart"));
        Q_EMIT sets[1]->clicked(1); // class B's bar
        CHECK(fixture.tableNames() == QStringList({QStringLiteral("Gamma"), QStringLiteral("Delta")}));
        CHECK_FALSE(fixture.cell("cellAX")->isChecked());
    }
    SECTION("a click on a Pareto bar selects that client, listing everyone if it was filtered out")
    {
        auto *view = child<QChartView>(page, "paretoChart");
        child<QTabWidget>(page, "chartTabs")->setCurrentWidget(view);
        QChart *chart = view->chart();
        QAbstractSeries *bars = chart->series().first();
        // Gamma, third by rank: the middle of its bar.
        const QPointF inChart = chart->mapToPosition(QPointF(2, 300), bars);
        const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
        REQUIRE(fixture.tableNames().size() == 5);
        const QModelIndex current = fixture.table()->currentIndex();
        REQUIRE(current.isValid());
        CHECK(current.siblingAtColumn(SegmentationTableModel::Name).data().toString() == QStringLiteral("Gamma"));
        CHECK(fixture.table()->selectionModel()->isRowSelected(current.row(), {}));
    }
}

TEST_CASE("a double-click or Enter on a client asks for its card", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    QSignalSpy activated(fixture.page, &SegmentationPage::organizationActivated);
    QTableView *table = fixture.table();
    const QRect second = table->visualRect(table->model()->index(1, SegmentationTableModel::Name));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, second.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == fixture.beta);

    table->setFocus();
    table->setCurrentIndex(table->model()->index(3, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).toLongLong() == fixture.delta);
}

TEST_CASE("a saved snapshot stores each client's class, History shows how they moved", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    auto *save = child<QPushButton>(page, "saveSnapshotButton");
    QSignalSpy saved(page, &SegmentationPage::snapshotSaved);
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK_FALSE(save->isEnabled()); // while it is written, off the GUI thread
    CHECK_FALSE(child<QPushButton>(page, "runButton")->isEnabled());
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.count() == 1);
    CHECK_FALSE(save->isEnabled()); // saved already
    CHECK(fixture.classOf(fixture.alpha) == QStringLiteral("AX"));
    CHECK(fixture.classOf(fixture.beta) == QStringLiteral("AZ"));
    CHECK(fixture.classOf(fixture.gamma) == QStringLiteral("BX"));
    CHECK(fixture.classOf(fixture.delta) == QStringLiteral("BY"));
    CHECK(fixture.classOf(fixture.epsilon) == QStringLiteral("Cnew"));
    CHECK(fixture.classOf(fixture.lost) == QString());

    // Epsilon's big June order makes it the best client; the others slide down the ranking.
    fixture.addSale(fixture.epsilon, QDate(2026, 6, 20), 20000);
    fixture.run();
    CHECK(fixture.tableNames().first() == QStringLiteral("Epsilon"));
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    REQUIRE(saved.wait(10000));
    REQUIRE(saved.count() == 2);
    CHECK(fixture.classOf(fixture.epsilon) == QStringLiteral("Anew"));
    CHECK(fixture.classOf(fixture.beta) == QStringLiteral("BZ"));
    CHECK(fixture.classOf(fixture.gamma) == QStringLiteral("CX"));

    QTest::mouseClick(child<QPushButton>(page, "historyButton"), Qt::LeftButton);
    SegmentationHistoryDialog *dialog = page->historyDialog();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    REQUIRE(dialog->snapshots().size() == 2);
    // The two newest, earlier against later: only the clients whose class changed.
    QAbstractItemModel *moves = child<QTableView>(dialog, "movesTable")->model();
    QAbstractItemModelTester tester(moves, QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto row = [moves](int r) {
        return QStringList{moves->index(r, 0).data().toString(), moves->index(r, 1).data().toString(),
                           moves->index(r, 2).data().toString()};
    };
    REQUIRE(moves->rowCount() == 4);
    CHECK(row(0) == QStringList({QStringLiteral("Epsilon"), QStringLiteral("C new"), QStringLiteral("A new")}));
    CHECK(row(1) == QStringList({QStringLiteral("Beta"), QStringLiteral("AZ"), QStringLiteral("BZ")}));
    CHECK(row(2) == QStringList({QStringLiteral("Gamma"), QStringLiteral("BX"), QStringLiteral("CX")}));
    CHECK(row(3) == QStringList({QStringLiteral("Delta"), QStringLiteral("BY"), QStringLiteral("CY")}));
    // Falling ones are red, rising ones are not.
    CHECK_FALSE(moves->index(0, 0).data(Qt::ForegroundRole).isValid());
    for (int r = 1; r <= 3; ++r)
        CHECK(moves->index(r, 0).data(Qt::ForegroundRole).value<QColor>() == QColor(0xb0, 0x00, 0x20));
    CHECK(dialog->moveCount(AbcClass::A, AbcClass::A) == 1); // Alpha
    CHECK(dialog->moveCount(AbcClass::A, AbcClass::B) == 1); // Beta
    CHECK(dialog->moveCount(AbcClass::B, AbcClass::C) == 2); // Gamma, Delta
    CHECK(dialog->moveCount(AbcClass::C, AbcClass::A) == 1); // Epsilon
    CHECK(dialog->moveCount(AbcClass::C, std::nullopt) == 0);
    CHECK(child<QLabel>(dialog, "historyMessage")->text().contains(QStringLiteral(": 3")));

    auto *changedOnly = child<QCheckBox>(dialog, "changedOnlyCheck");
    QTest::mouseClick(changedOnly, Qt::LeftButton, {}, QPoint(8, changedOnly->height() / 2)); // on the box
    CHECK(moves->rowCount() == 5); // Alpha too, AX → AX

    // A double-click on a move asks for the client's card.
    QSignalSpy activated(page, &SegmentationPage::organizationActivated);
    auto *view = child<QTableView>(dialog, "movesTable");
    const QRect first = view->visualRect(moves->index(0, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first.center());
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).toLongLong() == fixture.epsilon);

    // One snapshot compared with itself says what to do instead of an empty table.
    dialog->compare(0, 0);
    CHECK(moves->rowCount() == 0);
    CHECK(child<QLabel>(dialog, "historyMessage")->text() == QStringLiteral("Choose two different snapshots."));
}

TEST_CASE("a cancelled run shows nothing new", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    fixture.addClient(QStringLiteral("Zeta"), {5000, 5000, 5000, 5000, 5000, 5000});

    fixture.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(fixture.window.get()));
    QSignalSpy finished(page, &SegmentationPage::runFinished);
    QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
    REQUIRE(page->isRunning());
    auto *cancel = child<QPushButton>(page, "cancelButton");
    CHECK(cancel->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "runButton")->isEnabled());
    SECTION("with the Cancel button")
    {
        QTest::mouseClick(cancel, Qt::LeftButton);
    }
    SECTION("with Escape")
    {
        QTest::keyClick(fixture.window.get(), Qt::Key_Escape);
    }
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));

    CHECK(page->result()->clients.size() == 5);
    CHECK_FALSE(fixture.tableNames().contains(QStringLiteral("Zeta")));
    CHECK(child<QLabel>(page, "statusLabel")->text().contains(QStringLiteral("Cancelled")));
    CHECK_FALSE(cancel->isVisible());
    CHECK(fixture.script.errors.isEmpty());

    // Run again: now Zeta is there.
    fixture.run();
    CHECK(fixture.tableNames().first() == QStringLiteral("Zeta"));
}

TEST_CASE("impossible parameters are explained before anything runs", "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    kartoteka::SegmentationParameters backwards = firstHalf2026();
    backwards.from = QDate(2026, 6, 1);
    backwards.to = jan2026;
    page->setParameters(backwards);
    QSignalSpy finished(page, &SegmentationPage::runFinished);
    QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
    CHECK_FALSE(page->isRunning());
    CHECK(child<QLabel>(page, "statusLabel")->text() == QStringLiteral("The period starts after it ends."));
    QTest::qWait(50);
    CHECK(finished.isEmpty());
    CHECK(page->result()->clients.size() == 5); // the previous result stays
}

TEST_CASE("F5 runs the analysis and the chosen settings are remembered", "[segmentation]")
{
    {
        SegmentationFixture fixture;
        fixture.showAndWait();
        kartoteka::SegmentationParameters chosen = firstHalf2026();
        chosen.metric = kartoteka::SegmentMetric::Profit;
        chosen.granularity = kartoteka::SegmentGranularity::Quarter;
        chosen.abcA = 70;
        chosen.xyzY = 30;
        fixture.page->setParameters(chosen);
        fixture.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(fixture.window.get()));
        QSignalSpy finished(fixture.page, &SegmentationPage::runFinished);
        QTest::keyClick(fixture.window.get(), Qt::Key_F5);
        REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
        CHECK(fixture.page->result()->parameters.metric == kartoteka::SegmentMetric::Profit);
        CHECK(fixture.page->result()->clients.empty()); // no profits recorded
        CHECK(child<QLabel>(fixture.page, "emptyHint")->isVisible());
    }
    WindowFixture again;
    auto *page = again.window->findChild<SegmentationPage *>();
    const kartoteka::SegmentationParameters remembered = page->parameters();
    CHECK(remembered.from == jan2026);
    CHECK(remembered.to == QDate(2026, 6, 1));
    CHECK(remembered.metric == kartoteka::SegmentMetric::Profit);
    CHECK(remembered.granularity == kartoteka::SegmentGranularity::Quarter);
    CHECK(remembered.abcA == 70);
    CHECK(remembered.abcB == 95);
    CHECK(remembered.xyzX == 10);
    CHECK(remembered.xyzY == 30);
    QSettings().remove(QStringLiteral("segmentation"));
}

TEST_CASE("without sales the page says how to get some", "[segmentation]")
{
    WindowFixture fixture;
    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    auto *page = fixture.window->findChild<SegmentationPage *>();
    fixture.window->showPage(Page::Segmentation);
    auto *hint = child<QLabel>(page, "emptyHint");
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("Import a sales history (Import page) or create demo data")));
    CHECK_FALSE(child<QChartView>(page, "paretoChart")->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "saveSnapshotButton")->isEnabled());

    // Run anyway: still the hint, no error.
    QSignalSpy finished(page, &SegmentationPage::runFinished);
    QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 20000));
    CHECK(hint->isVisible());
    CHECK(hint->text().contains(QStringLiteral("Import a sales history")));
    CHECK_FALSE(child<QPushButton>(page, "saveSnapshotButton")->isEnabled());
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("a read-only database is analysed but not saved, a locked one keeps the result", "[segmentation]")
{
    SegmentationFixture fixture;
    SECTION("read-only")
    {
        fixture.database.close();
        REQUIRE(QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::ReadUser));
        REQUIRE(fixture.window->database().open(fixture.path()));
        REQUIRE(fixture.window->database().isReadOnly());
        fixture.showAndWait();
        CHECK(fixture.tableNames().size() == 5);
        auto *save = child<QPushButton>(fixture.page, "saveSnapshotButton");
        CHECK_FALSE(save->isEnabled());
        CHECK(save->toolTip().contains(QStringLiteral("read-only")));
        CHECK(child<QPushButton>(fixture.page, "historyButton")->isEnabled());
        QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("locked by another program while saving")
    {
        fixture.showAndWait();
        REQUIRE(kartoteka::sql::exec(fixture.database.connection(), QStringLiteral("BEGIN IMMEDIATE")).ok());
        auto *save = child<QPushButton>(fixture.page, "saveSnapshotButton");
        QTest::mouseClick(save, Qt::LeftButton); // waits out the busy timeout, then gives up
        REQUIRE(QTest::qWaitFor([&] { return !fixture.script.errors.isEmpty(); }, 30000));
        REQUIRE(fixture.script.errors.size() == 1);
        CHECK(fixture.script.errors.first().startsWith(QStringLiteral("Cannot save the snapshot: ")));
        CHECK(fixture.tableNames().size() == 5); // nothing lost
        CHECK(save->isEnabled());
        REQUIRE(kartoteka::sql::exec(fixture.database.connection(), QStringLiteral("ROLLBACK")).ok());
        QSignalSpy saved(fixture.page, &SegmentationPage::snapshotSaved);
        QTest::mouseClick(save, Qt::LeftButton);
        REQUIRE(saved.wait(10000));
        CHECK(fixture.classOf(fixture.alpha) == QStringLiteral("AX"));
    }
}

TEST_CASE("the report of the page is saved as PDF and CSV, and a file that cannot be written is reported",
          "[segmentation]")
{
    SegmentationFixture fixture;
    fixture.showAndWait();
    SegmentationPage *page = fixture.page;
    REQUIRE(child<QToolButton>(page, "reportButton")->isEnabled());
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("report.pdf"));
    const QString csv = out.filePath(QStringLiteral("ranked.csv"));

    fixture.script.filesToChoose = {pdf, csv};
    page->saveReportPdf();
    page->exportReportCsv();
    CHECK(fixture.script.errors.isEmpty());
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.count("/Type /Page\n") + pdfBytes.count("/Type /Page ") + pdfBytes.count("/Type /Page/") >= 1);
    QFile csvFile(csv);
    REQUIRE(csvFile.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csvFile.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 6); // header and the five ranked clients, best first
    CHECK(lines[1].contains(QStringLiteral("Alpha")));
    CHECK(lines[5].contains(QStringLiteral("Epsilon")));
    CHECK(child<QLabel>(page, "statusLabel")->text().contains(QStringLiteral("ranked.csv")));

    // Cancelled file dialogs write nothing; a folder that does not exist is reported.
    page->saveReportPdf();
    CHECK(fixture.script.errors.isEmpty());
    fixture.script.filesToChoose = {out.filePath(QStringLiteral("no/such/folder/report.pdf"))};
    page->saveReportPdf();
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().startsWith(QStringLiteral("Cannot save the report: ")));
}

TEST_CASE("the Pareto chart of many clients groups consecutive ranks into equal bars", "[segmentation]")
{
    kartoteka::SegmentationResult result;
    double cumulative = 0;
    for (int i = 0; i < 100; ++i) {
        kartoteka::SegmentedClient client;
        client.id = i + 1;
        client.value = 100 - i; // 100, 99, ..., 1: total 5050
        cumulative += client.value;
        client.cumulative = 100.0 * cumulative / 5050;
        client.abc = client.cumulative <= 80 ? kartoteka::AbcClass::A : kartoteka::AbcClass::C;
        result.clients.push_back(client);
    }
    result.total = 5050;
    std::unique_ptr<QChart> chart(kartoteka::ui::createParetoChart(result, 40));
    // 100 clients in at most 40 bars: 3 ranks a bar, 34 bars, the last holding rank 100 alone.
    auto *bars = qobject_cast<QStackedBarSeries *>(chart->series().at(0));
    REQUIRE(bars);
    const QList<QBarSet *> sets = bars->barSets();
    REQUIRE(sets.size() == 3);
    CHECK(sets[0]->count() == 34);
    CHECK(sets[0]->at(0) + sets[1]->at(0) + sets[2]->at(0) == 100 + 99 + 98);
    CHECK(sets[2]->at(33) == 1);
    auto *line = qobject_cast<QLineSeries *>(chart->series().at(1));
    REQUIRE(line);
    CHECK(line->count() == 34);
    CHECK(line->at(33).y() == Approx(100));
    CHECK(kartoteka::ui::paretoBar(result, 40, 1).first == 3);
    CHECK(kartoteka::ui::paretoBar(result, 40, 33).last == 100);
}
