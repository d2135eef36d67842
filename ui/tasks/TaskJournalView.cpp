#include "TaskJournalView.h"

#include "TaskJournalModel.h"
#include "tasks/TaskQuery.h"
#include "widgets/ProblemsLabel.h"
#include "widgets/RecordTable.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoteka::ui {

TaskJournalView::TaskJournalView(int limit, TaskFilterBar::Rows rows, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_limit(limit)
    , m_bar(new TaskFilterBar(rows, settingsKey, this))
    , m_table(new QTableView(this))
    , m_model(new TaskJournalModel(this))
    , m_count(new QLabel(this))
{
    setUpRecordTable(m_table, m_model, QStringLiteral("taskJournal"));
    m_table->horizontalHeader()->setSectionResizeMode(TaskJournalModel::Subject, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("journalCount"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_bar, &TaskFilterBar::changed, this, &TaskJournalView::reload);
    connect(m_table, &QTableView::activated, this, [this] {
        if (const qint64 id = currentTaskId())
            Q_EMIT taskActivated(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaskJournalView::currentTaskChanged);
}

void TaskJournalView::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_bar->setTypes(db);
    clear();
}

void TaskJournalView::setViewer(const TaskViewer &viewer)
{
    m_viewer = viewer;
}

void TaskJournalView::setScope(const TaskFilter &scope)
{
    m_scope = scope;
}

TaskFilter TaskJournalView::filter() const
{
    TaskFilter filter = m_scope;
    m_bar->applyTo(filter, m_viewer.userId);
    return filter;
}

void TaskJournalView::clear()
{
    m_total = 0;
    m_model->setTasks({}, {});
    m_count->clear();
    Q_EMIT currentTaskChanged();
}

void TaskJournalView::reload()
{
    if (!m_db.isOpen()) {
        clear();
        return;
    }
    const qint64 selected = currentTaskId();
    const TaskQuery query(m_db, m_viewer);
    const TaskFilter chosen = filter();
    auto tasks = query.journal(chosen, m_limit);
    auto total = query.count(chosen);
    if (!tasks || !total) {
        showError((tasks ? total.error() : tasks.error()).message);
        return;
    }
    markAsError(m_count, false);
    m_total = *total;
    const int shown = int(tasks->size());
    TaskJournalModel::Names names = TaskJournalModel::readNames(m_db, *tasks);
    m_model->setTasks(std::move(tasks).value(), std::move(names));
    m_count->setText(m_total > shown ? tr("The newest %1 of %2 tasks").arg(shown).arg(m_total)
                                     : tr("%n task(s)", nullptr, shown));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->resizeColumnToContents(TaskJournalModel::When);
    Q_EMIT currentTaskChanged();
    Q_EMIT reloaded();
}

void TaskJournalView::showError(const QString &message)
{
    clear();
    m_count->setText(tr("Cannot read the tasks: %1").arg(message));
    markAsError(m_count);
}

qint64 TaskJournalView::currentTaskId() const
{
    const Task *task = m_model->taskAt(m_table->currentIndex().row());
    return task ? task->id : 0;
}

} // namespace kartoteka::ui
