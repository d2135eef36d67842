#pragma once

#include "tasks/ReminderQueue.h"

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <set>

class QSystemTrayIcon;
class QWidget;

namespace kartoteka::ui {

class ReminderWindow;
class TaskEditing;

// Shows each reminder of the current user when it comes due, while the program runs, and at
// start those that came due while it was closed. Sleeps until the next reminder (a timer to
// the next due time, re-armed when tasks change, and at least every minute as a safety net,
// since another program may add reminders to the same file), then takes the due ones through
// ReminderQueue, which records them as shown, so none is shown twice. They appear in the
// ReminderWindow, and as a tray notification where the desktop has a tray.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // `window` is the main window: the reminder window's parent. Done goes through `editing`,
    // so that Edit › Undo takes it back like Done anywhere else.
    ReminderService(TaskEditing &editing, QWidget *window);
    ~ReminderService() override;

    // The database to watch (invalid: none); a read-only one lists reminders without taking
    // them, and shows each once in this session.
    void setDatabase(const QSqlDatabase &db, bool readOnly);
    // Whose reminders: the current user (0: nobody yet, the service waits).
    void setUserId(qint64 userId);
    // For tests: what "now" is.
    void setClock(Clock clock);

    ReminderWindow *window() const { return m_window; }
    // When the service looks next; invalid while it is idle.
    QDateTime nextCheck() const { return m_nextCheck; }

    // The longest sleep between two looks at the database.
    static constexpr int safetyIntervalMs = 60 * 1000;

public Q_SLOTS:
    // Shows what is due now and sleeps until the next reminder.
    void check();
    // Tasks were added or changed (a reminder may now come sooner).
    void tasksChanged();

Q_SIGNALS:
    // The user wants to see the task (the reminder's Open).
    void openTaskRequested(qint64 taskId);
    // A reminder's Snooze or Done changed a task.
    void taskModified(qint64 taskId);

private:
    bool isActive() const;
    // Sleeps until the next reminder, at most safetyIntervalMs (always that after a failure).
    void arm(bool failed);
    void show(const std::vector<Reminder> &reminders);
    void snooze(qint64 taskId, int minutes);
    void markDone(qint64 taskId);

    TaskEditing &m_editing;
    ReminderWindow *m_window; // a child of the main window, like the service
    QSystemTrayIcon *m_tray = nullptr;
    QTimer m_timer;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    qint64 m_userId = 0;
    Clock m_clock;
    QDateTime m_nextCheck;
    std::set<qint64> m_shownReadOnly; // what a read-only database could not record as shown
};

} // namespace kartoteka::ui
