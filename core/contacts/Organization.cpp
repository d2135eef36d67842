#include "Organization.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<Organization::Kind, const char *>, 4> kindCodes{{
    {Organization::Kind::Client, "client"},
    {Organization::Kind::Partner, "partner"},
    {Organization::Kind::Supplier, "supplier"},
    {Organization::Kind::Prospect, "prospect"},
}};
} // namespace

QString Organization::kindCode(Kind kind)
{
    for (const auto &[value, code] : kindCodes) {
        if (value == kind)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Organization::Kind> Organization::kindFromCode(const QString &code)
{
    for (const auto &[value, text] : kindCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kartoteka
