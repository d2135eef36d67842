#pragma once

#include "contacts/User.h"
#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"
#include "widgets/UserDialogs.h"

#include <QObject>

#include <memory>
#include <optional>

class QWidget;

namespace kartoteka::ui {

// The open database of the window and the File menu's work on it: new, open (back up is
// DatabaseBackup's).
// A database that cannot be opened is reported to the user and the current one stays open.
class DatabaseController : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs.
    explicit DatabaseController(QWidget *window);
    ~DatabaseController() override;

    UserDialogs &dialogs() { return *m_dialogs; }
    // A file to write an export or a report to (the save dialog); the open database's own
    // files are refused with a message, since writing there would destroy it. Empty when the
    // user cancelled or chose the database.
    QString chooseOutputFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

    bool isOpen() const { return m_database != nullptr; }
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QString path() const { return m_database ? m_database->path() : QString(); }
    // The window's own connection (GUI thread); invalid while none is open.
    QSqlDatabase connection() const { return m_database ? m_database->connection() : QSqlDatabase(); }
    Result<DatabaseStatistics> statistics() const;
    // Who is working: resolved when a database opens (the first run makes an admin of the
    // system login; several users are asked "Who is working?"); nullopt while none is open.
    std::optional<User> currentUser() const { return m_currentUser; }
    // Reads the current user again (after their name or role changed in the settings).
    void reloadCurrentUser();

    // Opens `path` at start; when it fails, asks whether to open another file or quit until
    // one opens. Returns false when the user chose to quit.
    bool openAtStartup(const QString &path);
    // Opens `path` in place of the current database; reports a failure and returns false.
    bool open(const QString &path);

    // Kartoteka databases (*.sqlite *.db), for the file dialogs.
    QString fileFilter() const;

public Q_SLOTS:
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    // File > Switch user…: asks who is working among the active users.
    void switchUser();

Q_SIGNALS:
    // Another database was opened (or the first one).
    void databaseChanged();
    // Another user works now (after a database opened, a switch, or an edit of the user).
    void currentUserChanged();
    // A short note for the status bar.
    void message(const QString &text);

private:
    DatabaseError tryOpen(const QString &path);
    void resolveCurrentUser();
    void setCurrentUser(std::optional<User> user);
    QString folder() const;

    QWidget *m_window;
    std::unique_ptr<UserDialogs> m_dialogs;
    std::unique_ptr<Database> m_database;
    std::optional<User> m_currentUser;
};

} // namespace kartoteka::ui
