#include "ImportUndoFlow.h"

#include "ImportDialogs.h"
#include "importing/ImportUndo.h"
#include "storage/Database.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/WorkerProgressDialog.h"

#include <QFileInfo>

namespace kartoteka::ui {

ImportUndoFlow::ImportUndoFlow(ImportDialogs &dialogs, QWidget *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_parent(parent)
    , m_worker(new DatabaseWorker(this))
{
    // Queued: the progress window goes first.
    connect(m_worker, &DatabaseWorker::finished, this, &ImportUndoFlow::onFinished, Qt::QueuedConnection);
}

bool ImportUndoFlow::isRunning() const
{
    return m_worker->isRunning();
}

void ImportUndoFlow::start(const QString &databasePath, qint64 batchId, const QString &file)
{
    if (m_worker->isRunning())
        return;
    const QString question = tr("Undo import #%1 of «%2»? The clients, persons and sales it created are deleted, "
                                "and what it changed is restored.")
                                 .arg(batchId)
                                 .arg(QFileInfo(file).fileName());
    if (!m_dialogs.confirm(m_parent, tr("Undo import"), question))
        return;
    m_batchId = batchId;
    auto *progress = new WorkerProgressDialog(m_worker, tr("Undoing import #%1…").arg(batchId), m_parent);
    progress->setObjectName(QStringLiteral("undoProgress"));
    progress->setWindowTitle(tr("Undo import"));
    progress->setRange(0, 0); // the deletes say nothing of how far they are
    m_worker->start(databasePath, [batchId](Database &database, const DatabaseWorker::Progress &progress) {
        const DatabaseError error = ImportUndo::undo(database.connection(), batchId, [&progress] { return progress(0); });
        return error.message;
    });
}

void ImportUndoFlow::onFinished(bool succeeded, const QString &error)
{
    if (succeeded) {
        m_dialogs.inform(m_parent, tr("Undo import"), tr("Import #%1 was undone.").arg(m_batchId));
    } else if (m_worker->isCancelled()) {
        m_dialogs.inform(m_parent, tr("Undo import"), tr("The undo was cancelled; import #%1 is still in the database.").arg(m_batchId));
    } else {
        m_dialogs.reportError(m_parent, tr("The import cannot be undone"),
                              tr("Import #%1 was not undone; nothing was changed.\n%2").arg(m_batchId).arg(error));
    }
    Q_EMIT finished(succeeded);
}

} // namespace kartoteka::ui
