#include "ImportProfileRepository.h"

#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>

namespace kartoteka {

namespace {
QString targetCode(ImportTarget target)
{
    return target == ImportTarget::Sales ? QStringLiteral("sales") : QStringLiteral("clients");
}
} // namespace

ImportProfileRepository::ImportProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

DatabaseError ImportProfileRepository::save(const QString &name, const ImportSettings &settings)
{
    if (name.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A profile needs a name.")};
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    const QString json = QString::fromUtf8(QJsonDocument(settings.toProfileJson()).toJson(QJsonDocument::Compact));
    auto saved = sql::exec(m_db,
                           QStringLiteral("INSERT INTO import_profiles (name, kind, settings, updated_at) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                                          "kind = excluded.kind, settings = excluded.settings, "
                                          "updated_at = excluded.updated_at"),
                           {name.trimmed(), targetCode(settings.target), json, sql::fromDateTime(sql::now())});
    if (!saved)
        return saved.error();
    return transaction.commit();
}

DatabaseError ImportProfileRepository::load(const QString &name, ImportSettings &settings) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT kind, settings FROM import_profiles WHERE name = ?"),
                           {name.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return {DatabaseError::Kind::NotFound, tr("There is no import profile «%1».").arg(name)};
    if (query->value(0).toString() != targetCode(settings.target))
        return {DatabaseError::Kind::Invalid,
                tr("The import profile «%1» is for %2, not for this import.").arg(name, query->value(0).toString())};
    settings.applyProfileJson(QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object());
    return {};
}

Result<QStringList> ImportProfileRepository::names(ImportTarget target) const
{
    auto query = sql::exec(m_db, QStringLiteral("SELECT name FROM import_profiles WHERE kind = ? ORDER BY name"),
                           {targetCode(target)});
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result.append(query->value(0).toString());
    return result;
}

DatabaseError ImportProfileRepository::remove(const QString &name)
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    if (auto removed = sql::exec(m_db, QStringLiteral("DELETE FROM import_profiles WHERE name = ?"), {name}); !removed)
        return removed.error();
    return transaction.commit();
}

} // namespace kartoteka
