#pragma once

#include "CalendarItem.h"

#include <QStringList>

class QPainter;
class QRectF;

namespace kartoteka::ui {

// How every calendar view draws a task: a block in its type's colour with its text; closed
// tasks pale (cancelled ones struck out), overdue ones with a red edge and a red outline.
struct TaskBlockPainter
{
    static QColor overdueColor() { return QColor(0xc6, 0x28, 0x28); }

    enum class Look { Normal, Selected, Ghost };
    // `lines` is what to write, one line each, elided to the width (as many as fit).
    static void paint(QPainter &painter, const QRectF &rect, const CalendarItem &item, const QStringList &lines,
                      Look look = Look::Normal);
};

} // namespace kartoteka::ui
