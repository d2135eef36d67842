#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace kartoteka::test {

// Writes `content` to `path` (replacing the file); the test fails when it cannot.
inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
}

} // namespace kartoteka::test
