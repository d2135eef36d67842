#include "SqlFunctions.h"

#include "SqliteHandle.h"
#include "search/SearchText.h"

#include <sqlite3.h>

namespace kartoteka {

namespace {

QString argument(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? QString::fromUtf8(text, sqlite3_value_bytes(value)) : QString();
}

void returnText(sqlite3_context *context, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void searchText(sqlite3_context *context, int count, sqlite3_value **values)
{
    QStringList fields;
    for (int i = 0; i < count; ++i)
        fields << argument(values[i]);
    returnText(context, search::indexText(fields));
}

void phoneDigits(sqlite3_context *context, int, sqlite3_value **values)
{
    returnText(context, search::phoneDigits(argument(values[0])));
}

} // namespace

DatabaseError registerSqlFunctions(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return DatabaseError(DatabaseError::Kind::CannotOpen, QStringLiteral("not an SQLite connection"));
    // Deterministic: the index stores what they return and must get the same again to delete it.
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    int code = sqlite3_create_function_v2(handle, "kartoteka_search_text", -1, flags, nullptr, searchText, nullptr,
                                          nullptr, nullptr);
    if (code == SQLITE_OK)
        code = sqlite3_create_function_v2(handle, "kartoteka_phone_digits", 1, flags, nullptr, phoneDigits, nullptr,
                                          nullptr, nullptr);
    if (code != SQLITE_OK)
        return DatabaseError::fromSqliteCode(code, QString::fromUtf8(sqlite3_errmsg(handle)));
    return {};
}

} // namespace kartoteka
