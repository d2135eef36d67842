#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

// Runs one long job off the GUI thread on the worker's own connection to a database file
// (the GUI keeps its own), with progress and cancel. The demo data generator and the import
// wizard both run through it.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    // Receives 0..100; returns false once the user cancelled.
    using Progress = std::function<bool(int percent)>;
    // Runs in the worker thread. Returns an error message, empty when the job succeeded.
    using Job = std::function<QString(Database &database, const Progress &progress)>;

    explicit DatabaseWorker(QObject *parent = nullptr);
    // Cancels a running job and waits for it.
    ~DatabaseWorker() override;

    bool isRunning() const { return m_thread != nullptr; }
    bool isCancelled() const;
    // Opens `databasePath` in the worker thread and runs `job` on it; ignored while running.
    void start(const QString &databasePath, Job job);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progressChanged(int percent);
    // succeeded: the job returned no error; otherwise `error` says why (empty when cancelled).
    void finished(bool succeeded, const QString &error);

private:
    struct State;
    void onThreadFinished();

    QThread *m_thread = nullptr;
    std::shared_ptr<State> m_state;
};

} // namespace kartoteka::ui
