#include "TasksPage.h"

#include "TaskEditing.h"
#include "TaskFilterBar.h"
#include "TaskJournalModel.h"
#include "TaskJournalView.h"
#include "contacts/UserRepository.h"
#include "storage/DatabaseController.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "widgets/PageHeading.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

TasksPage::TasksPage(DatabaseController &database, TaskEditing &editing, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_editing(editing)
    , m_user(TaskFilterBar::newFilterBox(QStringLiteral("userFilter"), this))
    , m_project(TaskFilterBar::newFilterBox(QStringLiteral("projectFilter"), this))
    , m_deal(TaskFilterBar::newFilterBox(QStringLiteral("dealFilter"), this))
    , m_journal(new TaskJournalView(shownLimit, TaskFilterBar::Rows::One, QStringLiteral("TasksPage"), this))
    , m_new(new QAction(tr("&New task…"), this))
    , m_edit(new QAction(tr("&Open…"), this))
    , m_markDone(new QAction(tr("&Mark done"), this))
    , m_delete(new QAction(tr("&Delete…"), this))
{
    QLabel *title = createPageHeading(tr("Tasks"), this);
    QLabel *description = createPageDescription(
        tr("Calls, letters, meetings and other tasks: who does what and when, with their state, importance and progress."),
        this);

    m_new->setObjectName(QStringLiteral("newTaskButton"));
    m_new->setToolTip(tr("Plan a call, letter, meeting or other task (Ctrl+N anywhere)"));
    m_edit->setObjectName(QStringLiteral("openTaskAction"));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_edit->setToolTip(tr("Open the chosen task in the editor (F2, Enter or a double-click)"));
    m_markDone->setObjectName(QStringLiteral("markDoneAction"));
    m_markDone->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_markDone->setToolTip(tr("Done now: 100 % and the actual end now (Ctrl+D)"));
    m_delete->setObjectName(QStringLiteral("deleteTaskAction"));
    m_delete->setShortcut(QKeySequence(QKeySequence::Delete));
    m_delete->setToolTip(tr("Delete the chosen task after asking (Del); Edit › Undo brings it back"));
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("taskToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_new, m_edit, m_markDone, m_delete}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        toolBar->addAction(action);
    }

    // A user's, a project's or a deal's journal, with the same filters.
    m_user->setToolTip(tr("The journal of a user: the tasks they author, are assigned or control"));
    m_journal->filterBar()->addFilter(m_user);
    m_journal->filterBar()->addFilter(m_project);
    m_journal->filterBar()->addFilter(m_deal);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addWidget(toolBar);
    layout->addWidget(m_journal, 1);

    for (QComboBox *box : {m_user, m_project, m_deal})
        connect(box, &QComboBox::currentIndexChanged, this, &TasksPage::refresh);
    connect(m_journal, &TaskJournalView::taskActivated, &m_editing, &TaskEditing::editTask);
    connect(m_journal, &TaskJournalView::currentTaskChanged, this, &TasksPage::updateActions);
    connect(m_new, &QAction::triggered, this, [this] { m_editing.newTask(); });
    connect(m_edit, &QAction::triggered, this, [this] { m_editing.editTask(m_journal->currentTaskId()); });
    connect(m_markDone, &QAction::triggered, this, [this] { m_editing.markDone(m_journal->currentTaskId()); });
    connect(m_delete, &QAction::triggered, this, [this] { m_editing.deleteTask(m_journal->currentTaskId()); });
    connect(&m_database, &DatabaseController::databaseChanged, this, [this] {
        fillChoices();
        refresh();
    });
    connect(&m_database, &DatabaseController::currentUserChanged, this, &TasksPage::refresh);
    fillChoices();
    updateActions();
}

TaskJournalModel *TasksPage::model() const
{
    return m_journal->model();
}

void TasksPage::fillChoices()
{
    const QVariant user = m_user->currentData();
    const QSignalBlocker userBlocker(m_user);
    m_user->clear();
    m_user->addItem(tr("Any user"));
    const QVariant project = m_project->currentData();
    const QSignalBlocker projectBlocker(m_project);
    m_project->clear();
    m_project->addItem(tr("Any project"));
    const QVariant deal = m_deal->currentData();
    const QSignalBlocker dealBlocker(m_deal);
    m_deal->clear();
    m_deal->addItem(tr("Any deal"));
    if (m_database.isOpen()) {
        if (auto users = UserRepository(m_database.connection()).list(true)) {
            for (const User &each : *users)
                m_user->addItem(each.shownName(), each.id);
        }
        if (auto projects = ProjectRepository(m_database.connection()).list(true)) {
            for (const Project &each : *projects)
                m_project->addItem(each.name, each.id);
        }
        if (auto deals = DealRepository(m_database.connection()).list()) {
            for (const Deal &each : *deals)
                m_deal->addItem(each.name, each.id);
        }
    }
    m_user->setCurrentIndex(std::max(0, m_user->findData(user)));
    m_project->setCurrentIndex(std::max(0, m_project->findData(project)));
    m_deal->setCurrentIndex(std::max(0, m_deal->findData(deal)));
}

TaskFilter TasksPage::filter() const
{
    return m_journal->filter();
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
    const auto user = m_database.currentUser();
    if (!m_database.isOpen() || !user) {
        m_journal->setDatabase({});
        updateActions();
        return;
    }
    TaskFilter scope;
    if (const QVariant chosen = m_user->currentData(); chosen.isValid())
        scope.involvedUserId = chosen.toLongLong();
    if (const QVariant project = m_project->currentData(); project.isValid())
        scope.projectIds = {project.toLongLong()};
    if (const QVariant deal = m_deal->currentData(); deal.isValid())
        scope.dealId = deal.toLongLong();
    m_journal->setScope(scope);
    m_journal->setViewer(TaskViewer::of(*user));
    m_journal->setDatabase(m_database.connection());
    m_journal->reload();
    updateActions();
}

void TasksPage::updateActions()
{
    const bool writable = m_editing.isWritable();
    const Task *task = m_journal->model()->taskAt(m_journal->table()->currentIndex().row());
    m_new->setEnabled(writable);
    m_edit->setEnabled(writable && task);
    m_markDone->setEnabled(writable && task && task->state != Task::State::Done);
    m_delete->setEnabled(writable && task);
}

} // namespace kartoteka::ui
