#include "BulkInsert.h"

#include "SqliteHandle.h"

#include <QVariant>

#include <sqlite3.h>

namespace kartoteka {

BulkInsert::BulkInsert(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_handle(sqliteHandle(db)), m_table(table)
{
    if (!m_handle) {
        m_prepareError = {DatabaseError::Kind::Failed, QStringLiteral("%1: the database is not open").arg(table)};
        return;
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    const QByteArray statement = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                     .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                                     .toUtf8();
    const int code = sqlite3_prepare_v2(m_handle, statement.constData(), int(statement.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        m_prepareError = bindError(code);
}

BulkInsert::~BulkInsert()
{
    sqlite3_finalize(m_statement);
}

DatabaseError BulkInsert::bindError(int code) const
{
    // The connection's own code and message say more than the step's bare result.
    const int reported = sqlite3_extended_errcode(m_handle);
    return DatabaseError::fromSqliteCode(reported != SQLITE_OK ? reported : code,
                                         QString::fromUtf8(sqlite3_errmsg(m_handle)), m_table);
}

Result<qint64> BulkInsert::insert(std::initializer_list<QVariant> values)
{
    if (m_prepareError)
        return m_prepareError;
    int index = 1;
    int code = SQLITE_OK;
    for (const QVariant &value : values) {
        switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
        case QMetaType::UnknownType:
            code = sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool:
        case QMetaType::UInt:
            code = sqlite3_bind_int64(m_statement, index, value.toLongLong());
            break;
        case QMetaType::Double:
            code = sqlite3_bind_double(m_statement, index, value.toDouble());
            break;
        default: {
            const QByteArray text = value.toString().toUtf8();
            code = sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
            break;
        }
        }
        if (code != SQLITE_OK)
            break;
        ++index;
    }
    if (code == SQLITE_OK)
        code = sqlite3_step(m_statement);
    const qint64 id = sqlite3_last_insert_rowid(m_handle);
    sqlite3_reset(m_statement);
    if (code != SQLITE_DONE)
        return bindError(code);
    return id;
}

} // namespace kartoteka
