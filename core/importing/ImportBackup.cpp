#include "ImportBackup.h"

#include "storage/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace kartoteka {

DatabaseError ImportBackup::refuseReadOnly(const Database &database)
{
    if (!database.isReadOnly())
        return {};
    return DatabaseError(DatabaseError::Kind::ReadOnly,
                         tr("«%1» is open read-only; nothing can be imported into it.").arg(database.path()));
}

DatabaseError ImportBackup::take(Database &database, QString &path)
{
    const QFileInfo info(database.path());
    path = freePath(info.dir().filePath(QStringLiteral("%1.before-import-%2").arg(info.completeBaseName(), timeStamp())),
                    QStringLiteral(".sqlite"));
    if (DatabaseError error = database.backupTo(path))
        return DatabaseError(error.kind, tr("Nothing was imported: the backup before it failed: %1").arg(error.message));
    return {};
}

QString ImportBackup::freePath(const QString &base, const QString &suffix)
{
    QString path = base + suffix;
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
    return path;
}

QString ImportBackup::timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

} // namespace kartoteka
