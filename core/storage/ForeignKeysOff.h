#pragma once

#include <QSqlDatabase>

namespace kartoteka {

// Turns foreign-key checks off for a bulk load whose references are made by the loader itself
// (ids it just inserted or read), and back on when it goes. SQLite ignores the switch inside
// a transaction, so this must be created before the loader's Transaction.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase db);
    ~ForeignKeysOff();

    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
