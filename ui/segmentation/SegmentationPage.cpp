#include "SegmentationPage.h"

#include "widgets/PageHeading.h"
#include "widgets/ProblemsLabel.h"

#include "SegmentationCharts.h"
#include "SegmentationHistoryDialog.h"
#include "SegmentationMatrixWidget.h"
#include "SegmentationTableModel.h"
#include "reports/ReportButton.h"
#include "reports/ReportFiles.h"
#include "reports/SegmentationReport.h"
#include "segmentation/SegmentationCsv.h"
#include "segmentation/SegmentSnapshotRepository.h"
#include "segmentation/SegmentationEngine.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"
#include "storage/Sql.h"
#include "widgets/BuddyLabel.h"
#include "widgets/DatabaseWorker.h"

#include <QBarSet>
#include <QDir>
#include <QToolButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

const QString settingsGroup = QStringLiteral("segmentation");
constexpr int organizationIdRole = Qt::UserRole + 1;

// QDateEdit writes a month as in a date, which in Russian is the genitive («января 2026»);
// where the names differ, the month is shown as a number instead.
QString monthDisplayFormat()
{
    const QLocale locale;
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("yyyy年M月"); // how Chinese writes a month of a year
    for (int month = 1; month <= 12; ++month) {
        if (locale.monthName(month) != locale.standaloneMonthName(month))
            return QStringLiteral("MM.yyyy");
    }
    return QStringLiteral("MMMM yyyy");
}

QDoubleSpinBox *percentBox(QWidget *parent, const char *name, const QString &toolTip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 1000); // CV can exceed 100 %; the ABC bounds are checked by problem()
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" %"));
    box->setToolTip(toolTip);
    return box;
}

QDateEdit *monthEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(monthDisplayFormat());
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

SegmentationPage::SegmentationPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(new DatabaseWorker(this))
    , m_saver(new DatabaseWorker(this))
{
    QLabel *title = createPageHeading(tr("Segmentation"), this);
    QLabel *description = createPageDescription(tr("Which clients matter: the ABC/XYZ analysis of their sales in a period."), this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the analysis (Esc); the result shown stays"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_status, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_emptyHint = new QLabel(this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setMargin(24);
    m_views = new QStackedWidget(this);
    m_views->addWidget(m_emptyHint);
    m_views->addWidget(createResults());

    // In a scroll area, so that the page never holds the window above the size the user wants;
    // at 1280×800 everything fits without scrolling.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(createControls());
    layout->addLayout(statusRow);
    // What to do with a result sits beside it, which keeps the controls above narrow.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_save);
    summaryRow->addWidget(m_history);
    summaryRow->addWidget(m_report);
    layout->addLayout(summaryRow);
    layout->addWidget(m_views, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(scroll);

    auto *runKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(runKey, &QShortcut::activated, this, &SegmentationPage::run);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(m_escape, &QShortcut::activated, this, &SegmentationPage::cancel);
    connect(m_cancel, &QPushButton::clicked, this, &SegmentationPage::cancel);
    connect(m_worker, &DatabaseWorker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_worker, &DatabaseWorker::finished, this, &SegmentationPage::onWorkerFinished);
    connect(m_saver, &DatabaseWorker::finished, this, &SegmentationPage::onSnapshotSaved);
    connect(&m_database, &DatabaseController::databaseChanged, this, &SegmentationPage::onDatabaseChanged);

    loadSettings();
    onDatabaseChanged();
}

// The worker and the history dialog (children) end before the connection they use goes.
SegmentationPage::~SegmentationPage()
{
    delete m_worker;
    delete m_saver;
    delete m_historyDialog;
}

QWidget *SegmentationPage::createControls()
{
    auto *box = new QWidget(this);
    m_from = monthEdit(box, "fromEdit");
    m_to = monthEdit(box, "toEdit");
    m_metric = new QComboBox(box);
    m_metric->setObjectName(QStringLiteral("metricCombo"));
    m_metric->addItem(tr("Revenue"), metricCode(SegmentMetric::Revenue));
    m_metric->addItem(tr("Profit"), metricCode(SegmentMetric::Profit));
    m_granularity = new QComboBox(box);
    m_granularity->setObjectName(QStringLiteral("granularityCombo"));
    m_granularity->addItem(tr("Months"), granularityCode(SegmentGranularity::Month));
    m_granularity->addItem(tr("Quarters"), granularityCode(SegmentGranularity::Quarter));
    m_granularity->setToolTip(tr("The periods over which the steadiness of demand (XYZ) is measured"));
    m_abcA = percentBox(box, "abcASpin", tr("Class A: the best clients that together make up this share of the total"));
    m_abcB = percentBox(box, "abcBSpin", tr("Class B: the next clients, up to this share of the total; the rest are C"));
    m_xyzX = percentBox(box, "xyzXSpin", tr("Class X: coefficient of variation at most this"));
    m_xyzY = percentBox(box, "xyzYSpin", tr("Class Y: coefficient of variation at most this; above it is Z"));

    m_run = new QPushButton(tr("&Run"), box);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Analyse the sales (F5)"));
    m_run->setDefault(true);
    m_save = new QPushButton(tr("&Save as snapshot"), box);
    m_save->setObjectName(QStringLiteral("saveSnapshotButton"));
    m_history = new QPushButton(tr("&History…"), box);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Compare saved snapshots: how clients moved between classes"));
    m_report = ReportButton::create(this, tr("Print the report, save it as PDF, or export the ranked clients as CSV"),
                                    {[this] { printReport(); }, [this] { saveReportPdf(); }, [this] { exportReportCsv(); }});
    const auto label = [box](const QString &text, QWidget *buddy) { return createBuddyLabel(text, buddy, box); };
    // Two short rows: what is analysed and Run; then the class bounds and the snapshots.
    auto *what = new QHBoxLayout;
    what->addWidget(label(tr("&Period:"), m_from));
    what->addWidget(m_from);
    what->addWidget(new QLabel(QStringLiteral("–"), box));
    what->addWidget(m_to);
    what->addSpacing(12);
    what->addWidget(label(tr("&Metric:"), m_metric));
    what->addWidget(m_metric);
    what->addSpacing(12);
    what->addWidget(label(tr("&Steadiness by:"), m_granularity));
    what->addWidget(m_granularity);
    what->addStretch(1);
    what->addWidget(m_run);

    auto *bounds = new QHBoxLayout;
    bounds->addWidget(new QLabel(tr("Class bounds:"), box));
    bounds->addWidget(label(tr("&A ≤"), m_abcA));
    bounds->addWidget(m_abcA);
    bounds->addWidget(label(tr("&B ≤"), m_abcB));
    bounds->addWidget(m_abcB);
    bounds->addSpacing(12);
    bounds->addWidget(label(tr("&X ≤"), m_xyzX));
    bounds->addWidget(m_xyzX);
    bounds->addWidget(label(tr("&Y ≤"), m_xyzY));
    bounds->addWidget(m_xyzY);
    bounds->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(what);
    layout->addLayout(bounds);

    connect(m_run, &QPushButton::clicked, this, &SegmentationPage::run);
    connect(m_save, &QPushButton::clicked, this, &SegmentationPage::saveSnapshot);
    connect(m_history, &QPushButton::clicked, this, &SegmentationPage::showHistory);
    return box;
}

QWidget *SegmentationPage::createResults()
{
    m_matrix = new SegmentationMatrixWidget(this);
    m_paretoView = new QChartView(this);
    m_paretoView->setObjectName(QStringLiteral("paretoChart"));
    m_classView = new QChartView(this);
    m_classView->setObjectName(QStringLiteral("classChart"));
    for (QChartView *view : {m_paretoView, m_classView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(320, 220);
    }
    auto *charts = new QTabWidget(this);
    charts->setObjectName(QStringLiteral("chartTabs"));
    charts->addTab(m_paretoView, tr("Pareto"));
    charts->addTab(m_classView, tr("By class"));

    auto *matrixBox = new QGroupBox(tr("ABC × XYZ"), this);
    matrixBox->setToolTip(tr("Click a cell to list its clients; click it again to list all"));
    auto *matrixLayout = new QVBoxLayout(matrixBox);
    matrixLayout->addWidget(m_matrix);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("topSplitter"));
    top->addWidget(matrixBox);
    top->addWidget(charts);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    m_model = new SegmentationTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SegmentationTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("rankedTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SegmentationTableModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SegmentationTableModel::Name, QHeaderView::Stretch);
    m_filterLabel = new QLabel(this);
    m_filterLabel->setObjectName(QStringLiteral("filterLabel"));
    m_showAll = new QPushButton(tr("Show &all"), this);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel, 1);
    filterRow->addWidget(m_showAll);
    auto *ranked = new QWidget(this);
    auto *rankedLayout = new QVBoxLayout(ranked);
    rankedLayout->setContentsMargins(0, 0, 0, 0);
    rankedLayout->addLayout(filterRow);
    rankedLayout->addWidget(m_table, 1);

    m_lost = new QTreeWidget(this);
    m_lost->setObjectName(QStringLiteral("lostList"));
    m_lost->setRootIsDecorated(false);
    m_lost->setHeaderLabels({tr("Client"), tr("INN"), tr("Last sale")});
    m_lost->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lost->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_lost->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_lost->header()->setStretchLastSection(false);
    m_lost->setAlternatingRowColors(true);
    // Tabs rather than side by side: both lists need the width for long names.
    m_lists = new QTabWidget(this);
    m_lists->setObjectName(QStringLiteral("listTabs"));
    m_lists->addTab(ranked, tr("Ranked clients"));
    m_lists->addTab(m_lost, tr("Lost clients"));
    m_lists->setTabToolTip(1, tr("Bought before the period, nothing in it"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_lists);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // Proportions (the splitters scale them to their size): the charts need the width.
    top->setSizes({400, 800});
    splitter->setSizes({500, 500});
    m_results = splitter;

    connect(m_matrix, &SegmentationMatrixWidget::cellClicked, this, &SegmentationPage::filterToCell);
    connect(m_matrix, &SegmentationMatrixWidget::selectionCleared, this, &SegmentationPage::showAll);
    connect(m_showAll, &QPushButton::clicked, this, &SegmentationPage::showAll);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT organizationActivated(index.data(SegmentationTableModel::IdRole).toLongLong());
    });
    connect(m_lost, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT organizationActivated(item->data(0, organizationIdRole).toLongLong());
    });
    return splitter;
}

SegmentationParameters SegmentationPage::parameters() const
{
    SegmentationParameters p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.metric = metricFromCode(m_metric->currentData().toString()).value_or(SegmentMetric::Revenue);
    p.granularity = granularityFromCode(m_granularity->currentData().toString()).value_or(SegmentGranularity::Month);
    p.abcA = m_abcA->value();
    p.abcB = m_abcB->value();
    p.xyzX = m_xyzX->value();
    p.xyzY = m_xyzY->value();
    return p;
}

void SegmentationPage::setParameters(const SegmentationParameters &p)
{
    m_from->setDate(p.firstMonth());
    m_to->setDate(p.lastMonth());
    m_metric->setCurrentIndex(std::max(0, m_metric->findData(metricCode(p.metric))));
    m_granularity->setCurrentIndex(std::max(0, m_granularity->findData(granularityCode(p.granularity))));
    m_abcA->setValue(p.abcA);
    m_abcB->setValue(p.abcB);
    m_xyzX->setValue(p.xyzX);
    m_xyzY->setValue(p.xyzY);
}

void SegmentationPage::loadSettings()
{
    const SegmentationParameters defaults = SegmentationParameters::lastTwelveMonths(QDate::currentDate());
    QSettings settings;
    settings.beginGroup(settingsGroup);
    SegmentationParameters p = defaults;
    p.from = settings.value(QStringLiteral("from"), defaults.from).toDate();
    p.to = settings.value(QStringLiteral("to"), defaults.to).toDate();
    p.metric = metricFromCode(settings.value(QStringLiteral("metric")).toString()).value_or(defaults.metric);
    p.granularity =
        granularityFromCode(settings.value(QStringLiteral("granularity")).toString()).value_or(defaults.granularity);
    p.abcA = settings.value(QStringLiteral("abcA"), defaults.abcA).toDouble();
    p.abcB = settings.value(QStringLiteral("abcB"), defaults.abcB).toDouble();
    p.xyzX = settings.value(QStringLiteral("xyzX"), defaults.xyzX).toDouble();
    p.xyzY = settings.value(QStringLiteral("xyzY"), defaults.xyzY).toDouble();
    if (!p.from.isValid() || !p.to.isValid()) {
        p.from = defaults.from;
        p.to = defaults.to;
    }
    setParameters(p);
}

void SegmentationPage::saveSettings() const
{
    const SegmentationParameters p = parameters();
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("from"), p.firstMonth());
    settings.setValue(QStringLiteral("to"), p.lastMonth());
    settings.setValue(QStringLiteral("metric"), metricCode(p.metric));
    settings.setValue(QStringLiteral("granularity"), granularityCode(p.granularity));
    settings.setValue(QStringLiteral("abcA"), p.abcA);
    settings.setValue(QStringLiteral("abcB"), p.abcB);
    settings.setValue(QStringLiteral("xyzX"), p.xyzX);
    settings.setValue(QStringLiteral("xyzY"), p.xyzY);
}

bool SegmentationPage::isRunning() const
{
    return m_worker->isRunning();
}

SegmentationHistoryDialog *SegmentationPage::historyDialog() const
{
    return m_historyDialog;
}

void SegmentationPage::onDatabaseChanged()
{
    m_worker->cancel(); // a run on the previous file is of no use now; its result is dropped
    delete m_historyDialog; // it reads through the connection about to close
    m_connection.reset();
    if (m_database.isOpen()) {
        auto connection = std::make_unique<Database>();
        if (DatabaseError error = connection->open(m_database.path()))
            m_database.dialogs().reportError(this, tr("Cannot open the database for the analysis"), error.message);
        else
            m_connection = std::move(connection);
    }
    m_result.reset();
    m_matrix->clear();
    m_model->clear();
    m_lost->clear();
    m_summary->clear();
    showStatus(QString());
    showEmptyState(tr("Press Run (F5) to analyse the sales of the chosen period."));
    m_autoRun = true;
    maybeRunAutomatically();
}

void SegmentationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    maybeRunAutomatically();
}

// Opening the page on a database with sales shows its analysis without a click.
void SegmentationPage::maybeRunAutomatically()
{
    if (!m_autoRun || !isVisible() || isRunning() || !m_connection)
        return;
    if (hasSales()) {
        m_autoRun = false;
        run();
    } else {
        showNoSales();
    }
    updateButtons();
}

bool SegmentationPage::hasSales() const
{
    if (!m_connection)
        return false;
    auto any = sql::scalar(m_connection->connection(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM sales)"));
    return !any || any->toBool(); // when it cannot tell, let the run say what is wrong
}

void SegmentationPage::run()
{
    if (isRunning() || !m_connection)
        return;
    const SegmentationParameters parameters = this->parameters();
    if (const QString problem = parameters.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    saveSettings();
    auto pending = std::make_shared<std::optional<SegmentationResult>>();
    m_pending = pending;
    m_progress->setValue(0);
    showStatus(tr("Analysing…"));
    m_worker->start(m_connection->path(), [parameters, pending](Database &database, const DatabaseWorker::Progress &progress) {
        auto result = SegmentationEngine(database.connection()).run(parameters, progress);
        if (!result) {
            // A cancelled run has no message; the worker drops this one as it was told to stop.
            const QString message = result.error().message;
            return message.isEmpty() ? QStringLiteral("cancelled") : message;
        }
        *pending = std::move(result).value();
        return QString();
    });
    updateButtons();
}

void SegmentationPage::cancel()
{
    if (!isRunning())
        return;
    m_worker->cancel();
    showStatus(tr("Cancelling…"));
}

void SegmentationPage::onWorkerFinished(bool succeeded, const QString &error)
{
    // The worker's thread has ended: the pending result is safe to read.
    const auto pending = std::move(m_pending);
    // After Cancel nothing new is shown, even when the run had just finished.
    if (m_worker->isCancelled()) {
        // Cancelled by the user, or because another database was opened (which cleared the page).
        if (m_result)
            showStatus(tr("Cancelled; the previous result is still shown."));
        else if (!m_autoRun)
            showStatus(tr("Cancelled."));
    } else if (succeeded && pending && *pending) {
        showStatus(QString());
        showResult(std::move(**pending));
    } else {
        showStatus(tr("The analysis failed: %1").arg(error), true);
        m_database.dialogs().reportError(this, tr("Cannot analyse the sales"), error);
    }
    updateButtons();
    Q_EMIT runFinished();
    maybeRunAutomatically(); // a new database opened while the previous run was stopping
}

void SegmentationPage::showResult(SegmentationResult result)
{
    m_result = std::move(result);
    m_saved = false;
    const SegmentationResult &r = *m_result;
    const QLocale locale;
    const QString period = SegmentationHistoryDialog::periodText(r.parameters);

    m_summary->setText(QStringList{period,
                                   (r.parameters.metric == SegmentMetric::Revenue ? tr("total revenue %1")
                                                                                   : tr("total profit %1"))
                                       .arg(locale.toString(r.total, 'f', 2)),
                                   tr("ranked clients: %1").arg(locale.toString(qlonglong(r.clients.size()))),
                                   tr("lost clients: %1").arg(locale.toString(qlonglong(r.lost.size())))}
                           .join(QStringLiteral(" · ")));

    if (r.clients.empty()) {
        m_matrix->clear();
        m_model->clear();
        m_lost->clear();
        if (hasSales()) {
            showEmptyState(tr("No client bought anything in %1 (or every value was zero or negative).\n\n"
                              "Choose another period or metric and press Run (F5).")
                               .arg(period));
        } else {
            showNoSales();
        }
        return;
    }
    m_views->setCurrentWidget(m_results);
    m_matrix->setResult(r);
    m_model->setResult(r);
    setChart(m_paretoView, createParetoChart(r, paretoBars));
    setChart(m_classView, createClassValueChart(r));
    connectBars(m_paretoView->chart(), true);
    connectBars(m_classView->chart(), false);
    fillLostClients(r);
    m_lists->setTabText(0, tr("Ranked clients (%1)").arg(locale.toString(qlonglong(r.clients.size()))));
    m_lists->setTabText(1, tr("Lost clients (%1)").arg(locale.toString(qlonglong(r.lost.size()))));
    updateFilterLabel();
}

void SegmentationPage::showNoSales()
{
    m_autoRun = true; // once sales arrive, showing the page analyses them
    m_summary->clear();
    showEmptyState(tr("There are no sales to analyse yet.\n\nImport a sales history (Import page) or "
                      "create demo data, then press Run (F5)."));
}

void SegmentationPage::showEmptyState(const QString &text)
{
    m_emptyHint->setText(text);
    m_views->setCurrentWidget(m_emptyHint);
}

void SegmentationPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    markAsError(m_status, error);
}

void SegmentationPage::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

// Clicking a bar filters the table; hovering names what the bar is.
void SegmentationPage::connectBars(QChart *chart, bool pareto)
{
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QStackedBarSeries *>(series);
        if (!bars)
            continue;
        for (QBarSet *set : bars->barSets()) {
            if (pareto) {
                connect(set, &QBarSet::clicked, this, [this](int bar) {
                    if (m_result)
                        selectClient(paretoBar(*m_result, paretoBars, bar).first);
                });
            } else {
                connect(set, &QBarSet::clicked, this, [this](int index) { filterToClass(AbcClass(index)); });
            }
            connect(set, &QBarSet::hovered, this, [this, pareto](bool status, int index) {
                if (!status || !m_result) {
                    QToolTip::hideText();
                    return;
                }
                const QLocale locale;
                const SegmentationResult &r = *m_result;
                QString text;
                const ParetoBar ranks = pareto ? paretoBar(r, paretoBars, index) : ParetoBar();
                if (pareto && ranks.last - ranks.first == 1) {
                    const SegmentedClient &c = r.clients[std::size_t(ranks.first)];
                    text = tr("%1. %2 (%3%4): %5, %6 % of the total, %7 % cumulative")
                               .arg(locale.toString(ranks.first + 1), c.name, abcCode(c.abc),
                                    c.xyz == XyzClass::New ? QString() : xyzCode(c.xyz), locale.toString(c.value, 'f', 2),
                                    locale.toString(c.share, 'f', 2), locale.toString(c.cumulative, 'f', 1));
                } else if (pareto && ranks.last > ranks.first) {
                    double value = 0;
                    for (int i = ranks.first; i < ranks.last; ++i)
                        value += r.clients[std::size_t(i)].value;
                    text = tr("Ranks %1–%2: %3, %4 % cumulative")
                               .arg(locale.toString(ranks.first + 1), locale.toString(ranks.last),
                                    locale.toString(value, 'f', 2),
                                    locale.toString(r.clients[std::size_t(ranks.last - 1)].cumulative, 'f', 1));
                } else {
                    const auto abc = AbcClass(index);
                    int count = 0;
                    double value = 0;
                    for (XyzClass xyz : {XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New}) {
                        count += r.cell(abc, xyz).clients;
                        value += r.cell(abc, xyz).value;
                    }
                    text = tr("Class %1 — clients: %2, value: %3")
                               .arg(abcCode(abc), locale.toString(count), locale.toString(value, 'f', 2));
                }
                QToolTip::showText(QCursor::pos(), text);
            });
        }
    }
}

void SegmentationPage::filterToCell(AbcClass abc, XyzClass xyz)
{
    m_model->setFilter(abc, xyz);
    updateFilterLabel();
}

void SegmentationPage::filterToClass(AbcClass abc)
{
    m_matrix->setSelectedCell(std::nullopt);
    m_model->setFilter(abc);
    updateFilterLabel();
}

void SegmentationPage::showAll()
{
    m_matrix->setSelectedCell(std::nullopt);
    m_model->clearFilter();
    updateFilterLabel();
}

// A Pareto bar: the client at that rank, or for the "others" bar the first of them.
void SegmentationPage::selectClient(int clientIndex)
{
    if (clientIndex < 0 || clientIndex >= m_model->clientCount())
        return;
    if (m_model->rowOfClient(clientIndex) < 0)
        showAll();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfClient(clientIndex), 0));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
}

void SegmentationPage::updateFilterLabel()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    if (!m_model->isFiltered()) {
        m_filterLabel->setText(tr("All ranked clients, best first: %1").arg(locale.toString(shown)));
    } else if (const auto xyz = m_model->filterXyz()) {
        const QString cell = *xyz == XyzClass::New ? tr("%1, new").arg(abcCode(*m_model->filterAbc()))
                                                   : abcCode(*m_model->filterAbc()) + xyzCode(*xyz);
        m_filterLabel->setText(tr("Clients of cell %1: %2").arg(cell, locale.toString(shown)));
    } else {
        m_filterLabel->setText(
            tr("Clients of class %1: %2").arg(abcCode(*m_model->filterAbc()), locale.toString(shown)));
    }
    m_showAll->setEnabled(m_model->isFiltered());
}

void SegmentationPage::fillLostClients(const SegmentationResult &result)
{
    const QLocale locale;
    m_lost->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(result.lost.size()));
    for (const LostClient &client : result.lost) {
        auto *item = new QTreeWidgetItem({client.name, client.inn, locale.toString(client.lastSale, QLocale::ShortFormat)});
        item->setData(0, organizationIdRole, client.id);
        items << item;
    }
    m_lost->addTopLevelItems(items);
}

void SegmentationPage::updateButtons()
{
    const bool running = isRunning();
    const bool writable = m_connection && !m_connection->isReadOnly();
    m_run->setEnabled(!running && !m_saver->isRunning() && m_connection);
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_escape->setEnabled(running);
    m_save->setEnabled(!running && !m_saver->isRunning() && writable && m_result && !m_result->clients.empty()
                       && !m_saved);
    if (m_connection && !writable)
        m_save->setToolTip(tr("The database is open read-only: nothing can be saved."));
    else if (m_saved)
        m_save->setToolTip(tr("This result is saved already."));
    else
        m_save->setToolTip(tr("Keep this result to compare it later, and store each client's class on its card"));
    m_history->setEnabled(m_connection != nullptr);
    m_report->setEnabled(!running && m_result && !m_result->clients.empty());
}

void SegmentationPage::printReport()
{
    if (m_result && !m_result->clients.empty())
        previewSegmentationReport(*m_result, this);
}

void SegmentationPage::saveReportPdf()
{
    if (!m_result || m_result->clients.empty())
        return;
    // A report of thousands of clients takes about a second.
    const QString saved = ReportFiles::savePdf(this, m_database, suggestedReportName(*m_result),
                                               [this](const QString &path, int *pages) {
                                                   return saveSegmentationPdf(*m_result, path, pages);
                                               });
    if (!saved.isEmpty())
        showStatus(saved);
}

void SegmentationPage::exportReportCsv()
{
    if (!m_result || m_result->clients.empty())
        return;
    UserDialogs &dialogs = m_database.dialogs();
    const QString path = m_database.chooseOutputFile(this, tr("Export the ranked clients as CSV"),
                                                     ReportFiles::inDocuments(suggestedReportName(*m_result) + QStringLiteral(".csv")),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = SegmentationCsv::write(*m_result, path); !problem.isEmpty()) {
        dialogs.reportError(this, tr("Cannot export the CSV file"), problem);
        return;
    }
    showStatus(tr("The ranked clients were exported to «%1».").arg(QDir::toNativeSeparators(path)));
}

void SegmentationPage::saveSnapshot()
{
    if (!m_connection || m_connection->isReadOnly() || !m_result || m_result->clients.empty() || m_saver->isRunning())
        return;
    // A snapshot of a large card index writes a row per client: off the GUI thread.
    m_savedId = std::make_shared<qint64>(0);
    m_saver->start(m_connection->path(), [result = *m_result, id = m_savedId](Database &database, const DatabaseWorker::Progress &) {
        auto saved = SegmentSnapshotRepository(database.connection()).save(result, QDateTime::currentDateTimeUtc());
        if (!saved)
            return saved.error().message;
        *id = *saved;
        return QString();
    });
    showStatus(tr("Saving the snapshot…"));
    updateButtons();
}

void SegmentationPage::onSnapshotSaved(bool succeeded, const QString &error)
{
    if (!succeeded) {
        showStatus(tr("The snapshot was not saved: %1").arg(error), true);
        m_database.dialogs().reportError(this, tr("Cannot save the snapshot"), error);
        updateButtons();
        return;
    }
    m_saved = true;
    showStatus(tr("Saved as a snapshot; each client's card now shows its class."));
    updateButtons();
    if (m_historyDialog)
        m_historyDialog->reload();
    Q_EMIT snapshotSaved(*m_savedId);
}

void SegmentationPage::showHistory()
{
    if (!m_connection)
        return;
    if (!m_historyDialog) {
        m_historyDialog = new SegmentationHistoryDialog(m_connection->connection(), this);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyDialog, &SegmentationHistoryDialog::organizationActivated, this,
                &SegmentationPage::organizationActivated);
    } else {
        m_historyDialog->reload();
    }
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

} // namespace kartoteka::ui
