#include "ReminderService.h"

#include "ReminderWindow.h"
#include "TaskEditing.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace kartoteka::ui {

ReminderService::ReminderService(TaskEditing &editing, QWidget *window)
    : QObject(window)
    , m_editing(editing)
    , m_window(new ReminderWindow(window))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::check);
    connect(m_window, &ReminderWindow::openRequested, this, &ReminderService::openTaskRequested);
    connect(m_window, &ReminderWindow::snoozeRequested, this, &ReminderService::snooze);
    connect(m_window, &ReminderWindow::doneRequested, this, &ReminderService::markDone);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Kartoteka"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, m_window, [this] {
            m_window->show();
            m_window->raise();
            m_window->activateWindow();
        });
    }
}

ReminderService::~ReminderService() = default;

void ReminderService::setDatabase(const QSqlDatabase &db, bool readOnly)
{
    m_db = db;
    m_readOnly = readOnly;
    m_shownReadOnly.clear();
    m_window->clear();
    m_window->setWritable(!readOnly);
    check();
}

void ReminderService::setUserId(qint64 userId)
{
    if (userId == m_userId)
        return;
    m_userId = userId;
    m_window->clear();
    check();
}

void ReminderService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

bool ReminderService::isActive() const
{
    return m_db.isValid() && m_db.isOpen() && m_userId > 0;
}

void ReminderService::check()
{
    m_timer.stop();
    m_nextCheck = QDateTime();
    if (!isActive())
        return;
    ReminderQueue queue(m_db, m_userId);
    const QDateTime now = m_clock();
    auto due = m_readOnly ? queue.due(now) : queue.takeDue(now);
    if (!due) {
        // Locked by another program, say: the safety net tries again.
        m_window->showProblem(tr("Reminders cannot be read: %1").arg(due.error().message));
        arm(true);
        return;
    }
    {
        std::vector<Reminder> fresh;
        for (Reminder &reminder : *due) {
            if (!m_readOnly || m_shownReadOnly.insert(reminder.taskId).second)
                fresh.push_back(std::move(reminder));
        }
        show(fresh);
    }
    arm(false);
}

void ReminderService::tasksChanged()
{
    if (isActive())
        arm(false);
}

void ReminderService::arm(bool failed)
{
    const QDateTime now = m_clock();
    qint64 wait = safetyIntervalMs;
    // What could not be taken (a read-only database, a failed look) stays pending: only the
    // safety net looks again then.
    if (auto next = ReminderQueue(m_db, m_userId).nextDue(); next && *next && !m_readOnly && !failed)
        wait = std::clamp<qint64>(now.msecsTo(**next), 0, safetyIntervalMs);
    m_nextCheck = now.addMSecs(wait);
    m_timer.start(static_cast<int>(wait));
}

void ReminderService::show(const std::vector<Reminder> &reminders)
{
    if (reminders.empty())
        return;
    m_window->addReminders(reminders);
    m_window->show();
    m_window->raise();
    if (m_tray) {
        QString text = reminders.front().subject;
        if (reminders.size() > 1)
            text = tr("%1 and %n more", nullptr, static_cast<int>(reminders.size() - 1)).arg(text);
        m_tray->show();
        m_tray->showMessage(tr("Reminder"), text, QSystemTrayIcon::Information);
    }
}

void ReminderService::snooze(qint64 taskId, int minutes)
{
    if (!isActive())
        return;
    if (DatabaseError error = ReminderQueue(m_db, m_userId).snooze(taskId, minutes, m_clock())) {
        m_window->showProblem(tr("The reminder cannot be put off: %1").arg(error.message));
        return;
    }
    m_window->removeReminder(taskId);
    Q_EMIT taskModified(taskId);
    arm(false);
}

void ReminderService::markDone(qint64 taskId)
{
    if (!isActive())
        return;
    if (!m_editing.markDone(taskId))
        return;
    m_window->removeReminder(taskId);
    Q_EMIT taskModified(taskId);
    arm(false);
}

} // namespace kartoteka::ui
