#include "MonthView.h"

#include "TaskBlockPainter.h"
#include "widgets/DateTexts.h"

#include <QApplication>
#include <QLocale>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>

namespace kartoteka::ui {

MonthView::MonthView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("monthGrid"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(300, 240);
}

DateRange MonthView::gridOf(const DateRange &month, Qt::DayOfWeek firstDayOfWeek)
{
    return {calendarPeriod(CalendarView::Week, month.first, firstDayOfWeek).first,
            calendarPeriod(CalendarView::Week, month.last, firstDayOfWeek).last};
}

void MonthView::setItems(const DateRange &month, Qt::DayOfWeek firstDayOfWeek, std::vector<CalendarItem> items)
{
    m_month = month;
    m_firstDayOfWeek = firstDayOfWeek;
    m_grid = gridOf(month, firstDayOfWeek);
    m_items = std::move(items);
    m_byDay.assign(std::size_t(m_grid.days()), {});
    for (int index = 0; index < int(m_items.size()); ++index) {
        const CalendarItem &item = m_items[std::size_t(index)];
        const QDate first = std::max(item.firstDay(), m_grid.first);
        const QDate last = std::min(item.lastDay(), m_grid.last);
        for (QDate day = first; day <= last; day = day.addDays(1))
            m_byDay[std::size_t(m_grid.first.daysTo(day))].push_back(index);
    }
    for (std::vector<int> &day : m_byDay) {
        std::stable_partition(day.begin(), day.end(), [this](int index) { return m_items[std::size_t(index)].inAllDayRow(); });
    }
    m_drag.reset();
    update();
}

int MonthView::weekdayHeaderHeight() const
{
    return fontMetrics().height() + 8;
}

int MonthView::numberHeight() const
{
    return fontMetrics().height() + 4;
}

int MonthView::lineHeight() const
{
    return fontMetrics().height() + 3;
}

QRect MonthView::cellRect(const QDate &date) const
{
    if (!m_grid.contains(date) || weeks() == 0)
        return {};
    const int index = int(m_grid.first.daysTo(date));
    const int column = index % 7;
    const int row = index / 7;
    const double cellWidth = width() / 7.0;
    const double cellHeight = double(height() - weekdayHeaderHeight()) / weeks();
    const int left = int(column * cellWidth);
    const int top = weekdayHeaderHeight() + int(row * cellHeight);
    return QRect(left, top, int((column + 1) * cellWidth) - left,
                 weekdayHeaderHeight() + int((row + 1) * cellHeight) - top);
}

int MonthView::capacity() const
{
    const int cellHeight = weeks() == 0 ? 0 : (height() - weekdayHeaderHeight()) / weeks();
    return std::max(0, (cellHeight - numberHeight() - 2) / lineHeight());
}

int MonthView::shownCount(const QDate &date) const
{
    const int count = int(m_byDay[std::size_t(m_grid.first.daysTo(date))].size());
    return count <= capacity() ? count : std::max(0, capacity() - 1);
}

QRect MonthView::numberRect(const QDate &date) const
{
    const QRect cell = cellRect(date);
    return QRect(cell.left() + 2, cell.top() + 1, cell.width() - 4, numberHeight());
}

QRect MonthView::lineRect(const QDate &date, int line) const
{
    const QRect cell = cellRect(date);
    return QRect(cell.left() + 2, cell.top() + numberHeight() + line * lineHeight(), cell.width() - 4, lineHeight() - 1);
}

QRect MonthView::moreRect(const QDate &date) const
{
    const int count = int(m_byDay[std::size_t(m_grid.first.daysTo(date))].size());
    return count > shownCount(date) ? lineRect(date, shownCount(date)) : QRect();
}

QRect MonthView::itemRect(qint64 id, const QDate &date) const
{
    if (!m_grid.contains(date))
        return {};
    const std::vector<int> &day = m_byDay[std::size_t(m_grid.first.daysTo(date))];
    const int shown = shownCount(date);
    for (int line = 0; line < shown; ++line) {
        if (m_items[std::size_t(day[std::size_t(line)])].id == id)
            return lineRect(date, line);
    }
    return {};
}

std::optional<QDate> MonthView::dayAt(const QPoint &point) const
{
    if (weeks() == 0 || point.y() < weekdayHeaderHeight() || !rect().contains(point))
        return std::nullopt;
    const int column = std::clamp(int(point.x() / (width() / 7.0)), 0, 6);
    const int row = std::clamp(int((point.y() - weekdayHeaderHeight()) / (double(height() - weekdayHeaderHeight()) / weeks())),
                               0, weeks() - 1);
    return m_grid.first.addDays(row * 7 + column);
}

int MonthView::itemIndexAt(const QPoint &point) const
{
    const auto date = dayAt(point);
    if (!date)
        return -1;
    const std::vector<int> &day = m_byDay[std::size_t(m_grid.first.daysTo(*date))];
    const int shown = shownCount(*date);
    for (int line = 0; line < shown; ++line) {
        if (lineRect(*date, line).contains(point))
            return day[std::size_t(line)];
    }
    return -1;
}

qint64 MonthView::itemAt(const QPoint &point) const
{
    const int index = itemIndexAt(point);
    return index < 0 ? 0 : m_items[std::size_t(index)].id;
}

void MonthView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QPalette palette = this->palette();
    painter.fillRect(event->rect(), palette.color(QPalette::Base));
    const QLocale locale;
    const QFontMetrics metrics = fontMetrics();

    // Weekday names over the columns, long when they fit.
    painter.fillRect(QRect(0, 0, width(), weekdayHeaderHeight()), palette.color(QPalette::Window));
    painter.setPen(palette.color(QPalette::WindowText));
    for (int column = 0; column < 7; ++column) {
        const int dayOfWeek = (int(m_firstDayOfWeek) - 1 + column) % 7 + 1;
        const QRect header(int(column * width() / 7.0), 0, int(width() / 7.0), weekdayHeaderHeight());
        QString name = locale.standaloneDayName(dayOfWeek, QLocale::LongFormat);
        if (metrics.horizontalAdvance(name) > header.width() - 6)
            name = locale.standaloneDayName(dayOfWeek, QLocale::ShortFormat);
        painter.drawText(header, Qt::AlignCenter, name);
    }
    if (weeks() == 0)
        return;

    const QDate today = QDate::currentDate();
    const QList<Qt::DayOfWeek> workDays = locale.weekdays();
    const QColor restDay = palette.color(QPalette::AlternateBase);
    const QColor todayFill(0xff, 0xf8, 0xe1);
    const QColor otherMonth = palette.color(QPalette::PlaceholderText);
    for (QDate date = m_grid.first; date <= m_grid.last; date = date.addDays(1)) {
        const QRect cell = cellRect(date);
        if (!cell.intersects(event->rect()))
            continue;
        if (date == today)
            painter.fillRect(cell, todayFill);
        else if (!workDays.contains(Qt::DayOfWeek(date.dayOfWeek())))
            painter.fillRect(cell, restDay);
        painter.setPen(palette.color(QPalette::Mid));
        painter.drawRect(cell.adjusted(0, 0, -1, -1));
        if (m_drag && m_drag->active && m_drag->to == date) {
            painter.setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter.drawRect(cell.adjusted(1, 1, -2, -2));
        }

        QFont font = painter.font();
        font.setBold(date == today);
        painter.setFont(font);
        painter.setPen(m_month.contains(date) ? palette.color(QPalette::WindowText) : otherMonth);
        const QString number = date.day() == 1 ? DateTexts::shortDayMonth(date, locale) : QString::number(date.day());
        painter.drawText(numberRect(date).adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, number);
        font.setBold(false);
        painter.setFont(font);

        const std::vector<int> &day = m_byDay[std::size_t(m_grid.first.daysTo(date))];
        const int shown = shownCount(date);
        for (int line = 0; line < shown; ++line) {
            const CalendarItem &item = m_items[std::size_t(day[std::size_t(line)])];
            const QString text = item.inAllDayRow() ? item.subject
                                                    : shortTime(item.start.time())
                                                          + QLatin1Char(' ') + item.subject;
            const bool dragged = m_drag && m_drag->active && m_drag->item == day[std::size_t(line)];
            TaskBlockPainter::paint(painter, lineRect(date, line), item, {text},
                                    dragged ? TaskBlockPainter::Look::Ghost
                                    : item.id == m_selectedId ? TaskBlockPainter::Look::Selected
                                                              : TaskBlockPainter::Look::Normal);
        }
        if (const QRect more = moreRect(date); !more.isNull()) {
            painter.setPen(palette.color(QPalette::Link));
            painter.drawText(more.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(tr("+%1 more").arg(int(day.size()) - shown), Qt::ElideRight, more.width() - 4));
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint point = event->position().toPoint();
    const int index = itemIndexAt(point);
    const auto date = dayAt(point);
    m_selectedId = index < 0 ? 0 : m_items[std::size_t(index)].id;
    if (index >= 0 && m_editable && date)
        m_drag = Drag{index, point, *date, *date, false};
    else if (date && (numberRect(*date).contains(point) || moreRect(*date).contains(point)))
        Q_EMIT dayActivated(*date);
    update();
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drag)
        return;
    const QPoint point = event->position().toPoint();
    if (!m_drag->active && (point - m_drag->pressed).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag->active = true;
    if (const auto date = dayAt(point))
        m_drag->to = *date;
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_drag)
        return;
    const Drag drag = *m_drag;
    m_drag.reset();
    update();
    const qint64 days = drag.from.daysTo(drag.to);
    if (!drag.active || days == 0)
        return;
    const CalendarItem &item = m_items[std::size_t(drag.item)];
    Q_EMIT rescheduleRequested(item.id, item.start.addDays(days), item.end.addDays(days));
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drag.reset();
    const QPoint point = event->position().toPoint();
    if (const qint64 id = itemAt(point); id != 0) {
        Q_EMIT openRequested(id);
        return;
    }
    const auto date = dayAt(point);
    if (!date || numberRect(*date).contains(point) || moreRect(*date).contains(point))
        return;
    Q_EMIT createRequested(date->startOfDay(), date->addDays(1).startOfDay(), true);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selectedId != 0) {
        Q_EMIT openRequested(m_selectedId);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_drag) {
        m_drag.reset();
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace kartoteka::ui
