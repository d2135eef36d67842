#pragma once

#include "References.h"
#include "Result.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <vector>

namespace kartoteka {

// The SQL of one table's create, read, update and delete, written once from its column list.
// `Mapping` says how a value maps to the columns:
//   using Value = ...;                                 with a member `qint64 id`
//   static QString table();
//   static QStringList columns();                      without id
//   static QVariantList values(const Value &);         in the order of columns()
//   static Value read(const QSqlQuery &);              column 0 is id, then columns()
template <typename Mapping>
class TableGateway
{
public:
    using Value = typename Mapping::Value;

    explicit TableGateway(QSqlDatabase db) : m_db(std::move(db)) {}

    const QSqlDatabase &database() const { return m_db; }

    // "id, col1, col2, ..." for SELECTs that read with Mapping::read().
    static QString selectList()
    {
        return QStringLiteral("id, ") + Mapping::columns().join(QStringLiteral(", "));
    }

    Result<qint64> insert(const Value &value)
    {
        const QStringList columns = Mapping::columns();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        const QString statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(Mapping::table(), columns.join(QStringLiteral(", ")),
                                           marks.join(QStringLiteral(", ")));
        Transaction transaction(m_db);
        if (transaction.beginError())
            return transaction.beginError();
        auto query = sql::exec(m_db, statement, Mapping::values(value));
        if (!query)
            return query.error();
        const qint64 id = query->lastInsertId().toLongLong();
        if (DatabaseError error = transaction.commit())
            return error;
        return id;
    }

    // Writes back a row that was deleted, with the id it had (the undo of a deletion).
    DatabaseError insertWithId(const Value &value)
    {
        const QStringList columns = Mapping::columns();
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size() + 1);
        const QString statement = QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                                      .arg(Mapping::table(), columns.join(QStringLiteral(", ")),
                                           marks.join(QStringLiteral(", ")));
        QVariantList values{value.id};
        values.append(Mapping::values(value));
        return write(statement, values);
    }

    // insert() that sets value.id.
    DatabaseError create(Value &value)
    {
        auto id = insert(value);
        if (!id)
            return id.error();
        value.id = *id;
        return {};
    }

    DatabaseError update(const Value &value)
    {
        QStringList assignments;
        for (const QString &column : Mapping::columns())
            assignments.append(column + QStringLiteral(" = ?"));
        const QString statement = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                      .arg(Mapping::table(), assignments.join(QStringLiteral(", ")));
        QVariantList values = Mapping::values(value);
        values.append(value.id);
        return write(statement, values);
    }

    DatabaseError remove(qint64 id)
    {
        return write(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Mapping::table()), {id});
    }

    // Deletes row `id` and the `dependents` rows that go with it, in one transaction, unless
    // `blocker()` (a Result<QString>, run inside that transaction) gives a reason not to: then
    // the deletion is Refused with `refusal` ("The deal cannot be deleted: %1.") naming the reason.
    template <typename Blocker>
    DatabaseError removeUnlessBlocked(qint64 id, const Blocker &blocker, const QString &refusal,
                                      const std::vector<Reference> &dependents = {})
    {
        Transaction transaction(m_db);
        if (transaction.beginError())
            return transaction.beginError();
        const Result<QString> reason = blocker();
        if (!reason)
            return reason.error();
        if (!reason->isEmpty())
            return {DatabaseError::Kind::Refused, refusal.arg(*reason)};
        for (const auto &[table, column] : dependents) {
            auto deleted = sql::exec(
                m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(QLatin1String(table), QLatin1String(column)),
                {id});
            if (!deleted)
                return deleted.error();
        }
        if (DatabaseError error = remove(id))
            return error;
        return transaction.commit();
    }

    Result<Value> get(qint64 id) const
    {
        return findOne(QStringLiteral("WHERE id = ?"), {id},
                       QStringLiteral("%1 #%2 does not exist").arg(Mapping::table()).arg(id));
    }

    // The first row select() finds; NotFound with `notFound` as its message when there is none.
    Result<Value> findOne(const QString &clause, const QVariantList &values, const QString &notFound) const
    {
        auto found = select(clause, values);
        if (!found)
            return found.error();
        if (found->empty())
            return DatabaseError(DatabaseError::Kind::NotFound, notFound);
        return found->front();
    }

    // SELECT of whole rows; `clause` is what follows FROM table (WHERE, ORDER BY, LIMIT).
    Result<std::vector<Value>> select(const QString &clause, const QVariantList &values = {}) const
    {
        auto query = sql::exec(
            m_db, QStringLiteral("SELECT %1 FROM %2 %3").arg(selectList(), Mapping::table(), clause), values);
        if (!query)
            return query.error();
        std::vector<Value> rows;
        while (query->next())
            rows.push_back(Mapping::read(*query));
        if (DatabaseError error = sql::rowsError(*query))
            return error;
        return rows;
    }

    Result<qint64> count(const QString &clause = {}, const QVariantList &values = {}) const
    {
        auto value = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 %2").arg(Mapping::table(), clause),
                                 values);
        if (!value)
            return value.error();
        return value->toLongLong();
    }

    // One write statement in its own transaction (or the caller's).
    DatabaseError write(const QString &statement, const QVariantList &values)
    {
        Transaction transaction(m_db);
        if (transaction.beginError())
            return transaction.beginError();
        auto query = sql::exec(m_db, statement, values);
        if (!query)
            return query.error();
        if (query->numRowsAffected() == 0 && statement.startsWith(QLatin1String("UPDATE")))
            return {DatabaseError::Kind::NotFound, QStringLiteral("%1: no such row").arg(Mapping::table())};
        return transaction.commit();
    }

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
