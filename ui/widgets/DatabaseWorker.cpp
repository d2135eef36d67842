#include "DatabaseWorker.h"

#include "storage/Database.h"

#include <QThread>

#include <atomic>

namespace kartoteka::ui {

// Shared by the GUI thread and the worker; the worker writes `error`/`succeeded` before it ends.
struct DatabaseWorker::State
{
    std::atomic<bool> cancelled = false;
    bool succeeded = false;
    QString error;
};

DatabaseWorker::DatabaseWorker(QObject *parent)
    : QObject(parent)
{
}

DatabaseWorker::~DatabaseWorker()
{
    if (m_thread) {
        m_state->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseWorker::isCancelled() const
{
    return m_state && m_state->cancelled;
}

void DatabaseWorker::start(const QString &databasePath, Job job)
{
    if (m_thread)
        return;
    m_state = std::make_shared<State>();
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([this, state, databasePath, job = std::move(job)] {
        if (state->cancelled)
            return;
        Database database; // the worker's own connection
        if (DatabaseError error = database.open(databasePath)) {
            state->error = error.message;
            return;
        }
        const QString error = job(database, [this, state](int percent) {
            Q_EMIT progressChanged(percent);
            return !state->cancelled.load();
        });
        // A job that finished although cancel came late did its work; one that failed after a
        // cancel stopped because it was told to, which is no error.
        state->succeeded = error.isEmpty();
        if (!state->succeeded && !state->cancelled)
            state->error = error;
    });
    connect(m_thread, &QThread::finished, this, &DatabaseWorker::onThreadFinished);
    m_thread->start();
}

void DatabaseWorker::cancel()
{
    if (m_state)
        m_state->cancelled = true;
}

void DatabaseWorker::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Q_EMIT finished(m_state->succeeded, m_state->error);
}

} // namespace kartoteka::ui
