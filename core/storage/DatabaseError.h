#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace kartoteka {

// What went wrong with the database, in words a user can act on.
struct DatabaseError
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseError)

public:
    enum class Kind {
        None,
        CannotOpen,   // missing folder rights, a directory in the way, ...
        NotADatabase, // not an SQLite file, or SQLite but not Kartoteka's
        Corrupt,
        NewerSchema,  // written by a newer Kartoteka
        ReadOnly,     // a write was asked of a read-only database
        Locked,       // another program holds the write lock past the busy timeout
        Invalid,      // a value the domain rejects (bad reference, empty name, ...)
        Refused,      // the operation would lose data (e.g. deleting a client with a journal)
        NotFound,
        Failed,       // anything else SQLite reported
    };

    DatabaseError() = default;
    DatabaseError(Kind kind, QString message) : kind(kind), message(std::move(message)) {}

    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // Classifies an error reported by the QSQLITE driver by its SQLite result code.
    static DatabaseError fromSql(const QSqlError &error, const QString &context = {});
    // The same for a result code of the SQLite C API and its message.
    static DatabaseError fromSqliteCode(int code, const QString &detail, const QString &context = {});
};

} // namespace kartoteka
