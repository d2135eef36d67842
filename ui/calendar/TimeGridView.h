#pragma once

#include "CalendarItem.h"
#include "CalendarLayout.h"
#include "tasks/CalendarPeriod.h"

#include <QAbstractScrollArea>
#include <QStringList>

#include <optional>
#include <vector>

namespace kartoteka::ui {

// The Day, Week and Decade views: a column per day of the span, a row per hour, the all-day
// row on top. Tasks are blocks coloured by type (side by side where they overlap); dragging a
// block moves it (to another day or hour), dragging its bottom edge changes its end, dragging
// a bar of the all-day row moves it by days. Only what is visible is painted; the layout is
// computed once per setItems().
class TimeGridView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr int snapMinutes = 15;
    static constexpr int newTaskMinutes = 30; // a double-clicked slot
    static constexpr int shownAllDayLanes = 3; // more become "+N" under two lanes

    explicit TimeGridView(QWidget *parent = nullptr);

    // `items` by start, as the loader gives them.
    void setItems(const DateRange &days, std::vector<CalendarItem> items);
    void setEditable(bool editable) { m_editable = editable; }
    const DateRange &days() const { return m_days; }
    const std::vector<CalendarItem> &items() const { return m_items; }
    const CalendarLayout &layout() const { return m_layout; }

    // Geometry in viewport coordinates (tests, keyboard): the column of a day, the point of a
    // time in it, the rectangle of an item's first block or bar (empty when it has none).
    QRect dayColumnRect(int day) const;
    QPoint pointAt(const QDate &date, const QTime &time) const;
    QRect itemRect(qint64 id) const;
    QRect allDayRowRect() const;
    int headerHeight() const;
    int hourHeight() const { return m_hourHeight; }
    void scrollToTime(const QTime &time);

    qint64 selectedId() const { return m_selectedId; }
    // The task under a point, 0 for none.
    qint64 itemAt(const QPoint &point) const;

Q_SIGNALS:
    void createRequested(const QDateTime &start, const QDateTime &end, bool allDay);
    void openRequested(qint64 id);
    void rescheduleRequested(qint64 id, const QDateTime &start, const QDateTime &end);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class DragMode { Move, Resize, MoveDays };
    struct Drag
    {
        qint64 id = 0;
        int item = 0;
        DragMode mode = DragMode::Move;
        QPoint pressed;
        bool active = false;
        QDateTime start; // where it would go
        QDateTime end;
    };
    struct Hit
    {
        int item = -1;
        bool bottomEdge = false;
        bool allDay = false;
    };

    void updateMetrics();
    void updateScrollBar();
    double columnWidth() const;
    int bodyTop() const { return headerHeight(); }
    int dayLabelHeight() const { return m_dayLabelHeight; }
    int allDayHeight() const;
    int visibleAllDayLanes() const;
    double yOfMinute(double minute) const;
    double minuteAtY(int y) const;
    int dayAtX(int x) const; // clamped to the span
    QRectF blockRect(const TimedBlock &block) const;
    QRectF barRect(const AllDayBar &bar) const;
    bool barShown(const AllDayBar &bar) const;
    Hit hitAt(const QPoint &point) const;
    QString headerFormat(int width) const;
    QStringList blockLines(const CalendarItem &item, const QRectF &rect) const;
    void paintGrid(QPainter &painter, const QRect &clip) const;
    void paintHeader(QPainter &painter) const;
    void paintDrag(QPainter &painter) const;
    void updateDrag(const QPoint &point);
    QString toolTipFor(const CalendarItem &item) const;

    DateRange m_days;
    std::vector<CalendarItem> m_items;
    CalendarLayout m_layout;
    std::vector<int> m_hiddenAllDay; // per day, in the "+N" row
    bool m_editable = true;
    qint64 m_selectedId = 0;
    std::optional<Drag> m_drag;
    int m_hourHeight = 48;
    int m_timeColumnWidth = 56;
    int m_dayLabelHeight = 24;
    int m_laneHeight = 20;
};

} // namespace kartoteka::ui
