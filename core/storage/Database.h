#pragma once

#include "DatabaseError.h"
#include "Migrations.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace kartoteka {

// One connection to a Kartoteka SQLite file: opening with every safety check, the pragmas,
// schema migrations (with a backup first) and consistent backups. A worker thread opens its
// own Database on the same path.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Access { ReadWrite, ReadOnly };

    struct Options
    {
        Access access = Access::ReadWrite;
        int busyTimeoutMs = 5000;
        bool backupBeforeMigration = true;
        // The schema to bring the file to; the built-in migrations when null (tests pass others).
        const std::vector<Migration> *migrations = nullptr;
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates `path` (and its folders) and brings its schema up to date.
    // Refuses, leaving the file as it was: a file that is not Kartoteka's SQLite database,
    // a damaged one, one of a newer schema. A file without write permission opens read-only.
    DatabaseError open(const QString &path, Options options);
    DatabaseError open(const QString &path) { return open(path, Options()); }
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    // Where the backup taken before the last migration went; empty when none was needed.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // A consistent copy of the live database (VACUUM INTO); `target` must not exist yet.
    DatabaseError backupTo(const QString &target) const;
    // PRAGMA integrity_check: the problems found, empty when the file is sound.
    Result<QStringList> integrityProblems() const;

    // The newest schema version of the built-in migrations.
    static int latestSchemaVersion();
    // Whether `path` names the database file at `databasePath` or one of its companions
    // (-wal, -shm, -journal): an export, report or rejects file written there would destroy it.
    static bool isFileOf(const QString &databasePath, const QString &path);
    // The per-user database in QStandardPaths::AppDataLocation:
    // ~/.local/share/Kartoteka/kartoteka/kartoteka.sqlite on Linux.
    static QString defaultPath();

private:
    DatabaseError checkHeader(const QString &path) const;
    DatabaseError connect(const Options &options);
    DatabaseError readSchemaVersion(int &version, bool &hasTables) const;
    DatabaseError applyPragmas();
    DatabaseError migrate(const std::vector<Migration> &steps, int fromVersion, bool backupFirst);
    DatabaseError fail(DatabaseError error);

    QString m_connectionName;
    QString m_path;
    QString m_migrationBackup;
    bool m_readOnly = false;
};

} // namespace kartoteka
