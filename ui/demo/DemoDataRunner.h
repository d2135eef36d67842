#pragma once

#include "demo/DemoDataGenerator.h"

#include <QObject>

class QWidget;

namespace kartoteka::ui {

class DatabaseWorker;

// Runs DemoDataGenerator off the GUI thread, on the worker's own connection to the database
// file, behind a progress dialog with Cancel. A cancelled run writes nothing.
class DemoDataRunner : public QObject
{
    Q_OBJECT

public:
    explicit DemoDataRunner(QWidget *window);
    // Cancels a running generation and waits for it.
    ~DemoDataRunner() override;

    bool isRunning() const;
    void start(const QString &databasePath, const DemoOptions &options);

Q_SIGNALS:
    // written: the data is in the database; otherwise `error` says why (empty when cancelled).
    void finished(bool written, const QString &error);

private:
    QWidget *m_window;
    DatabaseWorker *m_worker;
};

} // namespace kartoteka::ui
