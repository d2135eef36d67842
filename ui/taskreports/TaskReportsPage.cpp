#include "TaskReportsPage.h"

#include "ChoiceButton.h"
#include "TaskReportCharts.h"
#include "contacts/UserRepository.h"
#include "reports/ReportButton.h"
#include "reports/ReportFiles.h"
#include "reports/TaskReportDocument.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"
#include "storage/Sql.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskReportCsv.h"
#include "tasks/TaskTypeRepository.h"
#include "tasks/OrganizationPicker.h"
#include "widgets/BuddyLabel.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/PageHeading.h"
#include "widgets/ProblemsLabel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

const QString settingsGroup = QStringLiteral("taskReports");
constexpr int sortRole = Qt::UserRole + 1;

QDateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

ChoiceButton *choiceButton(const QString &label, QWidget *parent, const char *name)
{
    auto *button = new ChoiceButton(label, parent);
    button->setObjectName(QLatin1String(name));
    return button;
}

std::vector<qint64> ids(const QVariantList &values)
{
    std::vector<qint64> list;
    for (const QVariant &value : values)
        list.push_back(value.toLongLong());
    return list;
}

QVariantList variants(const QStringList &texts)
{
    QVariantList list;
    for (const QString &text : texts)
        list.append(text.toLongLong());
    return list;
}

QStringList texts(const QVariantList &values)
{
    QStringList list;
    for (const QVariant &value : values)
        list.append(value.toString());
    return list;
}

} // namespace

TaskReportsPage::TaskReportsPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_worker(new DatabaseWorker(this))
{
    QLabel *title = createPageHeading(tr("Reports"), this);
    QLabel *description =
        createPageDescription(tr("Task reports: hours, expenses, done on time and overdue over a period."), this);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(tr("Stop the report (Esc); the report shown stays"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_status, 2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(createControls());
    layout->addLayout(statusRow);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_report);
    layout->addLayout(summaryRow);
    layout->addWidget(createResults(), 1);

    auto *runKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(runKey, &QShortcut::activated, this, &TaskReportsPage::run);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(m_escape, &QShortcut::activated, this, &TaskReportsPage::cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TaskReportsPage::cancel);
    connect(m_worker, &DatabaseWorker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_worker, &DatabaseWorker::finished, this, &TaskReportsPage::onWorkerFinished);
    connect(&m_database, &DatabaseController::databaseChanged, this, &TaskReportsPage::onDatabaseChanged);

    // This month, whatever month was reported last time.
    const QDate today = QDate::currentDate();
    setPeriod(QDate(today.year(), today.month(), 1), QDate(today.year(), today.month(), today.daysInMonth()));
    onDatabaseChanged();
    loadSettings();
}

// The worker (a child) ends before the page's members it reports to.
TaskReportsPage::~TaskReportsPage()
{
    delete m_worker;
}

QWidget *TaskReportsPage::createControls()
{
    auto *box = new QWidget(this);
    m_from = dateEdit(box, "fromEdit");
    m_to = dateEdit(box, "toEdit");
    m_grouping = new QComboBox(box);
    m_grouping->setObjectName(QStringLiteral("groupingCombo"));
    for (TaskReportGrouping grouping : {TaskReportGrouping::User, TaskReportGrouping::Type, TaskReportGrouping::State,
                                        TaskReportGrouping::Organization})
        m_grouping->addItem(TaskReport::groupingTitle(grouping), taskReportGroupingCode(grouping));
    m_assignees = choiceButton(tr("Assignees"), box, "assigneeFilter");
    m_authors = choiceButton(tr("Authors"), box, "authorFilter");
    m_controllers = choiceButton(tr("Controllers"), box, "controllerFilter");
    m_types = choiceButton(tr("Types"), box, "typeFilter");
    m_states = choiceButton(tr("States"), box, "stateFilter");
    m_importances = choiceButton(tr("Importance"), box, "importanceFilter");
    m_projects = choiceButton(tr("Projects"), box, "projectFilter");
    std::vector<std::pair<QVariant, QString>> states, importances;
    for (Task::State state : {Task::State::Planned, Task::State::InProgress, Task::State::Done, Task::State::Cancelled,
                              Task::State::Postponed})
        states.emplace_back(Task::stateCode(state), TaskReport::stateName(state));
    m_states->setChoices(states);
    for (Task::Importance importance : {Task::Importance::High, Task::Importance::Normal, Task::Importance::Low})
        importances.emplace_back(int(importance), TaskReport::importanceName(importance));
    m_importances->setChoices(importances);
    m_organizationSlot = new QWidget(box);
    auto *slotLayout = new QHBoxLayout(m_organizationSlot);
    slotLayout->setContentsMargins(0, 0, 0, 0);

    m_run = new QPushButton(tr("&Run"), box);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setToolTip(tr("Make the report (F5)"));
    m_run->setDefault(true);
    m_report = ReportButton::create(this, tr("Print the report, save it as PDF, or export its table as CSV"),
                                    {[this] { printReport(); }, [this] { saveReportPdf(); }, [this] { exportReportCsv(); }});
    const auto label = [box](const QString &text, QWidget *buddy) { return createBuddyLabel(text, buddy, box); };
    auto *what = new QHBoxLayout;
    what->addWidget(label(tr("&Period:"), m_from));
    what->addWidget(m_from);
    what->addWidget(new QLabel(QStringLiteral("–"), box));
    what->addWidget(m_to);
    what->addSpacing(12);
    what->addWidget(label(tr("&Group by:"), m_grouping));
    what->addWidget(m_grouping);
    what->addStretch(1);
    what->addWidget(m_run);
    // Who and what on rows of their own, so that the page fits beside the sidebar at 800 px.
    auto *organization = new QHBoxLayout;
    organization->addWidget(new QLabel(tr("Organization:"), box));
    organization->addWidget(m_organizationSlot, 1);
    organization->addWidget(m_projects);
    auto *people = new QHBoxLayout;
    for (ChoiceButton *button : {m_assignees, m_authors, m_controllers, m_types, m_states, m_importances})
        people->addWidget(button);
    people->addStretch(1);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(what);
    layout->addLayout(organization);
    layout->addLayout(people);

    connect(m_run, &QPushButton::clicked, this, &TaskReportsPage::run);
    return box;
}

QWidget *TaskReportsPage::createResults()
{
    m_model = new QStandardItemModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("chartTabs"));
    const auto view = [this](const char *name, const QString &tab) {
        auto *chartView = new QChartView(this);
        chartView->setObjectName(QLatin1String(name));
        chartView->setRenderHint(QPainter::Antialiasing);
        chartView->setMinimumSize(320, 220);
        m_charts->addTab(chartView, tab);
        return chartView;
    };
    m_hoursView = view("hoursChart", tr("Hours per user"));
    m_workloadView = view("workloadChart", tr("Workload per day"));
    m_stateView = view("stateChart", tr("By state"));
    m_typeView = view("typeChart", tr("By type"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resultsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_charts);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({500, 600});
    return splitter;
}

void TaskReportsPage::setViewer(TaskViewer viewer)
{
    if (viewer.userId == m_viewer.userId && viewer.seesEverything == m_viewer.seesEverything)
        return;
    m_viewer = viewer;
    // A report made for someone else must not stay on screen.
    m_result.reset();
    m_model->clear();
    m_summary->clear();
    for (QChartView *chartView : {m_hoursView, m_stateView, m_typeView, m_workloadView})
        setChart(chartView, new QChart);
    updateButtons();
}

TaskReportParameters TaskReportsPage::parameters() const
{
    TaskReportParameters p;
    p.filter.from = m_from->date().startOfDay();
    p.filter.to = m_to->date().addDays(1).startOfDay();
    p.filter.assigneeIds = ids(m_assignees->chosen());
    p.filter.authorIds = ids(m_authors->chosen());
    p.filter.controllerIds = ids(m_controllers->chosen());
    p.filter.typeIds = ids(m_types->chosen());
    p.filter.projectIds = ids(m_projects->chosen());
    for (const QVariant &code : m_states->chosen())
        p.filter.states.push_back(Task::stateFromCode(code.toString()).value_or(Task::State::Planned));
    for (const QVariant &importance : m_importances->chosen())
        p.filter.importances.push_back(Task::Importance(importance.toInt()));
    if (m_organization && m_organization->organizationId())
        p.filter.organizationIds = {*m_organization->organizationId()};
    p.grouping = taskReportGroupingFromCode(m_grouping->currentData().toString()).value_or(TaskReportGrouping::User);
    p.now = QDateTime::currentDateTime();
    return p;
}

void TaskReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void TaskReportsPage::setGrouping(TaskReportGrouping grouping)
{
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(taskReportGroupingCode(grouping))));
}

bool TaskReportsPage::isRunning() const
{
    return m_worker->isRunning();
}

void TaskReportsPage::onDatabaseChanged()
{
    m_worker->cancel(); // a report of the previous file is of no use now
    m_result.reset();
    m_model->clear();
    m_summary->clear();
    showStatus(m_database.isOpen() ? tr("Choose the period and filters, then press Run (F5).") : QString());
    // The picker searches through the window's connection, which is a new one now.
    delete m_organization;
    m_organization = nullptr;
    if (m_database.isOpen()) {
        m_organization = new OrganizationPicker(m_database.connection(), m_organizationSlot);
        m_organization->setObjectName(QStringLiteral("organizationFilter"));
        m_organizationSlot->layout()->addWidget(m_organization);
    }
    reloadChoices();
    updateButtons();
}

void TaskReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reloadChoices();
}

// The users, types and projects of the open database (small tables) for the filter menus.
void TaskReportsPage::reloadChoices()
{
    std::vector<std::pair<QVariant, QString>> users, types, projects;
    if (m_database.isOpen()) {
        const QSqlDatabase db = m_database.connection();
        if (auto list = UserRepository(db).list(true)) {
            for (const User &user : *list)
                users.emplace_back(user.id, user.shownName());
        }
        if (auto list = TaskTypeRepository(db).list()) {
            for (const TaskType &type : *list)
                types.emplace_back(type.id, type.name);
        }
        if (auto rows = sql::exec(db, QStringLiteral("SELECT id, name FROM projects ORDER BY name"))) {
            while (rows->next())
                projects.emplace_back(rows->value(0).toLongLong(), rows->value(1).toString());
        }
    }
    for (ChoiceButton *button : {m_assignees, m_authors, m_controllers})
        button->setChoices(users);
    m_types->setChoices(types);
    m_projects->setChoices(projects);
}

void TaskReportsPage::loadSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    setGrouping(taskReportGroupingFromCode(settings.value(QStringLiteral("groupBy")).toString())
                    .value_or(TaskReportGrouping::User));
    const auto restore = [&settings](ChoiceButton *button, const QString &key) {
        button->setChosen(variants(settings.value(key).toStringList()));
    };
    restore(m_assignees, QStringLiteral("assignees"));
    restore(m_authors, QStringLiteral("authors"));
    restore(m_controllers, QStringLiteral("controllers"));
    restore(m_types, QStringLiteral("types"));
    restore(m_projects, QStringLiteral("projects"));
    m_states->setChosen([&] {
        QVariantList codes;
        for (const QString &code : settings.value(QStringLiteral("states")).toStringList())
            codes.append(code);
        return codes;
    }());
    // setChosen compares values by type: importances are ints.
    QVariantList importances;
    for (const QString &text : settings.value(QStringLiteral("importances")).toStringList())
        importances.append(text.toInt());
    m_importances->setChosen(importances);
    m_charts->setCurrentIndex(settings.value(QStringLiteral("chartTab"), 0).toInt());
}

// The period is left out on purpose: the page opens on this month.
void TaskReportsPage::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.setValue(QStringLiteral("groupBy"), m_grouping->currentData().toString());
    settings.setValue(QStringLiteral("assignees"), texts(m_assignees->chosen()));
    settings.setValue(QStringLiteral("authors"), texts(m_authors->chosen()));
    settings.setValue(QStringLiteral("controllers"), texts(m_controllers->chosen()));
    settings.setValue(QStringLiteral("types"), texts(m_types->chosen()));
    settings.setValue(QStringLiteral("projects"), texts(m_projects->chosen()));
    settings.setValue(QStringLiteral("states"), texts(m_states->chosen()));
    settings.setValue(QStringLiteral("importances"), texts(m_importances->chosen()));
    settings.setValue(QStringLiteral("chartTab"), m_charts->currentIndex());
}

void TaskReportsPage::run()
{
    if (isRunning() || !m_database.isOpen())
        return;
    const TaskReportParameters parameters = this->parameters();
    if (const QString problem = parameters.problem(); !problem.isEmpty()) {
        showStatus(problem, true);
        return;
    }
    if (m_organization && m_organization->hasUnmatchedText()) {
        showStatus(tr("Choose the organization from the list, or clear its field."), true);
        return;
    }
    saveSettings();
    auto pending = std::make_shared<std::optional<TaskReportResult>>();
    m_pending = pending;
    m_progress->setValue(0);
    showStatus(tr("Counting…"));
    const TaskViewer viewer = m_viewer;
    m_worker->start(m_database.path(), [parameters, viewer, pending](Database &database,
                                                                     const DatabaseWorker::Progress &progress) {
        auto result = TaskReport(database.connection(), viewer).run(parameters, progress);
        if (!result) {
            const QString message = result.error().message;
            return message.isEmpty() ? QStringLiteral("cancelled") : message;
        }
        *pending = std::move(result).value();
        return QString();
    });
    updateButtons();
}

void TaskReportsPage::cancel()
{
    if (!isRunning())
        return;
    m_worker->cancel();
    showStatus(tr("Cancelling…"));
}

void TaskReportsPage::onWorkerFinished(bool succeeded, const QString &error)
{
    const auto pending = std::move(m_pending); // the worker's thread has ended: safe to read
    if (m_worker->isCancelled()) {
        showStatus(m_result ? tr("Cancelled; the previous report is still shown.") : tr("Cancelled."));
    } else if (succeeded && pending && *pending) {
        showStatus(QString());
        showResult(std::move(**pending));
    } else {
        showStatus(tr("The report failed: %1").arg(error), true);
        m_database.dialogs().reportError(this, tr("Cannot make the task report"), error);
    }
    updateButtons();
    Q_EMIT runFinished();
}

void TaskReportsPage::showResult(TaskReportResult result)
{
    m_result = std::move(result);
    const TaskReportResult &r = *m_result;
    const QLocale locale;
    const auto number = [&locale](double value) { return locale.toString(value, 'f', 2); };
    const TaskReportMeasures &t = r.totals;
    m_summary->setText(
        QStringList{tr("%1 – %2").arg(locale.toString(r.parameters.filter.from.date(), QLocale::ShortFormat),
                                      locale.toString(r.parameters.filter.to.addDays(-1).date(), QLocale::ShortFormat)),
                    tr("tasks: %1").arg(locale.toString(t.tasks)),
                    tr("planned %1 h, actual %2 h").arg(number(t.plannedHours()), number(t.actualHours())),
                    tr("expenses %1").arg(number(t.expenses)),
                    tr("done %1, on time %2").arg(locale.toString(t.done), locale.toString(t.doneOnTime)),
                    tr("overdue %1").arg(locale.toString(t.overdue))}
            .join(QStringLiteral(" · ")));

    m_model->clear();
    m_model->setHorizontalHeaderLabels({TaskReport::groupingTitle(r.parameters.grouping), tr("Tasks"),
                                        tr("Planned h"), tr("Actual h"), tr("Expenses"), tr("Done"), tr("On time"),
                                        tr("Overdue")});
    int order = 0;
    for (const TaskReportRow &row : r.rows) {
        const TaskReportMeasures &m = row.measures;
        const auto numberItem = [](const QString &text, const QVariant &sortValue) {
            auto *item = new QStandardItem(text);
            item->setData(sortValue, sortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto *name = new QStandardItem(row.name);
        name->setData(order++, sortRole); // the report's own order
        m_model->appendRow({name, numberItem(locale.toString(m.tasks), m.tasks),
                            numberItem(number(m.plannedHours()), m.plannedSeconds),
                            numberItem(number(m.actualHours()), m.actualSeconds),
                            numberItem(number(m.expenses), m.expenses), numberItem(locale.toString(m.done), m.done),
                            numberItem(locale.toString(m.doneOnTime), m.doneOnTime),
                            numberItem(locale.toString(m.overdue), m.overdue)});
    }
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    setChart(m_hoursView, createHoursPerUserChart(r));
    setChart(m_stateView, createStateChart(r));
    setChart(m_typeView, createTypeChart(r));
    setChart(m_workloadView, createWorkloadChart(r));
    if (r.rows.empty())
        showStatus(tr("No task of the period matches the filters."));
}

void TaskReportsPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    markAsError(m_status, error);
}

void TaskReportsPage::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // the view releases the old chart without deleting it
    delete old;
}

void TaskReportsPage::updateButtons()
{
    const bool running = isRunning();
    m_run->setEnabled(!running && m_database.isOpen());
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_escape->setEnabled(running);
    m_report->setEnabled(!running && m_result.has_value());
}

void TaskReportsPage::printReport()
{
    if (m_result)
        previewTaskReport(*m_result, this);
}

void TaskReportsPage::saveReportPdf()
{
    if (!m_result)
        return;
    // A report of a few dozen rows takes well under a second.
    const QString saved = ReportFiles::savePdf(this, m_database, suggestedTaskReportName(*m_result),
                                               [this](const QString &path, int *pages) {
                                                   return saveTaskReportPdf(*m_result, path, pages);
                                               });
    if (!saved.isEmpty())
        showStatus(saved);
}

void TaskReportsPage::exportReportCsv()
{
    if (!m_result)
        return;
    UserDialogs &dialogs = m_database.dialogs();
    const QString path = m_database.chooseOutputFile(this, tr("Export the report as CSV"),
                                                     ReportFiles::inDocuments(suggestedTaskReportName(*m_result) + QStringLiteral(".csv")),
                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = TaskReportCsv::write(*m_result, path); !problem.isEmpty()) {
        dialogs.reportError(this, tr("Cannot export the CSV file"), problem);
        return;
    }
    showStatus(tr("The report was exported to «%1».").arg(QDir::toNativeSeparators(path)));
}

} // namespace kartoteka::ui
