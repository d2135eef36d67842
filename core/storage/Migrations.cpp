#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace kartoteka {

namespace {

// Files are named NNN_description.sql; statements are separated by blank lines.
std::vector<Migration> loadMigrations()
{
    initMigrationResources();
    std::vector<Migration> result;
    const QDir folder(QStringLiteral(":/kartoteka/migrations"));
    const QStringList files = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        QFile sqlFile(folder.filePath(file));
        if (!sqlFile.open(QIODevice::ReadOnly))
            qFatal("Cannot read the built-in migration %s", qPrintable(file));
        Migration migration;
        migration.version = file.section(QLatin1Char('_'), 0, 0).toInt();
        const QString text = QString::fromUtf8(sqlFile.readAll());
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        for (QString statement : text.split(blankLine, Qt::SkipEmptyParts)) {
            QStringList lines = statement.split(QLatin1Char('\n'));
            lines.removeIf([](const QString &line) { return line.trimmed().startsWith(QLatin1String("--")); });
            statement = lines.join(QLatin1Char('\n')).trimmed();
            if (!statement.isEmpty())
                migration.statements.append(statement);
        }
        result.push_back(std::move(migration));
    }
    return result;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = loadMigrations();
    return all;
}

} // namespace kartoteka
