#pragma once

#include "CalendarItem.h"
#include "tasks/CalendarPeriod.h"
#include "tasks/TaskFilter.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QButtonGroup;
class QLabel;
class QStackedWidget;
class QUndoStack;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class AgendaView;
class CalendarUserChooser;
class DatabaseController;
class MonthView;
class TimeGridView;

// The calendar: the tasks of a day, a week (from the locale's first day), a business decade or
// a month, and the daily schedule, for the current user, everybody or chosen users. Tasks are
// read once per navigation through the page's own connection; drags reschedule them through
// undoable commands on the window's undo stack.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    // The views in the order of their buttons and keys (1 … 5, Ctrl+Alt+1 … 5).
    enum class Mode { Day, Week, Decade, Month, Agenda };

    explicit CalendarPage(DatabaseController &database, QWidget *parent = nullptr);
    ~CalendarPage() override;

    // Where the reschedules made here go for Edit > Undo; without one they cannot be undone.
    void setUndoStack(QUndoStack *stack);

    Mode mode() const { return m_mode; }
    QDate date() const { return m_date; }
    // The days shown (the month view shows whole weeks around its month).
    DateRange shownDays() const;
    // What the period label names: the span of the mode that holds date().
    DateRange period() const;
    QString periodText() const;
    const std::vector<CalendarItem> &items() const { return m_items; }

    TimeGridView *timeGrid() const { return m_timeGrid; }
    MonthView *monthView() const { return m_monthView; }
    AgendaView *agendaView() const { return m_agenda; }
    CalendarUserChooser *userChooser() const { return m_users; }

public Q_SLOTS:
    // Who is looking: what they may see, and who "my tasks" are. A supervisor sees all.
    void setViewer(const kartoteka::TaskViewer &viewer);
    void setMode(kartoteka::ui::CalendarPage::Mode mode);
    void setDate(const QDate &date);
    void showToday();
    void showPrevious();
    void showNext();
    // Reads the tasks of the days shown again.
    void reload();

Q_SIGNALS:
    // A double-click on an empty slot: a new task for that time (all day: a day's midnights).
    void createTaskRequested(const QDateTime &start, const QDateTime &end, bool allDay);
    // A double-click (or Enter) on a task.
    void openTaskRequested(qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDatabaseChanged();
    void readUsers();
    void reschedule(qint64 id, const QDateTime &start, const QDateTime &end);
    void requestCreate(const QDateTime &start, const QDateTime &end, bool allDay);
    bool isWritable() const;
    void showMessage(const QString &text, bool error = false);
    void createActions();
    Qt::DayOfWeek firstDayOfWeek() const;

    DatabaseController &m_database;
    std::unique_ptr<Database> m_connection; // the GUI thread's own: every read of this page
    QUndoStack *m_undoStack = nullptr;
    TaskViewer m_viewer = TaskViewer::everything();
    Mode m_mode = Mode::Week;
    QDate m_date;
    std::vector<CalendarItem> m_items;
    bool m_shownOnce = false;
    bool m_scrolledOnce = false;

    QLabel *m_periodLabel;
    QButtonGroup *m_modeButtons;
    CalendarUserChooser *m_users;
    QStackedWidget *m_views;
    TimeGridView *m_timeGrid;
    MonthView *m_monthView;
    AgendaView *m_agenda;
    QLabel *m_status;
};

} // namespace kartoteka::ui
