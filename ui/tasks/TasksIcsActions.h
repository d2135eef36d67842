#pragma once

#include "importing/ImportReport.h"

#include <QObject>

#include <memory>

class QWidget;

namespace kartoteka::ui {

class DatabaseController;
class DatabaseWorker;

// File > Export tasks to iCalendar… and Import iCalendar…: the tasks the current user sees as
// an .ics file for Thunderbird or KOrganizer, and an .ics file's events and to-dos as the
// current user's tasks (one import batch, undone from the import history). Both run off the
// GUI thread on a connection of their own.
class TasksIcsActions : public QObject
{
    Q_OBJECT

public:
    TasksIcsActions(DatabaseController &database, QWidget *window);
    ~TasksIcsActions() override;

    bool isRunning() const;

public Q_SLOTS:
    void exportTasks();
    void importTasks();

Q_SIGNALS:
    // A note for the status bar.
    void message(const QString &text);
    // An import wrote tasks.
    void tasksImported();
    // The export or import finished (written or not).
    void finished();

private:
    void onFinished(bool succeeded, const QString &error);

    DatabaseController &m_database;
    QWidget *m_window;
    DatabaseWorker *m_worker;
    bool m_importing = false;
    QString m_path;
    std::shared_ptr<ImportReport> m_report; // written by the worker, read once it finished
    std::shared_ptr<qint64> m_exported;
};

} // namespace kartoteka::ui
