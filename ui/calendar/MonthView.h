#pragma once

#include "CalendarItem.h"
#include "tasks/CalendarPeriod.h"

#include <QWidget>

#include <optional>
#include <vector>

namespace kartoteka::ui {

// The Month view: the weeks that hold the month, a cell per day listing its tasks (the all-day
// ones first, then by time; "+N more" when they do not fit). Dragging a task to another day
// moves it by whole days; a click on a day's number (or its "+N more") opens that day.
class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    // The days the grid shows for a month: whole weeks from `firstDayOfWeek`.
    static DateRange gridOf(const DateRange &month, Qt::DayOfWeek firstDayOfWeek);

    // `items` cover gridOf(month); by start.
    void setItems(const DateRange &month, Qt::DayOfWeek firstDayOfWeek, std::vector<CalendarItem> items);
    void setEditable(bool editable) { m_editable = editable; }
    const DateRange &month() const { return m_month; }
    const DateRange &grid() const { return m_grid; }

    QRect cellRect(const QDate &date) const;
    // Where an item is drawn on a day (empty when it is not, or is under "+N more").
    QRect itemRect(qint64 id, const QDate &date) const;
    qint64 itemAt(const QPoint &point) const;
    std::optional<QDate> dayAt(const QPoint &point) const;

Q_SIGNALS:
    void createRequested(const QDateTime &start, const QDateTime &end, bool allDay);
    void openRequested(qint64 id);
    void rescheduleRequested(qint64 id, const QDateTime &start, const QDateTime &end);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Drag
    {
        int item = 0;
        QPoint pressed;
        QDate from;
        QDate to;
        bool active = false;
    };

    int weeks() const { return int(m_grid.days() / 7); }
    int weekdayHeaderHeight() const;
    int numberHeight() const;
    int lineHeight() const;
    // How many item lines a cell holds, and whether the last is "+N more" on `date`.
    int capacity() const;
    int shownCount(const QDate &date) const;
    QRect lineRect(const QDate &date, int line) const;
    QRect numberRect(const QDate &date) const;
    QRect moreRect(const QDate &date) const;
    int itemIndexAt(const QPoint &point) const;

    DateRange m_month;
    DateRange m_grid;
    Qt::DayOfWeek m_firstDayOfWeek = Qt::Monday;
    std::vector<CalendarItem> m_items;
    std::vector<std::vector<int>> m_byDay; // per grid day: item indices, all-day first, then by start
    bool m_editable = true;
    qint64 m_selectedId = 0;
    std::optional<Drag> m_drag;
};

} // namespace kartoteka::ui
