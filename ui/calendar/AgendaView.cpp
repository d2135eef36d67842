#include "AgendaView.h"

#include "TaskBlockPainter.h"
#include "tasks/TaskReport.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace kartoteka::ui {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

} // namespace

AgendaView::AgendaView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("agenda"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Time"), tr("Type"), tr("Subject"), tr("State")});
    header()->setSectionResizeMode(Subject, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics();
    setColumnWidth(Time, metrics.horizontalAdvance(QStringLiteral("00:00 AM – 00:00 AM")) + 16);
    setColumnWidth(Type, metrics.averageCharWidth() * 16);
    setColumnWidth(State, metrics.averageCharWidth() * 16);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT openRequested(item->data(Time, Qt::UserRole).toLongLong());
    });
}

void AgendaView::setItems(const QDate &day, const std::vector<CalendarItem> &items)
{
    m_day = day;
    clear();
    std::vector<const CalendarItem *> ofDay;
    for (const CalendarItem &item : items) {
        if (item.firstDay() <= day && item.lastDay() >= day)
            ofDay.push_back(&item);
    }
    std::stable_partition(ofDay.begin(), ofDay.end(), [](const CalendarItem *item) { return item->inAllDayRow(); });
    QList<QTreeWidgetItem *> rows;
    for (const CalendarItem *item : ofDay) {
        QString time;
        if (item->inAllDayRow())
            time = tr("All day");
        else if (item->end > item->start)
            time = shortTime(item->start.time()) + QStringLiteral(" – ")
                   + shortTime(item->end.time());
        else
            time = shortTime(item->start.time());
        auto *row = new QTreeWidgetItem({time, item->typeName, item->subject,
                                         item->overdue ? tr("Overdue") : TaskReport::stateName(item->state)});
        row->setData(Time, Qt::UserRole, item->id);
        row->setIcon(Type, swatch(item->color));
        if (item->overdue) {
            for (int column = 0; column < ColumnCount; ++column)
                row->setForeground(column, TaskBlockPainter::overdueColor());
        }
        if (item->state == Task::State::Cancelled) {
            QFont font = row->font(Subject);
            font.setStrikeOut(true);
            row->setFont(Subject, font);
        }
        rows.append(row);
    }
    addTopLevelItems(rows);
    if (!rows.isEmpty())
        setCurrentItem(rows.first());
}

qint64 AgendaView::idAt(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    return item ? item->data(Time, Qt::UserRole).toLongLong() : 0;
}

void AgendaView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        Q_EMIT openRequested(currentItem()->data(Time, Qt::UserRole).toLongLong());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

} // namespace kartoteka::ui
