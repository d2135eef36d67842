#include "ImportField.h"

#include <array>

namespace kartoteka {

namespace {

struct FieldInfo
{
    const char *name;
    const char *displayName; // translated in ImportFieldNames' context
};

constexpr std::array<FieldInfo, 19> clientFields{{
    {"name", QT_TRANSLATE_NOOP("ImportFieldNames", "Organization")},
    {"legal_form", QT_TRANSLATE_NOOP("ImportFieldNames", "Legal form")},
    {"inn", QT_TRANSLATE_NOOP("ImportFieldNames", "INN")},
    {"kind", QT_TRANSLATE_NOOP("ImportFieldNames", "Kind")},
    {"priority", QT_TRANSLATE_NOOP("ImportFieldNames", "Service priority")},
    {"price_terms", QT_TRANSLATE_NOOP("ImportFieldNames", "Price terms")},
    {"delivery_terms", QT_TRANSLATE_NOOP("ImportFieldNames", "Delivery terms")},
    {"contact", QT_TRANSLATE_NOOP("ImportFieldNames", "Contact person")},
    {"position", QT_TRANSLATE_NOOP("ImportFieldNames", "Position")},
    {"birthday", QT_TRANSLATE_NOOP("ImportFieldNames", "Contact's birthday")},
    {"contact_notes", QT_TRANSLATE_NOOP("ImportFieldNames", "Notes on the contact")},
    {"phone", QT_TRANSLATE_NOOP("ImportFieldNames", "Phone")},
    {"email", QT_TRANSLATE_NOOP("ImportFieldNames", "E-mail")},
    {"website", QT_TRANSLATE_NOOP("ImportFieldNames", "Website")},
    {"city", QT_TRANSLATE_NOOP("ImportFieldNames", "City")},
    {"address", QT_TRANSLATE_NOOP("ImportFieldNames", "Address")},
    {"notes", QT_TRANSLATE_NOOP("ImportFieldNames", "Notes")},
    {"manager", QT_TRANSLATE_NOOP("ImportFieldNames", "Manager")},
    {"created", QT_TRANSLATE_NOOP("ImportFieldNames", "Created")},
}};

constexpr std::array<FieldInfo, 6> salesFields{{
    {"client", QT_TRANSLATE_NOOP("ImportFieldNames", "Client")},
    {"inn", QT_TRANSLATE_NOOP("ImportFieldNames", "INN")},
    {"date", QT_TRANSLATE_NOOP("ImportFieldNames", "Date")},
    {"amount", QT_TRANSLATE_NOOP("ImportFieldNames", "Amount")},
    {"profit", QT_TRANSLATE_NOOP("ImportFieldNames", "Profit")},
    {"document", QT_TRANSLATE_NOOP("ImportFieldNames", "Document")},
}};

// tr() reads these with ImportFieldNames' context; the explicit context keeps lupdate and the
// runtime agreeing although the class lives in a namespace.
constexpr const char *ignoreText = QT_TRANSLATE_NOOP("ImportFieldNames", "Ignore");
constexpr const char *customText = QT_TRANSLATE_NOOP("ImportFieldNames", "Custom field: %1");

template<std::size_t N>
const FieldInfo *findField(const std::array<FieldInfo, N> &fields, const QString &name)
{
    for (const FieldInfo &field : fields) {
        if (name == QLatin1StringView(field.name))
            return &field;
    }
    return nullptr;
}

const FieldInfo *findAnyField(const QString &name)
{
    if (const FieldInfo *field = findField(clientFields, name))
        return field;
    return findField(salesFields, name);
}

} // namespace

bool FieldRef::isCustom() const
{
    return name.startsWith(kCustomFieldPrefix) && name.size() > kCustomFieldPrefix.size();
}

QString FieldRef::customLabel() const
{
    return isCustom() ? name.mid(kCustomFieldPrefix.size()) : QString();
}

bool FieldRef::isIgnored() const
{
    return name == kIgnoredField;
}

QStringList knownFieldNames(ImportTarget target)
{
    QStringList names;
    const auto append = [&names](const auto &fields) {
        for (const FieldInfo &field : fields)
            names.append(QString::fromLatin1(field.name));
    };
    if (target == ImportTarget::Clients)
        append(clientFields);
    else
        append(salesFields);
    return names;
}

QString fieldDisplayName(const QString &name)
{
    return ImportFieldNames::displayName(name);
}

QString ImportFieldNames::displayName(const QString &name)
{
    const FieldRef ref{name};
    if (ref.isIgnored())
        return tr(ignoreText);
    if (ref.isCustom())
        return tr(customText).arg(ref.customLabel());
    if (const FieldInfo *field = findAnyField(name))
        return tr(field->displayName);
    return name;
}

std::optional<FieldRef> parseFieldRef(const QString &text, ImportTarget target)
{
    const QString trimmed = text.trimmed();
    if (trimmed == kIgnoredField)
        return FieldRef{QString(kIgnoredField)};
    if (trimmed.startsWith(kCustomFieldPrefix, Qt::CaseInsensitive)) {
        // Custom fields exist for clients only; a label is what names the field.
        const QString label = trimmed.mid(kCustomFieldPrefix.size()).trimmed();
        if (target != ImportTarget::Clients || label.isEmpty())
            return std::nullopt;
        return FieldRef{QString(kCustomFieldPrefix) + label};
    }
    const QString lower = trimmed.toLower();
    const bool known = target == ImportTarget::Clients ? findField(clientFields, lower) != nullptr
                                                       : findField(salesFields, lower) != nullptr;
    if (!known)
        return std::nullopt;
    return FieldRef{lower};
}

} // namespace kartoteka
