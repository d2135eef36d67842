#pragma once

#include "tasks/TaskFilter.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QTableView;

namespace kartoteka::ui {

class DatabaseController;
class TaskEditing;
class TaskJournalModel;

// The current user's journal: the tasks they may see (TaskViewer::of the current user),
// newest first, filtered by type, state, importance, period and their part in the task.
// Enter or a double-click opens a task; Del deletes it and Ctrl+D marks it done, both undoable.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    // The user's part in the tasks listed.
    enum class Involvement { AllVisible, AssignedToMe, AuthoredByMe, ControlledByMe };
    enum class Period { AnyTime, Today, ThisWeek, ThisDecade, ThisMonth };

    // The journal shows at most this many rows and says so when there are more.
    static constexpr int shownLimit = 1000;

    TasksPage(DatabaseController &database, TaskEditing &editing, QWidget *parent = nullptr);

    TaskJournalModel *model() const { return m_model; }
    // The filter of the choices made now (without the viewer, which the query adds).
    TaskFilter filter() const;
    QAction *markDoneAction() const { return m_markDone; }
    QAction *deleteAction() const { return m_delete; }

public Q_SLOTS:
    // Reads the journal again now when shown; otherwise when it is shown next.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillChoices();
    void reload();
    qint64 currentTaskId() const;
    void updateActions();
    void saveChoices() const;

    DatabaseController &m_database;
    TaskEditing &m_editing;
    bool m_stale = true;
    QComboBox *m_type;
    QComboBox *m_state;
    QComboBox *m_importance;
    QComboBox *m_period;
    QComboBox *m_involvement;
    QComboBox *m_project; // the journal of a project
    QComboBox *m_deal;    // the journal of a deal
    QTableView *m_view;
    TaskJournalModel *m_model;
    QLabel *m_count;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_markDone;
    QAction *m_delete;
};

} // namespace kartoteka::ui
