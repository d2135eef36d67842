#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// A contact person of an organization, or a member of our own staff (then without organization).
struct Person
{
    qint64 id = 0;
    std::optional<qint64> organizationId;
    bool isStaff = false;
    std::optional<qint64> userId; // the program user a staff member logs in as
    QString fullName;
    QString position;
    QString phones; // E.164 numbers separated by ", "
    QString emails; // separated by ", "
    QDate birthday;
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    std::optional<qint64> importBatchId;

    bool isArchived() const { return archivedAt.isValid(); }
};

} // namespace kartoteka
