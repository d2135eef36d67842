#pragma once

#include "storage/Database.h"
#include "storage/DatabaseStatistics.h"
#include "widgets/UserDialogs.h"

#include <QObject>

#include <memory>

class QWidget;

namespace kartoteka::ui {

// The open database of the window and the File menu's work on it: new, open, back up.
// A database that cannot be opened is reported to the user and the current one stays open.
class DatabaseController : public QObject
{
    Q_OBJECT

public:
    // `window` is the parent of the dialogs.
    explicit DatabaseController(QWidget *window);
    ~DatabaseController() override;

    UserDialogs &dialogs() { return *m_dialogs; }

    bool isOpen() const { return m_database != nullptr; }
    bool isReadOnly() const { return m_database && m_database->isReadOnly(); }
    QString path() const { return m_database ? m_database->path() : QString(); }
    // The window's own connection (GUI thread); invalid while none is open.
    QSqlDatabase connection() const { return m_database ? m_database->connection() : QSqlDatabase(); }
    Result<DatabaseStatistics> statistics() const;

    // Opens `path` at start; when it fails, asks whether to open another file or quit until
    // one opens. Returns false when the user chose to quit.
    bool openAtStartup(const QString &path);
    // Opens `path` in place of the current database; reports a failure and returns false.
    bool open(const QString &path);

    static QString suggestedBackupName();

public Q_SLOTS:
    void chooseNewDatabase();
    void chooseDatabaseToOpen();
    void backUp();

Q_SIGNALS:
    // Another database was opened (or the first one).
    void databaseChanged();
    // A short note for the status bar.
    void message(const QString &text);

private:
    DatabaseError tryOpen(const QString &path);
    QString fileFilter() const;
    QString folder() const;

    QWidget *m_window;
    std::unique_ptr<UserDialogs> m_dialogs;
    std::unique_ptr<Database> m_database;
};

} // namespace kartoteka::ui
