#include "TasksPage.h"

#include "widgets/RecordTable.h"

#include "TaskEditing.h"
#include "TaskJournalModel.h"
#include "contacts/ContactTexts.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "storage/DatabaseController.h"
#include "tasks/CalendarPeriod.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskQuery.h"
#include "tasks/TaskTypeRepository.h"
#include "widgets/PageHeading.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

namespace {

const QString involvementKey = QStringLiteral("TasksPage/involvement");
const QString periodKey = QStringLiteral("TasksPage/period");

QComboBox *newBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // Narrow enough that the five fit beside each other in a small window.
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(8);
    return box;
}

} // namespace

TasksPage::TasksPage(DatabaseController &database, TaskEditing &editing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_editing(editing)
    , m_type(newBox(QStringLiteral("typeFilter"), this))
    , m_state(newBox(QStringLiteral("stateFilter"), this))
    , m_importance(newBox(QStringLiteral("importanceFilter"), this))
    , m_period(newBox(QStringLiteral("periodFilter"), this))
    , m_involvement(newBox(QStringLiteral("involvementFilter"), this))
    , m_project(newBox(QStringLiteral("projectFilter"), this))
    , m_deal(newBox(QStringLiteral("dealFilter"), this))
    , m_view(new QTableView(this))
    , m_model(new TaskJournalModel(this))
    , m_count(new QLabel(this))
    , m_new(new QAction(tr("&New task…"), this))
    , m_edit(new QAction(tr("&Open…"), this))
    , m_markDone(new QAction(tr("&Mark done"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
{
    QLabel *title = createPageHeading(tr("Tasks"), this);
    QLabel *description = createPageDescription(
        tr("Calls, letters, meetings and other tasks: who does what and when, with their state, importance and progress."),
        this);

    m_state->addItem(tr("All states"));
    for (const Task::State state : {Task::State::Planned, Task::State::InProgress, Task::State::Done,
                                    Task::State::Cancelled, Task::State::Postponed})
        m_state->addItem(ContactTexts::taskStateName(state), int(state));
    m_importance->addItem(tr("Any importance"));
    m_importance->addItem(tr("High"), int(Task::Importance::High));
    m_importance->addItem(tr("Normal"), int(Task::Importance::Normal));
    m_importance->addItem(tr("Low"), int(Task::Importance::Low));
    m_period->addItem(tr("Any time"), int(Period::AnyTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("This week"), int(Period::ThisWeek));
    m_period->addItem(tr("This decade"), int(Period::ThisDecade));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_involvement->addItem(tr("All I see"), int(Involvement::AllVisible));
    m_involvement->addItem(tr("Assigned to me"), int(Involvement::AssignedToMe));
    m_involvement->addItem(tr("Authored by me"), int(Involvement::AuthoredByMe));
    m_involvement->addItem(tr("Controlled by me"), int(Involvement::ControlledByMe));
    const QSettings settings;
    m_period->setCurrentIndex(std::max(0, m_period->findData(settings.value(periodKey, 0).toInt())));
    m_involvement->setCurrentIndex(std::max(0, m_involvement->findData(settings.value(involvementKey, 0).toInt())));

    setUpRecordTable(m_view, m_model, QStringLiteral("taskJournal"));
    m_view->horizontalHeader()->setSectionResizeMode(TaskJournalModel::Subject, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_new->setObjectName(QStringLiteral("newTaskButton"));
    m_edit->setObjectName(QStringLiteral("openTaskAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_markDone->setObjectName(QStringLiteral("markDoneAction"));
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_markDone->setToolTip(tr("Done now: 100 % and the actual end now (Ctrl+D)"));
    m_delete->setObjectName(QStringLiteral("deleteTaskAction"));
    m_delete->setShortcut(QKeySequence(QKeySequence::Delete));
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("taskToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_new, m_edit, m_markDone, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }

    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_involvement, m_period, m_type, m_state, m_importance})
        filters->addWidget(box);
    filters->addStretch(1);
    // A project's or a deal's journal, with the same filters as above.
    auto *groups = new QHBoxLayout;
    groups->addWidget(m_project);
    groups->addWidget(m_deal);
    groups->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addLayout(filters);
    layout->addLayout(groups);
    layout->addWidget(toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    for (QComboBox *box : {m_involvement, m_period, m_type, m_state, m_importance, m_project, m_deal}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            saveChoices();
            refresh();
        });
    }
    connect(m_view, &QTableView::activated, this, [this] { m_editing.editTask(currentTaskId()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksPage::updateActions);
    connect(m_new, &QAction::triggered, this, [this] { m_editing.newTask(); });
    connect(m_edit, &QAction::triggered, this, [this] { m_editing.editTask(currentTaskId()); });
    connect(m_markDone, &QAction::triggered, this, [this] { m_editing.markDone(currentTaskId()); });
    connect(m_delete, &QAction::triggered, this, [this] { m_editing.deleteTask(currentTaskId()); });
    connect(&m_database, &DatabaseController::databaseChanged, this, [this] {
        fillChoices();
        refresh();
    });
    connect(&m_database, &DatabaseController::currentUserChanged, this, &TasksPage::refresh);
    fillChoices();
    updateActions();
}

void TasksPage::fillChoices()
{
    const QVariant chosen = m_type->currentData();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"));
    if (m_database.isOpen()) {
        if (auto types = TaskTypeRepository(m_database.connection()).list()) {
            for (const TaskType &type : *types)
                m_type->addItem(ContactTexts::taskTypeName(type), type.id);
        }
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(chosen)));

    const QVariant project = m_project->currentData();
    const QSignalBlocker projectBlocker(m_project);
    m_project->clear();
    m_project->addItem(tr("Any project"));
    const QVariant deal = m_deal->currentData();
    const QSignalBlocker dealBlocker(m_deal);
    m_deal->clear();
    m_deal->addItem(tr("Any deal"));
    if (m_database.isOpen()) {
        if (auto projects = ProjectRepository(m_database.connection()).list(true)) {
            for (const Project &each : *projects)
                m_project->addItem(each.name, each.id);
        }
        if (auto deals = DealRepository(m_database.connection()).list()) {
            for (const Deal &each : *deals)
                m_deal->addItem(each.name, each.id);
        }
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
    m_deal->setCurrentIndex(std::max(0, m_deal->findData(deal)));
}

void TasksPage::saveChoices() const
{
    QSettings settings;
    settings.setValue(periodKey, m_period->currentData());
    settings.setValue(involvementKey, m_involvement->currentData());
}

TaskFilter TasksPage::filter() const
{
    TaskFilter filter;
    if (const QVariant type = m_type->currentData(); type.isValid())
        filter.typeIds = {type.toLongLong()};
    if (const QVariant state = m_state->currentData(); state.isValid())
        filter.states = {Task::State(state.toInt())};
    if (const QVariant importance = m_importance->currentData(); importance.isValid())
        filter.importances = {Task::Importance(importance.toInt())};
    if (const QVariant project = m_project->currentData(); project.isValid())
        filter.projectIds = {project.toLongLong()};
    if (const QVariant deal = m_deal->currentData(); deal.isValid())
        filter.dealId = deal.toLongLong();

    const QDate today = QDate::currentDate();
    const Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek();
    std::optional<DateRange> range;
    switch (Period(m_period->currentData().toInt())) {
    case Period::AnyTime: break;
    case Period::Today: range = DateRange{today, today}; break;
    case Period::ThisWeek: range = calendarPeriod(CalendarView::Week, today, firstDay); break;
    case Period::ThisDecade: range = calendarPeriod(CalendarView::Decade, today, firstDay); break;
    case Period::ThisMonth: range = calendarPeriod(CalendarView::Month, today, firstDay); break;
    }
    if (range) {
        filter.from = range->first.startOfDay();
        filter.to = range->last.addDays(1).startOfDay();
    }

    const auto user = m_database.currentUser();
    const qint64 me = user ? user->id : 0;
    switch (Involvement(m_involvement->currentData().toInt())) {
    case Involvement::AllVisible: break;
    case Involvement::AssignedToMe: filter.assigneeIds = {me}; break;
    case Involvement::AuthoredByMe: filter.authorIds = {me}; break;
    case Involvement::ControlledByMe: filter.controllerIds = {me}; break;
    }
    return filter;
}

void TasksPage::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void TasksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Imports, demo data and other pages write through connections of their own (new types,
    // projects and deals too).
    fillChoices();
    m_stale = true;
    reload();
}

void TasksPage::reload()
{
    if (!m_stale)
        return;
    m_stale = false;
    const qint64 selected = currentTaskId();
    const auto user = m_database.currentUser();
    if (!m_database.isOpen() || !user) {
        m_model->setTasks({}, {});
        m_count->setText(QString());
        updateActions();
        return;
    }
    const QSqlDatabase db = m_database.connection();
    const TaskQuery query(db, TaskViewer::of(*user));
    const TaskFilter chosen = filter();
    auto tasks = query.journal(chosen, shownLimit);
    auto total = query.count(chosen);
    if (!tasks || !total) {
        m_model->setTasks({}, {});
        m_count->setText(tr("Cannot read the tasks: %1").arg((tasks ? total.error() : tasks.error()).message));
        m_count->setStyleSheet(QStringLiteral("color: #b00020;"));
        updateActions();
        return;
    }
    m_count->setStyleSheet(QString());

    // The names the rows show: a few hundred lookups at most, never the whole card index.
    TaskJournalModel::Names names;
    if (auto types = TaskTypeRepository(db).list()) {
        for (const TaskType &type : *types) {
            names.types.insert(type.id, ContactTexts::taskTypeName(type));
            names.typeColours.insert(type.id, type.color);
        }
    }
    if (auto users = UserRepository(db).list(true)) {
        for (const User &u : *users)
            names.users.insert(u.id, u.displayName);
    }
    OrganizationRepository organizations(db);
    for (const Task &task : *tasks) {
        if (task.organizationId && !names.organizations.contains(*task.organizationId)) {
            auto organization = organizations.get(*task.organizationId);
            names.organizations.insert(*task.organizationId, organization ? organization->name : QString());
        }
    }
    const int shown = int(tasks->size());
    m_model->setTasks(std::move(tasks).value(), std::move(names));
    m_count->setText(*total > shown ? tr("The newest %1 of %2 tasks").arg(shown).arg(*total)
                                    : tr("%n task(s)", nullptr, shown));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->resizeColumnToContents(TaskJournalModel::When);
    updateActions();
}

qint64 TasksPage::currentTaskId() const
{
    const Task *task = m_model->taskAt(m_view->currentIndex().row());
    return task ? task->id : 0;
}

void TasksPage::updateActions()
{
    const bool writable = m_editing.isWritable();
    const Task *task = m_model->taskAt(m_view->currentIndex().row());
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && task);
    m_markDone->setEnabled(writable && task && task->state != Task::State::Done);
    m_delete->setEnabled(writable && task);
}

} // namespace kartoteka::ui
