#pragma once

#include "TaskFilterBar.h"
#include "tasks/TaskFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;

namespace kartoteka::ui {

class TaskJournalModel;

// A task journal: the filter bar every journal shares above the tasks a viewer may see, newest
// first, and a line saying how many there are. What the journal is of (an organization, a
// person, a project, a deal, or everything the user sees) is its scope.
class TaskJournalView : public QWidget
{
    Q_OBJECT

public:
    // At most `limit` rows are shown; the count line says when there are more. With a
    // `settingsKey` the filter bar remembers its period and the user's part.
    TaskJournalView(int limit, TaskFilterBar::Rows rows, const QString &settingsKey = {}, QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setViewer(const TaskViewer &viewer);
    // What the journal lists before the bar's filters: e.g. one organization's tasks.
    void setScope(const TaskFilter &scope);
    // Reads the journal again with the filters chosen now.
    void reload();
    // Lists nothing (no organization chosen, no database).
    void clear();

    // The scope with the bar's choices: what reload() reads.
    TaskFilter filter() const;
    qint64 currentTaskId() const;
    // How many tasks the filters let through, shown or not.
    qint64 total() const { return m_total; }

    TaskFilterBar *filterBar() const { return m_bar; }
    TaskJournalModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    // Enter or a double-click on a row: open that task.
    void taskActivated(qint64 taskId);
    void currentTaskChanged();
    // The journal was read again.
    void reloaded();

private:
    void showError(const QString &message);

    const int m_limit;
    QSqlDatabase m_db;
    TaskViewer m_viewer = TaskViewer::everything();
    TaskFilter m_scope;
    qint64 m_total = 0;
    TaskFilterBar *m_bar;
    QTableView *m_table;
    TaskJournalModel *m_model;
    QLabel *m_count;
};

} // namespace kartoteka::ui
