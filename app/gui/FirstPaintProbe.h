#pragma once

#include <QElapsedTimer>
#include <QObject>

// For `kartoteka --benchmark-startup`: prints how long after start the main window first
// painted, then quits.
class FirstPaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit FirstPaintProbe(QElapsedTimer sinceStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QElapsedTimer m_sinceStart;
    bool m_reported = false;
};
