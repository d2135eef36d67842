#include "DemoDataRunner.h"

#include "storage/Database.h"
#include "widgets/DatabaseWorker.h"

#include <QProgressDialog>
#include <QWidget>

namespace kartoteka::ui {

DemoDataRunner::DemoDataRunner(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_worker(new DatabaseWorker(this))
{
    connect(m_worker, &DatabaseWorker::progressChanged, this, &DemoDataRunner::progressChanged);
    connect(m_worker, &DatabaseWorker::finished, this, &DemoDataRunner::onWorkerFinished);
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

    m_worker->start(databasePath, [options](Database &database, const DatabaseWorker::Progress &progress) {
        const auto result = DemoDataGenerator::generate(database.connection(), options, progress);
        return result ? QString() : result.error().message;
    });
}

void DemoDataRunner::cancel()
{
    m_worker->cancel();
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void DemoDataRunner::onWorkerFinished(bool written, const QString &error)
{
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    Q_EMIT finished(written, error);
}

} // namespace kartoteka::ui
