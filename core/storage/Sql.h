#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace kartoteka::sql {

// Prepares `statement`, binds `values` in order and runs it.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement,
                       const QVariantList &values = {});

// Runs a statement that returns one value (COUNT(*), MAX(...)); an empty result is an error.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement,
                        const QVariantList &values = {});

// After a `while (query.next())` loop: the error that ended it early, if one did (next()
// says false for an error as it does at the end of the rows).
DatabaseError rowsError(const QSqlQuery &query);

// Storage forms: timestamps as ISO 8601 UTC text, dates as yyyy-MM-dd, absent values as NULL.
QVariant fromText(const QString &text);
QVariant fromId(std::optional<qint64> id);
QVariant fromDateTime(const QDateTime &value);
QVariant fromDate(const QDate &value);
QVariant fromDouble(std::optional<double> value);

QString toText(const QVariant &value);
std::optional<qint64> toId(const QVariant &value);
QDateTime toDateTime(const QVariant &value);
QDate toDate(const QVariant &value);
std::optional<double> toDouble(const QVariant &value);

// The current time as stored: UTC, whole seconds.
QDateTime now();

} // namespace kartoteka::sql
