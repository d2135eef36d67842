#include "DatabaseController.h"

#include "DatabaseUpgrade.h"
#include "contacts/CurrentUser.h"
#include "contacts/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QWidget>

namespace kartoteka::ui {

DatabaseController::DatabaseController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_dialogs(std::make_unique<UserDialogs>(UserDialogs::standard()))
{
}

DatabaseController::~DatabaseController() = default;

QString DatabaseController::chooseOutputFile(QWidget *parent, const QString &title, const QString &suggested,
                                            const QString &filter)
{
    const QString path = m_dialogs->chooseSaveFile(parent, title, suggested, filter);
    if (m_database && Database::isFileOf(m_database->path(), path)) {
        m_dialogs->reportError(parent, title,
                               tr("«%1» is the open database; writing there would destroy it. Choose another file.")
                                   .arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

Result<DatabaseStatistics> DatabaseController::statistics() const
{
    if (!m_database)
        return DatabaseError(DatabaseError::Kind::CannotOpen, tr("No database is open."));
    return DatabaseStatistics::read(m_database->connection());
}

DatabaseError DatabaseController::tryOpen(const QString &path)
{
    DatabaseUpgrade::runIfNeeded(path, m_window);
    auto database = std::make_unique<Database>();
    if (DatabaseError error = database->open(path))
        return error;
    m_database = std::move(database);
    m_currentUser.reset();
    resolveCurrentUser();
    Q_EMIT databaseChanged();
    Q_EMIT currentUserChanged();
    return {};
}

namespace {

// The login last chosen for each database on this computer: "Who is working?" starts there.
const QString lastUsersKey = QStringLiteral("CurrentUser/lastLogins");

QString rememberedLogin(const QString &databasePath)
{
    return QSettings().value(lastUsersKey).toMap().value(QFileInfo(databasePath).absoluteFilePath()).toString();
}

void rememberLogin(const QString &databasePath, const QString &login)
{
    QSettings settings;
    QVariantMap logins = settings.value(lastUsersKey).toMap();
    logins.insert(QFileInfo(databasePath).absoluteFilePath(), login);
    settings.setValue(lastUsersKey, logins);
}

} // namespace

void DatabaseController::resolveCurrentUser()
{
    auto resolution = CurrentUser::resolve(m_database->connection(), !m_database->isReadOnly());
    if (!resolution) {
        Q_EMIT message(tr("Cannot tell who is working: %1").arg(resolution.error().message));
        return;
    }
    if (resolution->user) {
        m_currentUser = resolution->user;
        if (resolution->created)
            Q_EMIT message(tr("Welcome, %1: you are the administrator of this database.").arg(m_currentUser->login));
        return;
    }
    const std::vector<User> &candidates = resolution->candidates;
    const QString remembered = rememberedLogin(m_database->path());
    qint64 preselected = candidates.front().id;
    for (const User &user : candidates) {
        if (user.login.compare(remembered, Qt::CaseInsensitive) == 0)
            preselected = user.id;
    }
    // Cancelling keeps the preselected user: a database is never open without one.
    const qint64 chosen = m_dialogs->chooseUser ? m_dialogs->chooseUser(m_window, candidates, preselected).value_or(preselected)
                                                : preselected;
    for (const User &user : candidates) {
        if (user.id == chosen) {
            m_currentUser = user;
            rememberLogin(m_database->path(), user.login);
        }
    }
}

void DatabaseController::setCurrentUser(std::optional<User> user)
{
    m_currentUser = std::move(user);
    Q_EMIT currentUserChanged();
}

void DatabaseController::reloadCurrentUser()
{
    if (!m_database || !m_currentUser || m_currentUser->id == 0)
        return;
    if (auto user = UserRepository(m_database->connection()).get(m_currentUser->id))
        setCurrentUser(std::move(user).value());
}

void DatabaseController::switchUser()
{
    if (!m_database)
        return;
    auto users = UserRepository(m_database->connection()).list();
    if (!users) {
        m_dialogs->reportError(m_window, tr("Cannot switch the user"), users.error().message);
        return;
    }
    if (users->empty())
        return;
    const qint64 current = m_currentUser ? m_currentUser->id : users->front().id;
    if (!m_dialogs->chooseUser)
        return;
    const std::optional<qint64> chosen = m_dialogs->chooseUser(m_window, *users, current);
    if (!chosen || (m_currentUser && *chosen == m_currentUser->id))
        return;
    for (const User &user : *users) {
        if (user.id == *chosen) {
            rememberLogin(m_database->path(), user.login);
            setCurrentUser(user);
            Q_EMIT message(tr("%1 is working now").arg(user.displayName));
        }
    }
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
