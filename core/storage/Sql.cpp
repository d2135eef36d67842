#include "Sql.h"

#include <QSqlError>
#include <QTimeZone>

namespace kartoteka::sql {

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return DatabaseError::fromSql(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return DatabaseError::fromSql(query.lastError());
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto query = exec(db, statement, values);
    if (!query)
        return query.error();
    if (!query->next())
        return DatabaseError(DatabaseError::Kind::NotFound, statement);
    return query->value(0);
}

DatabaseError rowsError(const QSqlQuery &query)
{
    return query.lastError().isValid() ? DatabaseError::fromSql(query.lastError()) : DatabaseError();
}

QVariant fromText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant fromId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant();
}

QVariant fromDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return {};
    return value.toUTC().toString(Qt::ISODate);
}

QVariant fromDate(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant fromDouble(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

QString toText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

std::optional<qint64> toId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

std::optional<double> toDouble(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QDateTime now()
{
    QDateTime current = QDateTime::currentDateTimeUtc();
    current.setTime(QTime(current.time().hour(), current.time().minute(), current.time().second()));
    return current;
}

} // namespace kartoteka::sql
