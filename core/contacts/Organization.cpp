#include "Organization.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto kindCodes = enumCodes<Organization::Kind>({
    {Organization::Kind::Client, "client"},
    {Organization::Kind::Partner, "partner"},
    {Organization::Kind::Supplier, "supplier"},
    {Organization::Kind::Prospect, "prospect"},
});
constexpr auto priorityCodes = enumCodes<Organization::Priority>({
    {Organization::Priority::Low, "low"},
    {Organization::Priority::Normal, "normal"},
    {Organization::Priority::High, "high"},
    {Organization::Priority::Key, "key"},
});
} // namespace

QString Organization::priorityCode(Priority priority)
{
    return priorityCodes.code(priority);
}

std::optional<Organization::Priority> Organization::priorityFromCode(const QString &code)
{
    return priorityCodes.fromCode(code);
}

QString Organization::kindCode(Kind kind)
{
    return kindCodes.code(kind);
}

std::optional<Organization::Kind> Organization::kindFromCode(const QString &code)
{
    return kindCodes.fromCode(code);
}

} // namespace kartoteka
