#pragma once

#include "CalendarItem.h"

#include <QTreeWidget>

#include <vector>

namespace kartoteka::ui {

// The daily schedule: one day's tasks as a list (the all-day ones first, then by time) with
// their time, type, subject and state; overdue ones in red. Enter or a double-click opens one.
class AgendaView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { Time, Type, Subject, State, ColumnCount };

    explicit AgendaView(QWidget *parent = nullptr);

    void setItems(const QDate &day, const std::vector<CalendarItem> &items);
    const QDate &day() const { return m_day; }
    qint64 idAt(int row) const;

Q_SIGNALS:
    void openRequested(qint64 id);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QDate m_day;
};

} // namespace kartoteka::ui
