#include "PersonsVCardExport.h"

#include "ContactPersonsQuery.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace kartoteka {

namespace {

QStringList listItems(const QString &list)
{
    static const QRegularExpression separator(QStringLiteral("\\s*[,;]\\s*"));
    return list.split(separator, Qt::SkipEmptyParts);
}

DatabaseError writeFailed(const QIODevice &out)
{
    return DatabaseError(DatabaseError::Kind::CannotOpen,
                         QCoreApplication::translate("PersonsVCardExport", "Cannot write the export: %1").arg(out.errorString()));
}

} // namespace

Result<qint64> PersonsVCardExport::write(const QSqlDatabase &db, QIODevice &out, VCard::Version version,
                                         bool includeArchived)
{
    auto query = contactPersonsQuery(db, QStringLiteral("p.full_name, o.name, p.position, p.phones, p.emails, p.birthday, p.notes"),
                                     includeArchived);
    if (!query)
        return query.error();
    QSqlQuery &rows = *query;
    std::vector<VCardContact> batch;
    qint64 count = 0;
    const auto flush = [&] {
        const QByteArray bytes = VCard::write(batch, version);
        batch.clear();
        return out.write(bytes) == bytes.size();
    };
    while (rows.next()) {
        VCardContact card;
        card.fullName = rows.value(0).toString();
        card.organization = rows.value(1).toString();
        card.title = rows.value(2).toString();
        card.phones = listItems(rows.value(3).toString());
        card.emails = listItems(rows.value(4).toString());
        card.birthday = sql::toDate(rows.value(5));
        card.note = rows.value(6).toString();
        batch.push_back(std::move(card));
        ++count;
        if (batch.size() == 1000 && !flush())
            return writeFailed(out);
    }
    if (rows.lastError().isValid())
        return DatabaseError::fromSql(rows.lastError());
    if (!flush())
        return writeFailed(out);
    return count;
}

} // namespace kartoteka
