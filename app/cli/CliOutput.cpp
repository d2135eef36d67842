#include "CliOutput.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace kartoteka::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

ExitCode openDatabase(Database &db, const QString &path, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path))
        return fail(BadInput, QCoreApplication::translate("Cli", "«%1» does not exist.").arg(path));
    if (DatabaseError error = db.open(path))
        return fail(exitCodeFor(error), error.message);
    return Done;
}

} // namespace kartoteka::cli
