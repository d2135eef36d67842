#include "DatabaseUpgrade.h"

#include "storage/Database.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/WorkerProgressDialog.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace kartoteka::ui {

bool DatabaseUpgrade::isNeeded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The SQLite file header: its magic string, and user_version (our schema) at offset 60.
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return false;
    const qint32 version = qFromBigEndian<qint32>(header.constData() + 60);
    return version > 0 && version < Database::latestSchemaVersion();
}

void DatabaseUpgrade::runIfNeeded(const QString &path, QWidget *window)
{
    if (!isNeeded(path) || !QFileInfo(path).isWritable())
        return;
    DatabaseWorker worker;
    auto *progress = new WorkerProgressDialog(
        &worker, tr("Upgrading «%1» for this version of Kartoteka (a backup is taken first)…").arg(QFileInfo(path).fileName()),
        window);
    progress->setObjectName(QStringLiteral("upgradeProgress"));
    progress->setWindowTitle(tr("Database upgrade"));
    progress->setCancelButton(nullptr); // each step is one transaction; stopping halfway helps nobody
    progress->setRange(0, 0);
    QEventLoop waiting;
    QObject::connect(&worker, &DatabaseWorker::finished, &waiting, &QEventLoop::quit, Qt::QueuedConnection);
    // Opening the file on the worker's connection upgrades it.
    worker.start(path, [](Database &, const DatabaseWorker::Progress &) { return QString(); });
    waiting.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace kartoteka::ui
