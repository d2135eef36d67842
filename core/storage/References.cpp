#include "References.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace kartoteka {

namespace {
// How each referencing table's rows are counted in words; the one place for this wording.
struct Wording
{
    const char *table;
    const char *text;
};

constexpr Wording wordings[] = {
    {"tasks", QT_TRANSLATE_N_NOOP("References", "%n task(s)")},
    {"sales", QT_TRANSLATE_N_NOOP("References", "%n sale(s)")},
    {"projects", QT_TRANSLATE_N_NOOP("References", "%n project(s)")},
    {"deals", QT_TRANSLATE_N_NOOP("References", "%n deal(s)")},
};

QString countInWords(const char *table, int n)
{
    for (const auto &[name, text] : wordings) {
        if (std::strcmp(name, table) == 0)
            return QCoreApplication::translate("References", text, nullptr, n);
    }
    Q_ASSERT_X(false, "countInWords", table); // every referencing table needs its wording above
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(table));
}
} // namespace

Result<QString> describeReferences(const QSqlDatabase &db, const std::vector<Reference> &references, qint64 id)
{
    // The columns of each table, in the order the tables first appear.
    std::vector<std::pair<const char *, QStringList>> tables;
    for (const auto &[table, column] : references) {
        auto same = std::find_if(tables.begin(), tables.end(),
                                 [table = table](const auto &entry) { return std::strcmp(entry.first, table) == 0; });
        if (same == tables.end())
            same = tables.insert(tables.end(), {table, {}});
        same->second.append(QLatin1String(column) + QStringLiteral(" = ?"));
    }
    QStringList parts;
    for (const auto &[table, conditions] : tables) {
        const QVariantList values(conditions.size(), id);
        auto count = sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                                     .arg(QLatin1String(table), conditions.join(QStringLiteral(" OR "))),
                                 values);
        if (!count)
            return count.error();
        if (const int n = count->toInt(); n > 0)
            parts.append(countInWords(table, n));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace kartoteka
