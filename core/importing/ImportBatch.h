#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// What one import run did with the rows of its file.
struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 rejected = 0;
};

// One import run; every record it created or changed points back to it, so it can be undone.
struct ImportBatch
{
    enum class Kind { Clients, Sales, VCard, Ics };

    qint64 id = 0;
    Kind kind = Kind::Clients;
    QString filePath;
    QString encoding;  // "UTF-8", "windows-1251", ...
    QString delimiter; // of CSV files
    QString mapping;   // JSON: file column -> field
    QString profile;   // the name of the saved mapping profile used
    std::optional<qint64> userId;
    QDateTime startedAt;
    QDateTime finishedAt;
    ImportCounts counts;
    QDateTime undoneAt;

    bool isFinished() const { return finishedAt.isValid(); }
    bool isUndone() const { return undoneAt.isValid(); }

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
};

} // namespace kartoteka
