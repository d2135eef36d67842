#include "DatabaseError.h"

#include <QSqlError>

namespace kartoteka {

namespace {
// Primary SQLite result codes (sqlite3.h); the driver reports them as text.
constexpr int sqliteBusy = 5;
constexpr int sqliteLocked = 6;
constexpr int sqliteReadOnly = 8;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;
} // namespace

DatabaseError DatabaseError::fromSql(const QSqlError &error, const QString &context)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (!numeric)
        return {Kind::Failed, context.isEmpty() ? detail : context + QStringLiteral(": ") + detail};
    return fromSqliteCode(code, detail, context);
}

DatabaseError DatabaseError::fromSqliteCode(int extendedCode, const QString &detail, const QString &context)
{
    const int code = extendedCode & 0xff;
    const QString prefix = context.isEmpty() ? QString() : context + QStringLiteral(": ");
    switch (code) {
    case sqliteBusy:
    case sqliteLocked:
        return {Kind::Locked,
                prefix + tr("the database is locked by another program; try again when it is done")};
    case sqliteReadOnly:
        return {Kind::ReadOnly, prefix + tr("the database is open read-only; changes cannot be saved")};
    case sqliteCorrupt:
        return {Kind::Corrupt,
                prefix + tr("the database file is damaged (%1); restore it from a backup").arg(detail)};
    case sqliteNotADb:
        return {Kind::NotADatabase, prefix + tr("the file is not an SQLite database")};
    case sqliteCantOpen:
        return {Kind::CannotOpen, prefix + tr("the database file cannot be opened (%1)").arg(detail)};
    case sqliteConstraint:
        return {Kind::Invalid, prefix + detail};
    default:
        return {Kind::Failed, prefix + detail};
    }
}

} // namespace kartoteka
