#pragma once

#include "demo/DemoDataGenerator.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QThread;
class QWidget;

namespace kartoteka::ui {

// Runs DemoDataGenerator off the GUI thread, on the worker's own connection to the database
// file, behind a progress dialog with Cancel. A cancelled run writes nothing.
class DemoDataRunner : public QObject
{
    Q_OBJECT

public:
    explicit DemoDataRunner(QWidget *window);
    // Cancels a running generation and waits for it.
    ~DemoDataRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    void start(const QString &databasePath, const DemoOptions &options);
    QProgressDialog *progressDialog() const { return m_dialog; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent);
    // written: the data is in the database; otherwise `error` says why (empty when cancelled).
    void finished(bool written, const QString &error);

private:
    struct State;
    void onThreadFinished();

    QWidget *m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    std::shared_ptr<State> m_state;
};

} // namespace kartoteka::ui
