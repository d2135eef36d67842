#include "DatabaseController.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QWidget>

namespace kartoteka::ui {

DatabaseController::DatabaseController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_dialogs(std::make_unique<UserDialogs>(UserDialogs::standard()))
{
}

DatabaseController::~DatabaseController() = default;

Result<DatabaseStatistics> DatabaseController::statistics() const
{
    if (!m_database)
        return DatabaseError(DatabaseError::Kind::CannotOpen, tr("No database is open."));
    return DatabaseStatistics::read(m_database->connection());
}

DatabaseError DatabaseController::tryOpen(const QString &path)
{
    auto database = std::make_unique<Database>();
    if (DatabaseError error = database->open(path))
        return error;
    m_database = std::move(database);
    Q_EMIT databaseChanged();
    return {};
}

bool DatabaseController::openAtStartup(const QString &path)
{
    DatabaseError error = tryOpen(path);
    while (error) {
        if (m_dialogs->askAfterOpenFailure(m_window, error.message) == UserDialogs::OpenFailureChoice::Quit)
            return false;
        const QString another =
            m_dialogs->chooseOpenFile(m_window, tr("Open database"), QFileInfo(path).absolutePath(), fileFilter());
        if (!another.isEmpty())
            error = tryOpen(another);
    }
    return true;
}

bool DatabaseController::open(const QString &path)
{
    if (DatabaseError error = tryOpen(path)) {
        m_dialogs->reportError(m_window, tr("Cannot open the database"), error.message);
        return false;
    }
    Q_EMIT message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DatabaseController::chooseNewDatabase()
{
    const QString suggested = QDir(folder()).filePath(tr("clients") + QStringLiteral(".sqlite"));
    const QString path = m_dialogs->chooseSaveFile(m_window, tr("New database"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        // Never overwrite: a new database is a new file.
        m_dialogs->reportError(m_window, tr("Cannot create the database"),
                               tr("«%1» already exists. Choose a new file name, or open it with "
                                  "File → Open database.")
                                   .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void DatabaseController::chooseDatabaseToOpen()
{
    const QString path = m_dialogs->chooseOpenFile(m_window, tr("Open database"), folder(), fileFilter());
    if (!path.isEmpty())
        open(path);
}

void DatabaseController::backUp()
{
    if (!m_database)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents.isEmpty() ? folder() : documents).filePath(suggestedBackupName());
    const QString target = m_dialogs->chooseSaveFile(m_window, tr("Back up the database"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    const QString title = tr("Backup failed");
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(m_database->path()).absoluteFilePath()) {
        m_dialogs->reportError(m_window, title, tr("A backup cannot replace the database it copies."));
        return;
    }
    // Write beside the target first, so that a failed backup leaves an older one in place.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (DatabaseError error = m_database->backupTo(partial)) {
        QFile::remove(partial);
        m_dialogs->reportError(m_window, title, error.message);
        return;
    }
    if ((QFile::exists(target) && !QFile::remove(target)) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        m_dialogs->reportError(m_window, title,
                               tr("Cannot write «%1».").arg(QDir::toNativeSeparators(target)));
        return;
    }
    Q_EMIT message(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
}

QString DatabaseController::suggestedBackupName()
{
    return QStringLiteral("kartoteka-backup-%1.sqlite")
        .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
}

QString DatabaseController::fileFilter() const
{
    return tr("Kartoteka databases (*.sqlite *.db)") + QStringLiteral(";;") + tr("All files (*)");
}

QString DatabaseController::folder() const
{
    return m_database ? QFileInfo(m_database->path()).absolutePath()
                      : QFileInfo(Database::defaultPath()).absolutePath();
}

} // namespace kartoteka::ui
