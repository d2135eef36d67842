#include "ImportBatch.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<ImportBatch::Kind, const char *>, 4> kindCodes{{
    {ImportBatch::Kind::Clients, "clients"},
    {ImportBatch::Kind::Sales, "sales"},
    {ImportBatch::Kind::VCard, "vcard"},
    {ImportBatch::Kind::Ics, "ics"},
}};
} // namespace

QString ImportBatch::kindCode(Kind kind)
{
    for (const auto &[value, code] : kindCodes) {
        if (value == kind)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<ImportBatch::Kind> ImportBatch::kindFromCode(const QString &code)
{
    for (const auto &[value, text] : kindCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kartoteka
