#include "ImportContext.h"

namespace kartoteka::ui {

ImportContext::ImportContext(QString databasePath, QSqlDatabase db, ImportDialogs &dialogs)
    : databasePath(std::move(databasePath))
    , db(std::move(db))
    , dialogs(dialogs)
{
}

bool ImportContext::start(const QString &path, ImportTarget target, const QString &defaultRegion)
{
    file = path;
    settings = ImportSettings();
    settings.target = target;
    settings.defaultRegion = defaultRegion;
    chosenDateOrder = DateOrder::Unknown;
    report.reset();
    undone = false;
    return prepare();
}

bool ImportContext::prepare()
{
    ImportSettings asked = settings;
    asked.dateOrder = DateOrder::Unknown; // detect, to know whether to ask
    // A plan whose guessed mapping lacks a required field still previews: the user completes
    // the mapping on the next page.
    auto prepared = ImportPlan::prepare(file, asked);
    if (!prepared) {
        problem = prepared.error().message;
        return false;
    }
    problem.clear();
    plan = *prepared;
    if (plan->datesAmbiguous())
        plan->settings.dateOrder = chosenDateOrder;
    columns = plan->columns;
    return true;
}

bool ImportContext::setColumns(const QList<FieldRef> &mapped)
{
    columns = mapped;
    if (!missingRequiredFields(mapped).isEmpty())
        return false;
    QMap<QString, QString> mapping;
    for (int i = 0; i < mapped.size(); ++i)
        mapping.insert(columnKey(i), mapped.at(i).name);
    const ImportSettings before = settings;
    // The format as the plan has it, so that a new guess cannot shift the columns under the mapping.
    settings.encoding = plan->settings.encoding;
    settings.delimiter = plan->settings.delimiter;
    settings.hasHeader = plan->settings.hasHeader;
    settings.mapping = mapping;
    if (!prepare()) {
        settings = before;
        columns = mapped;
        return false;
    }
    return true;
}

QString ImportContext::missingRequiredFields(const QList<FieldRef> &mapped) const
{
    const auto has = [&mapped](const char *field) { return mapped.contains(FieldRef{QLatin1String(field)}); };
    if (settings.target == ImportTarget::Clients) {
        if (!has("name"))
            return tr("Map a column to «%1»: every client needs a name.").arg(fieldDisplayName(QStringLiteral("name")));
        return {};
    }
    QStringList missing;
    for (const char *field : {"date", "amount"}) {
        if (!has(field))
            missing.append(tr("«%1»").arg(fieldDisplayName(QLatin1String(field))));
    }
    if (!has("client") && !has("inn"))
        missing.append(tr("«%1» or «%2»").arg(fieldDisplayName(QStringLiteral("client"))).arg(fieldDisplayName(QStringLiteral("inn"))));
    if (missing.isEmpty())
        return {};
    return tr("Map a column to each of: %1. A sales line needs them.").arg(missing.join(QStringLiteral(", ")));
}

QString ImportContext::columnKey(int column) const
{
    const QStringList &headers = plan->headers;
    const QString header = headers.value(column);
    if (plan->sniff.hasHeader && !header.trimmed().isEmpty() && !header.startsWith(QLatin1Char('#'))
        && headers.count(header) == 1)
        return header;
    return QStringLiteral("#%1").arg(column + 1);
}

} // namespace kartoteka::ui
