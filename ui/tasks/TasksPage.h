#pragma once

#include "tasks/TaskFilter.h"

#include <QWidget>

class QAction;
class QComboBox;

namespace kartoteka::ui {

class DatabaseController;
class TaskEditing;
class TaskJournalModel;
class TaskJournalView;

// The current user's journal: the tasks they may see (TaskViewer::of the current user),
// newest first, with the filters of every journal (TaskFilterBar); choosing a user, a project
// or a deal makes it that user's, project's or deal's journal. Enter or a double-click opens a task; Del deletes
// it and Ctrl+D marks it done, both undoable.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    // The journal shows at most this many rows and says so when there are more.
    static constexpr int shownLimit = 1000;

    TasksPage(DatabaseController &database, TaskEditing &editing, QWidget *parent = nullptr);

    TaskJournalModel *model() const;
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
    void updateActions();

    DatabaseController &m_database;
    TaskEditing &m_editing;
    bool m_stale = true;
    QComboBox *m_user;    // the journal of a user: what they author, are assigned or control
    QComboBox *m_project; // the journal of a project
    QComboBox *m_deal;    // the journal of a deal
    TaskJournalView *m_journal;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_markDone;
    QAction *m_delete;
};

} // namespace kartoteka::ui
