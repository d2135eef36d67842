#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "SqlFunctions.h"
#include "Transaction.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace kartoteka {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kartoteka-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool fileIsWritable(const QFileInfo &info)
{
    // access(2) says yes to root everywhere, but a file with no write bit at all was marked
    // read-only on purpose and is meant to stay unchanged.
    const QFile::Permissions permissions = info.permissions();
    const bool anyWriteBit = permissions & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
    return anyWriteBit && (permissions & QFile::WriteUser);
}

QString backupNameFor(const QString &path, int version)
{
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    return info.dir().filePath(QStringLiteral("%1.before-v%2-%3.sqlite")
                                   .arg(info.completeBaseName())
                                   .arg(version)
                                   .arg(stamp));
}

} // namespace

Database::Database() = default;

Database::~Database()
{
    close();
}

namespace {
int lastVersion(const std::vector<Migration> &steps)
{
    return steps.empty() ? 0 : steps.back().version;
}
} // namespace

int Database::latestSchemaVersion()
{
    return lastVersion(migrations());
}

bool Database::isFileOf(const QString &databasePath, const QString &path)
{
    if (path.isEmpty() || databasePath.isEmpty())
        return false;
    // Canonical where the files exist, so that links and "./" lead to the same name.
    const auto name = [](const QString &file) {
        const QFileInfo info(file);
        return info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    };
    const QString target = name(path);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (target == name(databasePath + QLatin1String(suffix)))
            return true;
    }
    return false;
}

QString Database::defaultPath()
{
    // The executables set the same application names, so the GUI and the CLI agree on it.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("kartoteka.sqlite"));
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_readOnly = false;
}

DatabaseError Database::fail(DatabaseError error)
{
    close();
    m_path.clear();
    return error;
}

DatabaseError Database::checkHeader(const QString &path) const
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {DatabaseError::Kind::CannotOpen,
                tr("Cannot read «%1»: %2").arg(path, file.errorString())};
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        return {DatabaseError::Kind::NotADatabase,
                tr("«%1» is not a Kartoteka database: it is not an SQLite file.").arg(path)};
    return {};
}

DatabaseError Database::open(const QString &path, Options options)
{
    close();
    m_migrationBackup.clear();
    if (path.isEmpty())
        return {DatabaseError::Kind::CannotOpen, tr("No database file was given.")};

    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return {DatabaseError::Kind::CannotOpen, tr("«%1» is not a file.").arg(path)};
    if (DatabaseError error = checkHeader(path))
        return error;

    m_readOnly = options.access == Access::ReadOnly || (info.exists() && !fileIsWritable(info));
    if (!info.exists()) {
        if (m_readOnly)
            return {DatabaseError::Kind::CannotOpen, tr("«%1» does not exist.").arg(path)};
        if (!QDir().mkpath(info.absolutePath()))
            return {DatabaseError::Kind::CannotOpen,
                    tr("Cannot create the folder «%1».").arg(info.absolutePath())};
    }

    m_path = info.absoluteFilePath();
    m_connectionName = nextConnectionName();
    if (DatabaseError error = connect(options))
        return fail(error);

    const std::vector<Migration> &steps = options.migrations ? *options.migrations : migrations();
    const int latest = lastVersion(steps);
    int version = 0;
    bool hasTables = false;
    if (DatabaseError error = readSchemaVersion(version, hasTables))
        return fail(error);
    if (version > latest)
        return fail({DatabaseError::Kind::NewerSchema,
                     tr("«%1» was written by a newer version of Kartoteka (schema %2; this version "
                        "knows up to %3). Update Kartoteka to open it.")
                         .arg(path)
                         .arg(version)
                         .arg(latest)});
    if (version == 0 && hasTables)
        return fail({DatabaseError::Kind::NotADatabase,
                     tr("«%1» is an SQLite database of another program, not Kartoteka's.").arg(path)});

    if (m_readOnly) {
        if (version < latest)
            return fail({DatabaseError::Kind::ReadOnly,
                         tr("«%1» is read-only and needs a schema upgrade before Kartoteka can use it.")
                             .arg(path)});
        sql::exec(connection(), QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::exec(connection(), QStringLiteral("PRAGMA query_only = ON"));
        return {};
    }

    if (DatabaseError error = applyPragmas())
        return fail(error);
    if (version < latest) {
        if (DatabaseError error = migrate(steps, version, hasTables && options.backupBeforeMigration))
            return fail(error);
    }
    return {};
}

DatabaseError Database::connect(const Options &options)
{
    // No QSqlDatabase handle may outlive this function: close() removes the connection.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return DatabaseError::fromSql(db.lastError(), tr("Cannot open «%1»").arg(m_path));
    return registerSqlFunctions(db);
}

DatabaseError Database::readSchemaVersion(int &version, bool &hasTables) const
{
    const QSqlDatabase db = connection();
    auto userVersion = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!userVersion)
        return userVersion.error();
    version = userVersion->toInt();
    // Reading the schema catches files whose header is intact but whose pages are not.
    auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return tables.error();
    hasTables = tables->toInt() > 0;
    return {};
}

DatabaseError Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"}) {
        if (auto result = sql::exec(db, QString::fromLatin1(pragma)); !result)
            return result.error();
    }
    auto mode = sql::scalar(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return mode.error();
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return {DatabaseError::Kind::Locked,
                tr("Cannot switch «%1» to write-ahead logging; another program may be using it.")
                    .arg(m_path)};
    return {};
}

DatabaseError Database::migrate(const std::vector<Migration> &steps, int fromVersion, bool backupFirst)
{
    if (backupFirst) {
        const QString backup = backupNameFor(m_path, fromVersion);
        if (DatabaseError error = backupTo(backup))
            return {error.kind, tr("No upgrade was made: the backup before it failed: %1").arg(error.message)};
        m_migrationBackup = backup;
    }
    const QSqlDatabase db = connection();
    for (const Migration &migration : steps) {
        if (migration.version <= fromVersion)
            continue;
        Transaction transaction(db);
        if (transaction.beginError())
            return transaction.beginError();
        for (const QString &statement : migration.statements) {
            if (auto result = sql::exec(db, statement); !result)
                return DatabaseError(result.error().kind,
                                     tr("Schema upgrade to version %1 failed: %2")
                                         .arg(migration.version)
                                         .arg(result.error().message));
        }
        // PRAGMA takes no bound values; the version is our own integer.
        if (auto result = sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
            !result)
            return result.error();
        if (DatabaseError error = transaction.commit())
            return error;
    }
    return {};
}

int Database::schemaVersion() const
{
    auto version = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : -1;
}

DatabaseError Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return {DatabaseError::Kind::Invalid,
                tr("«%1» already exists; choose another name for the backup.").arg(target)};
    const QFileInfo targetInfo(target);
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return {DatabaseError::Kind::CannotOpen,
                tr("Cannot create the folder «%1».").arg(targetInfo.absolutePath())};
    auto result = sql::exec(connection(), QStringLiteral("VACUUM INTO ?"), {targetInfo.absoluteFilePath()});
    if (!result)
        return {result.error().kind, tr("Backup to «%1» failed: %2").arg(target, result.error().message)};
    return {};
}

Result<QStringList> Database::integrityProblems() const
{
    auto query = sql::exec(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return query.error();
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (DatabaseError error = sql::rowsError(*query)) // a list cut short is no verdict
        return error;
    return problems;
}

} // namespace kartoteka
