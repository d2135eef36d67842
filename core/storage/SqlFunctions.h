#pragma once

#include "DatabaseError.h"

#include <QSqlDatabase>

namespace kartoteka {

// Registers the SQL functions Kartoteka's schema uses (the search index triggers call them) on
// a freshly opened connection:
//   kartoteka_search_text(field, ...)  the indexed form of some fields (search/SearchText.h)
//   kartoteka_phone_digits(phones)     the digits of each phone, space separated
// Every connection that writes organizations or persons needs them.
DatabaseError registerSqlFunctions(const QSqlDatabase &db);

} // namespace kartoteka
