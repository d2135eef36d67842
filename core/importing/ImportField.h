#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

// What an import writes: client organizations with their people, or sales history rows.
enum class ImportTarget { Clients, Sales };

// One target field of a column mapping. The names are a published contract (--map, saved
// profiles, CSV export headers): "name", "custom:Отрасль", "-" (ignore the column).
struct FieldRef
{
    QString name;

    bool isCustom() const;
    QString customLabel() const; // "Отрасль" for "custom:Отрасль", empty otherwise
    bool isIgnored() const;

    bool operator==(const FieldRef &) const = default;
};

inline constexpr QLatin1StringView kIgnoredField{"-"};
inline constexpr QLatin1StringView kCustomFieldPrefix{"custom:"};

// The known field names of a target, in display order, without "custom:" and "-".
QStringList knownFieldNames(ImportTarget target);

// The translated name of a field for the UI ("Phone", "Custom field: Отрасль", "Ignore").
QString fieldDisplayName(const QString &name);

// Validates a field name typed by a user or read from a profile: known names (any case),
// "custom:LABEL" with a non-empty label (clients only) and "-". Unknown names give nullopt.
std::optional<FieldRef> parseFieldRef(const QString &text, ImportTarget target);

// Holds the tr() context of the field names.
class ImportFieldNames
{
    Q_DECLARE_TR_FUNCTIONS(ImportFieldNames)
public:
    static QString displayName(const QString &name);
};

} // namespace kartoteka
