#pragma once

#include "tasks/ReminderQueue.h"

#include <QWidget>

#include <functional>

#include <vector>

class QLabel;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace kartoteka::ui {

// The one window that lists the reminders that came due: when, the task's subject, its
// organization and start. The buttons act on the selected rows: Open (Enter), Snooze (5 min;
// its menu 15 min and 1 hour), Done, Dismiss (Esc). A row leaves the list once acted on;
// the window hides when the list is empty, and closing it dismisses the rest.
class ReminderWindow : public QWidget
{
    Q_OBJECT

public:
    enum Column { WhenColumn, SubjectColumn, OrganizationColumn, StartColumn, ColumnCount };

    explicit ReminderWindow(QWidget *parent = nullptr);
    ~ReminderWindow() override;

    // Lists the reminders not listed yet (newest last) and selects the first new one.
    void addReminders(const std::vector<Reminder> &reminders);
    void removeReminder(qint64 taskId);
    void clear();
    std::vector<qint64> listedTasks() const;
    // Snooze and Done need a writable database.
    void setWritable(bool writable);
    // Says what failed (an empty text hides the note).
    void showProblem(const QString &text);

Q_SIGNALS:
    void openRequested(qint64 taskId);
    void snoozeRequested(qint64 taskId, int minutes);
    void doneRequested(qint64 taskId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    std::vector<qint64> selectedTasks() const;
    // Runs `action` on each selected task; `remove`: the row leaves the list at once (the service
    // removes the others once their change is written).
    void actOnSelection(const std::function<void(qint64)> &action, bool remove);
    void updateButtons();

    QLabel *m_heading;
    QTreeWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_open;
    QToolButton *m_snooze;
    QPushButton *m_done;
    QPushButton *m_dismiss;
    bool m_writable = true;
};

} // namespace kartoteka::ui
