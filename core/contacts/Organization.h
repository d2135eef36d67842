#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// A counterparty of the card index.
struct Organization
{
    enum class Kind { Client, Partner, Supplier, Prospect };
    // How carefully the organization is served; stored as 0..3.
    enum class Priority { Low = 0, Normal = 1, High = 2, Key = 3 };

    qint64 id = 0;
    QString name;
    QString legalForm; // ООО, АО, ИП, LLC, 有限公司, ...
    QString inn;       // the Russian tax id, 10 or 12 digits
    Kind kind = Kind::Client;
    std::optional<qint64> managerId; // the personal manager, a user
    Priority priority = Priority::Normal;
    QString priceTerms;
    QString deliveryTerms;
    QString phones; // E.164 numbers separated by ", "
    QString email;
    QString website;
    QString city;
    QString address;
    QString notes;
    QString abcClass; // "A", "B", "C" or empty when not ranked
    QString xyzClass; // "X", "Y", "Z", "new" or empty
    QDate classComputedOn;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt;
    std::optional<qint64> importBatchId;

    bool isArchived() const { return archivedAt.isValid(); }

    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    static QString priorityCode(Priority priority); // "low", "normal", "high", "key"
    static std::optional<Priority> priorityFromCode(const QString &code);
};

} // namespace kartoteka
