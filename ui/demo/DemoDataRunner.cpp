#include "DemoDataRunner.h"

#include "storage/Database.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/WorkerProgressDialog.h"

namespace kartoteka::ui {

DemoDataRunner::DemoDataRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_worker(new DatabaseWorker(this))
{
    // Queued: the progress window goes first.
    connect(m_worker, &DatabaseWorker::finished, this, &DemoDataRunner::finished, Qt::QueuedConnection);
}

DemoDataRunner::~DemoDataRunner() = default;

bool DemoDataRunner::isRunning() const
{
    return m_worker->isRunning();
}

void DemoDataRunner::start(const QString &databasePath, const DemoOptions &options)
{
    if (m_worker->isRunning())
        return;
    auto *dialog = new WorkerProgressDialog(m_worker, tr("Creating demo data…"), m_window);
    dialog->setObjectName(QStringLiteral("demoProgress"));
    dialog->setWindowTitle(tr("Demo data"));
    m_worker->start(databasePath, [options](Database &database, const DatabaseWorker::Progress &progress) {
        const auto result = DemoDataGenerator::generate(database.connection(), options, progress);
        return result ? QString() : result.error().message;
    });
}

} // namespace kartoteka::ui
