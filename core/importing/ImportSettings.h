#pragma once

#include "DateParser.h"
#include "ImportField.h"

#include <QChar>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace kartoteka {

enum class DuplicatePolicy { Merge, Skip, Create };

QString duplicatePolicyCode(DuplicatePolicy policy);
std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code);

// Everything an unattended import needs to know beyond the file: what the wizard's pages or
// the CLI's options set, and what a named profile saves.
struct ImportSettings
{
    ImportTarget target = ImportTarget::Clients;
    QString encoding;           // empty: detect
    QChar delimiter;            // null: detect
    std::optional<bool> hasHeader; // unset: detect
    // Overrides of the guessed mapping: header text (or "#N", the 1-based column) -> field name.
    QMap<QString, QString> mapping;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Merge;
    bool strict = false;
    QString defaultRegion = QStringLiteral("RU"); // for phones without a country code
    DateOrder dateOrder = DateOrder::Unknown;       // for slash dates; Unknown: detect, ask when ambiguous
    QString rejectsPath;                           // empty: beside the database, per batch
    bool backupFirst = true;

    // What a profile keeps: encoding, delimiter, header, mapping, policy, region, date order.
    QJsonObject toProfileJson() const;
    void applyProfileJson(const QJsonObject &json);
};

} // namespace kartoteka
