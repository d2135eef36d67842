#include "DemoDataRunner.h"

#include "storage/Database.h"

#include <QProgressDialog>
#include <QThread>
#include <QWidget>

#include <atomic>

namespace kartoteka::ui {

// Shared by the GUI thread and the worker; the worker writes `error`/`written` before it ends.
struct DemoDataRunner::State
{
    std::atomic<bool> cancelled = false;
    bool written = false;
    QString error;
};

DemoDataRunner::DemoDataRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

DemoDataRunner::~DemoDataRunner()
{
    if (m_thread) {
        m_state->cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

void DemoDataRunner::start(const QString &databasePath, const DemoOptions &options)
{
    if (m_thread)
        return;
    m_state = std::make_shared<State>();

    m_dialog = new QProgressDialog(tr("Creating demo data…"), tr("Cancel"), 0, 100, m_window);
    m_dialog->setObjectName(QStringLiteral("demoProgress"));
    m_dialog->setWindowTitle(tr("Demo data"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &DemoDataRunner::cancel);
    connect(this, &DemoDataRunner::progressChanged, m_dialog, &QProgressDialog::setValue);

    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([this, state, databasePath, options] {
        if (state->cancelled)
            return;
        Database database; // the worker's own connection
        if (DatabaseError error = database.open(databasePath)) {
            state->error = error.message;
            return;
        }
        const auto result = DemoDataGenerator::generate(
            database.connection(), options, [this, state](int percent) {
                Q_EMIT progressChanged(percent);
                return !state->cancelled.load();
            });
        if (result)
            state->written = true;
        else if (!state->cancelled)
            state->error = result.error().message;
    });
    connect(m_thread, &QThread::finished, this, &DemoDataRunner::onThreadFinished);
    m_thread->start();
}

void DemoDataRunner::cancel()
{
    if (m_state)
        m_state->cancelled = true;
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void DemoDataRunner::onThreadFinished()
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    Q_EMIT finished(m_state->written, m_state->error);
}

} // namespace kartoteka::ui
