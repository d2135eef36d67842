#include "TaskBlockPainter.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>

namespace kartoteka::ui {

namespace {

constexpr qreal overdueEdge = 4;
constexpr qreal textMargin = 3;

QColor selectedColor()
{
    return QColor(0x0d, 0x47, 0xa1);
}

} // namespace

QString shortTime(const QTime &time)
{
    // The format is worked out once per locale: the views write hundreds of times per paint.
    static QString localeName;
    static QString format;
    const QLocale locale;
    if (format.isEmpty() || localeName != locale.name()) {
        localeName = locale.name();
        format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QRegularExpression(QStringLiteral("[:.]?ss")));
    }
    return locale.toString(time, format);
}

void TaskBlockPainter::paint(QPainter &painter, const QRectF &rect, const CalendarItem &item, const QStringList &lines,
                             Look look)
{
    painter.save();
    QColor fill = item.color;
    if (item.isClosed())
        fill = fill.lighter(165);
    if (look == Look::Ghost)
        fill.setAlpha(150);
    const QRectF box = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(look == Look::Selected ? QPen(selectedColor(), 2)
                   : item.overdue         ? QPen(overdueColor(), 1)
                                          : QPen(fill.darker(130), 1));
    painter.setBrush(fill);
    painter.drawRect(box);
    qreal left = box.left();
    if (item.overdue) {
        // Hatched as well as edged in red, so that an overdue task of a red type still stands out.
        painter.fillRect(box, QBrush(QColor(255, 255, 255, 110), Qt::BDiagPattern));
        if (box.width() > overdueEdge * 2) {
            painter.fillRect(QRectF(box.left(), box.top(), overdueEdge, box.height()), overdueColor());
            left += overdueEdge;
        }
    }

    const QRectF textArea(left + textMargin, box.top() + 1, box.right() - left - 2 * textMargin, box.height() - 2);
    const QFontMetrics metrics(painter.font());
    if (textArea.width() >= metrics.averageCharWidth() * 2 && textArea.height() >= metrics.height() - 2) {
        QFont font = painter.font();
        font.setStrikeOut(item.state == Task::State::Cancelled);
        painter.setFont(font);
        painter.setPen(fill.lightnessF() > 0.6 ? QColor(0x21, 0x21, 0x21) : QColor(Qt::white));
        qreal y = textArea.top();
        for (const QString &line : lines) {
            if (y + metrics.height() > textArea.bottom() + 2 && y > textArea.top())
                break;
            painter.drawText(QRectF(textArea.left(), y, textArea.width(), metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(line, Qt::ElideRight, int(textArea.width())));
            y += metrics.height();
        }
    }
    painter.restore();
}

} // namespace kartoteka::ui
