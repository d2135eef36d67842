#include "DatabaseBackup.h"

#include "DatabaseController.h"
#include "storage/CancelWatch.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/WorkerProgressDialog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace kartoteka::ui {

DatabaseBackup::DatabaseBackup(DatabaseController &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_worker(new DatabaseWorker(this))
{
    // Queued: the progress window goes first.
    connect(m_worker, &DatabaseWorker::finished, this, &DatabaseBackup::onFinished, Qt::QueuedConnection);
}

bool DatabaseBackup::isRunning() const
{
    return m_worker->isRunning();
}

QString DatabaseBackup::suggestedName()
{
    return QStringLiteral("kartoteka-backup-%1.sqlite").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
}

void DatabaseBackup::start()
{
    if (!m_database.isOpen() || m_worker->isRunning())
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = documents.isEmpty() ? QFileInfo(m_database.path()).absolutePath() : documents;
    const QString target = m_database.dialogs().chooseSaveFile(m_window, tr("Back up the database"),
                                                               QDir(folder).filePath(suggestedName()),
                                                               m_database.fileFilter());
    if (target.isEmpty())
        return;
    if (Database::isFileOf(m_database.path(), target)) { // its -wal or -shm would be replaced as well
        m_database.dialogs().reportError(m_window, tr("Backup failed"), tr("A backup cannot replace the database it copies."));
        return;
    }
    m_target = target;
    auto *progress = new WorkerProgressDialog(m_worker, tr("Backing up to «%1»…").arg(QFileInfo(target).fileName()), m_window);
    progress->setObjectName(QStringLiteral("backupProgress"));
    progress->setWindowTitle(tr("Back up the database"));
    progress->setRange(0, 0); // VACUUM INTO says nothing of how far it is
    m_worker->start(m_database.path(), [target](Database &database, const DatabaseWorker::Progress &progress) {
        const QString partial = target + QStringLiteral(".partial");
        QFile::remove(partial);
        DatabaseError error;
        {
            const CancelWatch watch(database.connection(), [&progress] { return progress(0); });
            error = database.backupTo(partial);
        }
        if (error) {
            QFile::remove(partial);
            return error.message;
        }
        if ((QFile::exists(target) && !QFile::remove(target)) || !QFile::rename(partial, target)) {
            QFile::remove(partial);
            return tr("Cannot write «%1».").arg(QDir::toNativeSeparators(target));
        }
        return QString();
    });
}

void DatabaseBackup::onFinished(bool succeeded, const QString &error)
{
    if (succeeded)
        Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(m_target)));
    else if (m_worker->isCancelled())
        Q_EMIT message(tr("Backup cancelled; no file was written"));
    else
        m_database.dialogs().reportError(m_window, tr("Backup failed"), error);
    Q_EMIT finished(succeeded);
}

} // namespace kartoteka::ui
