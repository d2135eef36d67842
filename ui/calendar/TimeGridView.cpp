#include "TimeGridView.h"

#include "TaskBlockPainter.h"
#include "widgets/DateTexts.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLocale>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kartoteka::ui {

namespace {

constexpr int minutesPerDay = 24 * 60;
constexpr int edgeGrip = 5; // pixels above a block's bottom edge that resize it
constexpr int blockGap = 2; // free pixels at the right of a day column

QDateTime roundedToSnap(const QDateTime &time)
{
    const qint64 step = TimeGridView::snapMinutes * 60;
    const QDateTime midnight = time.date().startOfDay();
    const qint64 seconds = midnight.secsTo(time);
    return midnight.addSecs((seconds + step / 2) / step * step);
}

} // namespace

TimeGridView::TimeGridView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timeGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    updateMetrics();
}

void TimeGridView::setItems(const DateRange &days, std::vector<CalendarItem> items)
{
    m_days = days;
    m_items = std::move(items);
    m_layout = CalendarLayout::of(m_items, m_days);
    m_hiddenAllDay = m_layout.allDayCounts;
    for (const AllDayBar &bar : m_layout.bars) {
        if (barShown(bar)) {
            for (int day = bar.firstDay; day <= bar.lastDay; ++day)
                --m_hiddenAllDay[std::size_t(day)];
        }
    }
    const bool stillThere = std::any_of(m_items.begin(), m_items.end(), [this](const CalendarItem &item) {
        return item.id == m_selectedId;
    });
    if (!stillThere)
        m_selectedId = 0;
    m_drag.reset();
    updateScrollBar();
    viewport()->update();
}

void TimeGridView::updateMetrics()
{
    const QFontMetrics metrics = fontMetrics();
    m_hourHeight = std::max(40, metrics.height() * 3);
    m_laneHeight = metrics.height() + 6;
    m_dayLabelHeight = metrics.height() + 10;
    int widest = 0;
    for (int hour = 0; hour < 24; ++hour)
        widest = std::max(widest, metrics.horizontalAdvance(shortTime(QTime(hour, 0))));
    // Room for "All day" too, up to twice a time's width (a longer translation is elided).
    widest = std::max(widest, std::min(metrics.horizontalAdvance(tr("All day")), 2 * widest));
    m_timeColumnWidth = widest + 12;
    updateScrollBar();
}

void TimeGridView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LocaleChange)
        updateMetrics();
}

int TimeGridView::visibleAllDayLanes() const
{
    return std::min(m_layout.allDayLanes, shownAllDayLanes);
}

bool TimeGridView::barShown(const AllDayBar &bar) const
{
    return m_layout.allDayLanes <= shownAllDayLanes || bar.lane < shownAllDayLanes - 1;
}

int TimeGridView::allDayHeight() const
{
    return std::max(visibleAllDayLanes(), 1) * m_laneHeight + 6;
}

int TimeGridView::headerHeight() const
{
    return m_dayLabelHeight + allDayHeight();
}

QRect TimeGridView::allDayRowRect() const
{
    return QRect(m_timeColumnWidth, m_dayLabelHeight, viewport()->width() - m_timeColumnWidth, allDayHeight());
}

void TimeGridView::updateScrollBar()
{
    const int body = 24 * m_hourHeight;
    const int shown = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, body - shown));
    verticalScrollBar()->setPageStep(shown);
    verticalScrollBar()->setSingleStep(m_hourHeight / 2);
}

void TimeGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
}

void TimeGridView::scrollToTime(const QTime &time)
{
    verticalScrollBar()->setValue(int(std::lround(double(time.msecsSinceStartOfDay()) / 3'600'000.0 * m_hourHeight)));
}

double TimeGridView::columnWidth() const
{
    const qint64 days = std::max<qint64>(m_days.days(), 1);
    return std::max(1.0, double(viewport()->width() - m_timeColumnWidth) / double(days));
}

double TimeGridView::yOfMinute(double minute) const
{
    return bodyTop() + minute * m_hourHeight / 60.0 - verticalScrollBar()->value();
}

double TimeGridView::minuteAtY(int y) const
{
    return std::clamp(double(y - bodyTop() + verticalScrollBar()->value()) * 60.0 / m_hourHeight, 0.0,
                      double(minutesPerDay));
}

int TimeGridView::dayAtX(int x) const
{
    const int day = int(std::floor((x - m_timeColumnWidth) / columnWidth()));
    return std::clamp(day, 0, int(std::max<qint64>(m_days.days(), 1)) - 1);
}

QRect TimeGridView::dayColumnRect(int day) const
{
    const double width = columnWidth();
    const int left = m_timeColumnWidth + int(std::lround(day * width));
    const int right = m_timeColumnWidth + int(std::lround((day + 1) * width));
    return QRect(left, bodyTop(), right - left, viewport()->height() - bodyTop());
}

QPoint TimeGridView::pointAt(const QDate &date, const QTime &time) const
{
    const int day = int(m_days.first.daysTo(date));
    const QRect column = dayColumnRect(day);
    return QPoint(column.center().x(), int(std::lround(yOfMinute(time.msecsSinceStartOfDay() / 60000.0))));
}

QRectF TimeGridView::blockRect(const TimedBlock &block) const
{
    const double width = columnWidth();
    const double laneWidth = (width - blockGap) / block.lanes;
    const double left = m_timeColumnWidth + block.day * width + block.lane * laneWidth;
    const double top = yOfMinute(block.startMinute);
    const double bottom = yOfMinute(block.endMinute);
    return QRectF(left + 1, top + 1, std::max(1.0, laneWidth - 1), std::max(1.0, bottom - top - 1));
}

QRectF TimeGridView::barRect(const AllDayBar &bar) const
{
    const double width = columnWidth();
    const double left = m_timeColumnWidth + bar.firstDay * width;
    return QRectF(left + 2, m_dayLabelHeight + 3 + bar.lane * m_laneHeight, (bar.lastDay - bar.firstDay + 1) * width - 4,
                  m_laneHeight - 2);
}

QRect TimeGridView::itemRect(qint64 id) const
{
    for (const AllDayBar &bar : m_layout.bars) {
        if (m_items[std::size_t(bar.item)].id == id)
            return barShown(bar) ? barRect(bar).toAlignedRect() : QRect();
    }
    for (const TimedBlock &block : m_layout.blocks) {
        if (m_items[std::size_t(block.item)].id == id)
            return blockRect(block).toAlignedRect();
    }
    return {};
}

TimeGridView::Hit TimeGridView::hitAt(const QPoint &point) const
{
    Hit hit;
    if (point.x() < m_timeColumnWidth || point.y() < m_dayLabelHeight)
        return hit;
    if (point.y() < bodyTop()) {
        for (const AllDayBar &bar : m_layout.bars) {
            if (barShown(bar) && barRect(bar).contains(point)) {
                hit.item = bar.item;
                hit.allDay = true;
                return hit;
            }
        }
        return hit;
    }
    // The last painted is on top.
    for (auto it = m_layout.blocks.rbegin(); it != m_layout.blocks.rend(); ++it) {
        const QRectF rect = blockRect(*it);
        if (rect.contains(point)) {
            hit.item = it->item;
            hit.bottomEdge = it->endsHere && point.y() >= rect.bottom() - edgeGrip && rect.height() > 2 * edgeGrip;
            return hit;
        }
    }
    return hit;
}

qint64 TimeGridView::itemAt(const QPoint &point) const
{
    const Hit hit = hitAt(point);
    return hit.item < 0 ? 0 : m_items[std::size_t(hit.item)].id;
}

QString TimeGridView::headerFormat(int width) const
{
    // The longest format that fits every day of the span, so that the columns read alike.
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();
    const QStringList formats = DateTexts::dayHeaderFormats();
    for (const QString &format : formats) {
        bool fits = true;
        for (QDate date = m_days.first; fits && date <= m_days.last; date = date.addDays(1))
            fits = metrics.horizontalAdvance(locale.toString(date, format)) <= width;
        if (fits)
            return format;
    }
    return QStringLiteral("d");
}

QStringList TimeGridView::blockLines(const CalendarItem &item, const QRectF &rect) const
{
    const QString from = shortTime(item.start.time());
    if (rect.height() < fontMetrics().height() * 2)
        return {from + QLatin1Char(' ') + item.subject};
    const QString to = shortTime(item.end.time());
    return {item.end > item.start ? from + QStringLiteral("–") + to : from, item.subject, item.typeName};
}

void TimeGridView::paintGrid(QPainter &painter, const QRect &clip) const
{
    const QPalette palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor line = palette.color(QPalette::Mid);
    QColor halfLine = line;
    halfLine.setAlpha(70);
    QColor restDay = palette.color(QPalette::AlternateBase);
    QColor today = QColor(0xff, 0xf8, 0xe1);
    painter.fillRect(clip, base);

    const QList<Qt::DayOfWeek> workDays = QLocale().weekdays();
    const QDate now = QDate::currentDate();
    for (int day = 0; day < m_days.days(); ++day) {
        const QDate date = m_days.first.addDays(day);
        const QRect column = dayColumnRect(day);
        if (date == now)
            painter.fillRect(column, today);
        else if (!workDays.contains(Qt::DayOfWeek(date.dayOfWeek())))
            painter.fillRect(column, restDay);
    }
    const int firstHour = std::max(0, int(minuteAtY(clip.top()) / 60));
    const int lastHour = std::min(24, int(minuteAtY(clip.bottom()) / 60) + 1);
    for (int hour = firstHour; hour <= lastHour; ++hour) {
        const int y = int(yOfMinute(hour * 60));
        painter.setPen(line);
        painter.drawLine(m_timeColumnWidth, y, viewport()->width(), y);
        painter.setPen(halfLine);
        const int half = int(yOfMinute(hour * 60 + 30));
        painter.drawLine(m_timeColumnWidth, half, viewport()->width(), half);
    }
    painter.setPen(line);
    for (int day = 0; day <= m_days.days(); ++day) {
        const int x = m_timeColumnWidth + int(std::lround(day * columnWidth()));
        painter.drawLine(x, bodyTop(), x, viewport()->height());
    }

    // The blocks that meet the clip; a day's blocks are sorted by start, so a day stops at
    // the first block below it.
    const double clipTopMinute = minuteAtY(clip.top()) - 1;
    const double clipBottomMinute = minuteAtY(clip.bottom()) + 1;
    for (const TimedBlock &block : m_layout.blocks) {
        if (block.endMinute < clipTopMinute || block.startMinute > clipBottomMinute)
            continue;
        const QRectF rect = blockRect(block);
        if (!rect.intersects(clip))
            continue;
        const CalendarItem &item = m_items[std::size_t(block.item)];
        const bool dragged = m_drag && m_drag->active && m_drag->item == block.item;
        TaskBlockPainter::paint(painter, rect, item, blockLines(item, rect),
                                dragged ? TaskBlockPainter::Look::Ghost
                                : item.id == m_selectedId ? TaskBlockPainter::Look::Selected
                                                          : TaskBlockPainter::Look::Normal);
    }

    // Now, across today's column.
    const QDateTime current = QDateTime::currentDateTime();
    if (m_days.contains(current.date())) {
        const QRect column = dayColumnRect(int(m_days.first.daysTo(current.date())));
        const int y = int(yOfMinute(current.time().msecsSinceStartOfDay() / 60000.0));
        painter.setPen(QPen(TaskBlockPainter::overdueColor(), 2));
        painter.drawLine(column.left(), y, column.right(), y);
    }

    // The hours, in the column on the left.
    painter.fillRect(QRect(0, bodyTop(), m_timeColumnWidth, viewport()->height()), palette.color(QPalette::Window));
    painter.setPen(palette.color(QPalette::WindowText));
    for (int hour = std::max(firstHour, 1); hour < std::min(lastHour + 1, 24); ++hour) {
        const int y = int(yOfMinute(hour * 60));
        painter.drawText(QRect(0, y - m_laneHeight / 2, m_timeColumnWidth - 6, m_laneHeight), Qt::AlignRight | Qt::AlignVCenter,
                         shortTime(QTime(hour, 0)));
    }
}

void TimeGridView::paintHeader(QPainter &painter) const
{
    const QPalette palette = this->palette();
    painter.fillRect(QRect(0, 0, viewport()->width(), bodyTop()), palette.color(QPalette::Window));
    const QDate today = QDate::currentDate();
    const QFontMetrics metrics = fontMetrics();
    const QLocale locale;
    const QString format = headerFormat(int(columnWidth()) - 8);
    for (int day = 0; day < m_days.days(); ++day) {
        const QDate date = m_days.first.addDays(day);
        const QRect column = dayColumnRect(day);
        const QRect label(column.left(), 0, column.width(), m_dayLabelHeight);
        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(date == today ? palette.color(QPalette::Highlight) : palette.color(QPalette::WindowText));
        painter.drawText(label.adjusted(4, 0, -4, 0), Qt::AlignCenter, locale.toString(date, format));
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawLine(column.left(), 0, column.left(), bodyTop());
    }
    const QRect row = allDayRowRect();
    painter.fillRect(row, palette.color(QPalette::Base));
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawLine(0, bodyTop() - 1, viewport()->width(), bodyTop() - 1);
    painter.drawLine(0, m_dayLabelHeight, viewport()->width(), m_dayLabelHeight);
    painter.setPen(palette.color(QPalette::WindowText));
    painter.drawText(QRect(0, row.top(), m_timeColumnWidth - 6, m_laneHeight), Qt::AlignRight | Qt::AlignVCenter,
                     metrics.elidedText(tr("All day"), Qt::ElideRight, m_timeColumnWidth - 6));

    for (const AllDayBar &bar : m_layout.bars) {
        if (!barShown(bar))
            continue;
        const CalendarItem &item = m_items[std::size_t(bar.item)];
        const bool dragged = m_drag && m_drag->active && m_drag->item == bar.item;
        TaskBlockPainter::paint(painter, barRect(bar), item, {item.subject},
                                dragged ? TaskBlockPainter::Look::Ghost
                                : item.id == m_selectedId ? TaskBlockPainter::Look::Selected
                                                          : TaskBlockPainter::Look::Normal);
    }
    painter.setPen(palette.color(QPalette::WindowText));
    for (int day = 0; day < int(m_hiddenAllDay.size()); ++day) {
        if (m_hiddenAllDay[std::size_t(day)] <= 0)
            continue;
        const QRect column = dayColumnRect(day);
        const QRect more(column.left() + 4, m_dayLabelHeight + 3 + (shownAllDayLanes - 1) * m_laneHeight,
                         column.width() - 8, m_laneHeight - 2);
        painter.drawText(more, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(tr("+%1 more").arg(m_hiddenAllDay[std::size_t(day)]), Qt::ElideRight,
                                            more.width()));
    }
}

void TimeGridView::paintDrag(QPainter &painter) const
{
    if (!m_drag || !m_drag->active)
        return;
    const CalendarItem &original = m_items[std::size_t(m_drag->item)];
    CalendarItem moved = original;
    moved.start = m_drag->start;
    moved.end = m_drag->end;
    if (m_drag->mode == DragMode::MoveDays) {
        AllDayBar bar;
        bar.firstDay = int(std::clamp<qint64>(m_days.first.daysTo(moved.firstDay()), 0, m_days.days() - 1));
        bar.lastDay = int(std::clamp<qint64>(m_days.first.daysTo(moved.lastDay()), 0, m_days.days() - 1));
        TaskBlockPainter::paint(painter, barRect(bar), moved, {moved.subject}, TaskBlockPainter::Look::Selected);
        return;
    }
    // The moved block on the day it now starts (its first day's part only).
    const CalendarLayout preview = CalendarLayout::of({moved}, m_days);
    painter.save();
    painter.setClipRect(QRect(m_timeColumnWidth, bodyTop(), viewport()->width(), viewport()->height()));
    for (TimedBlock block : preview.blocks) {
        block.lane = 0;
        block.lanes = 1;
        const QRectF rect = blockRect(block);
        TaskBlockPainter::paint(painter, rect, moved, blockLines(moved, rect), TaskBlockPainter::Look::Selected);
    }
    painter.restore();
}

void TimeGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect clip = event->rect();
    if (clip.bottom() >= bodyTop()) {
        painter.save();
        painter.setClipRect(QRect(0, bodyTop(), viewport()->width(), viewport()->height()));
        paintGrid(painter, clip.intersected(QRect(0, bodyTop(), viewport()->width(), viewport()->height())));
        painter.restore();
    }
    if (clip.top() < bodyTop())
        paintHeader(painter);
    paintDrag(painter);
}

void TimeGridView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const QPoint point = event->position().toPoint();
    const Hit hit = hitAt(point);
    if (hit.item < 0) {
        if (point.y() < m_dayLabelHeight && point.x() >= m_timeColumnWidth)
            Q_EMIT dayActivated(m_days.first.addDays(dayAtX(point.x())));
        m_selectedId = 0;
        viewport()->update();
        return;
    }
    const CalendarItem &item = m_items[std::size_t(hit.item)];
    m_selectedId = item.id;
    if (m_editable) {
        Drag drag;
        drag.id = item.id;
        drag.item = hit.item;
        drag.mode = hit.allDay ? DragMode::MoveDays : hit.bottomEdge ? DragMode::Resize : DragMode::Move;
        drag.pressed = point;
        drag.start = item.start;
        drag.end = item.end;
        m_drag = drag;
    }
    viewport()->update();
}

void TimeGridView::updateDrag(const QPoint &point)
{
    Drag &drag = *m_drag;
    const CalendarItem &item = m_items[std::size_t(drag.item)];
    const int days = dayAtX(point.x()) - dayAtX(drag.pressed.x());
    switch (drag.mode) {
    case DragMode::MoveDays:
        drag.start = item.start.addDays(days);
        drag.end = item.end.addDays(days);
        break;
    case DragMode::Move: {
        const double minutes = minuteAtY(point.y()) - minuteAtY(drag.pressed.y());
        drag.start = roundedToSnap(item.start.addDays(days).addSecs(qint64(std::lround(minutes * 60))));
        drag.end = drag.start.addSecs(item.start.secsTo(item.end));
        break;
    }
    case DragMode::Resize: {
        const QDate day = m_days.first.addDays(dayAtX(point.x()));
        const QDateTime end = roundedToSnap(day.startOfDay().addSecs(qint64(std::lround(minuteAtY(point.y()) * 60))));
        drag.start = item.start;
        drag.end = std::max(end, item.start.addSecs(snapMinutes * 60));
        break;
    }
    }
}

void TimeGridView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!m_drag) {
        const Hit hit = hitAt(point);
        viewport()->setCursor(hit.item >= 0 && hit.bottomEdge && m_editable ? Qt::SizeVerCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_drag->active && (point - m_drag->pressed).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag->active = true;
    updateDrag(point);
    viewport()->update();
}

void TimeGridView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = *m_drag;
    m_drag.reset();
    viewport()->update();
    if (!drag.active)
        return;
    const CalendarItem &item = m_items[std::size_t(drag.item)];
    if (drag.start != item.start || drag.end != item.end)
        Q_EMIT rescheduleRequested(drag.id, drag.start, drag.end);
}

void TimeGridView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag.reset();
    const QPoint point = event->position().toPoint();
    if (point.x() < m_timeColumnWidth || point.y() < m_dayLabelHeight)
        return;
    const Hit hit = hitAt(point);
    if (hit.item >= 0) {
        Q_EMIT openRequested(m_items[std::size_t(hit.item)].id);
        return;
    }
    const QDate day = m_days.first.addDays(dayAtX(point.x()));
    if (point.y() < bodyTop()) {
        Q_EMIT createRequested(day.startOfDay(), day.addDays(1).startOfDay(), true);
        return;
    }
    const int slot = int(minuteAtY(point.y())) / newTaskMinutes * newTaskMinutes;
    const QDateTime start = day.startOfDay().addSecs(qint64(slot) * 60);
    Q_EMIT createRequested(start, start.addSecs(newTaskMinutes * 60), false);
}

void TimeGridView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selectedId != 0) {
        Q_EMIT openRequested(m_selectedId);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_drag) {
        m_drag.reset();
        viewport()->update();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

QString TimeGridView::toolTipFor(const CalendarItem &item) const
{
    const QLocale locale;
    QString when = locale.toString(item.start.date(), QLocale::ShortFormat);
    if (!item.allDay)
        when += QLatin1Char(' ') + shortTime(item.start.time());
    if (!item.allDay && item.end > item.start)
        when += QStringLiteral(" – ") + shortTime(item.end.time());
    QString text = item.subject + QLatin1Char('\n') + item.typeName + QStringLiteral(", ") + when;
    if (item.overdue)
        text += QLatin1Char('\n') + tr("Overdue");
    return text;
}

bool TimeGridView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        if (hit.item >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(m_items[std::size_t(hit.item)]), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace kartoteka::ui
