#pragma once

#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace kartoteka::test {

// A fresh database file in its own temporary folder for one test case.
class TestDatabase
{
public:
    TestDatabase()
    {
        REQUIRE(m_dir.isValid());
        const DatabaseError error = m_database.open(path());
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString dir() const { return m_dir.path(); }
    Database &database() { return m_database; }
    QSqlDatabase connection() const { return m_database.connection(); }

private:
    QTemporaryDir m_dir;
    Database m_database;
};

} // namespace kartoteka::test

// Lets Catch print QStrings in failed assertions.
namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return value.toStdString(); }
};
} // namespace Catch
