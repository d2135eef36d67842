#include "SearchCommands.h"

#include "CliOutput.h"
#include "search/ClientSearch.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kartoteka::cli {

namespace {

struct SearchCli
{
    Q_DECLARE_TR_FUNCTIONS(SearchCli)
};

QJsonObject hitJson(const SearchHit &hit)
{
    QJsonObject object{{QStringLiteral("type"), searchTypeCode(hit.type)},
                       {QStringLiteral("id"), hit.id},
                       {QStringLiteral("name"), hit.name},
                       {QStringLiteral("inn"), hit.inn},
                       {QStringLiteral("phone"), hit.phone},
                       {QStringLiteral("email"), hit.email},
                       {QStringLiteral("city"), hit.city},
                       {QStringLiteral("matched"), searchFieldCode(hit.matchedField)},
                       {QStringLiteral("archived"), hit.archived}};
    if (hit.type == SearchHit::Type::Person) {
        object.insert(QStringLiteral("organization"), hit.organization);
        object.insert(QStringLiteral("organization_id"), hit.organizationId ? QJsonValue(hit.organizationId) : QJsonValue());
    }
    return object;
}

// "Name — Organization  (phone: +7…)" for people reading a terminal.
QString hitLine(const SearchHit &hit)
{
    QString line = hit.type == SearchHit::Type::Organization ? SearchCli::tr("organization") : SearchCli::tr("person");
    line = QStringLiteral("%1  %2  %3").arg(line, -12).arg(hit.id, 8).arg(hit.name);
    if (!hit.organization.isEmpty())
        line += QStringLiteral(" — ") + hit.organization;
    if (hit.matchedField != SearchHit::Field::Name)
        line += QStringLiteral("  (%1: %2)").arg(searchFieldCode(hit.matchedField), hit.matchedText);
    if (hit.archived)
        line += QStringLiteral("  [") + SearchCli::tr("archived") + QLatin1Char(']');
    return line;
}

} // namespace

void searchOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("query"), SearchCli::tr("What to look for: part of a name, INN, phone, e-mail or city."));
    parser.addOption({QStringLiteral("limit"), SearchCli::tr("At most N results (default 20)."), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), SearchCli::tr("Print the results as a JSON array.")});
}

ExitCode searchCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() < 2)
        return fail(UsageError, SearchCli::tr("search needs a query."));
    const QString query = arguments.mid(1).join(QLatin1Char(' '));
    bool numeric = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || limit <= 0)
        return fail(UsageError, SearchCli::tr("--limit takes a positive number."));

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, true))
        return code;
    auto hits = ClientSearch(db.connection()).find(query, limit);
    if (!hits)
        return fail(exitCodeFor(hits.error()), hits.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array.append(hitJson(hit));
        printJson(array);
        return Done;
    }
    for (const SearchHit &hit : *hits)
        out() << hitLine(hit) << '\n';
    if (hits->empty())
        out() << SearchCli::tr("Nothing found.") << '\n';
    return Done;
}

} // namespace kartoteka::cli
