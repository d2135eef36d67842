#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

FirstPaintProbe::FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent), m_sinceStart(sinceStart)
{
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_reported) {
        m_reported = true;
        // Report once the paint event has been handled.
        QTimer::singleShot(0, this, [this] {
            QTextStream(stdout) << QStringLiteral("first paint after %1 ms").arg(m_sinceStart.elapsed()) << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
