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
} // namespace

QString Organization::kindCode(Kind kind)
{
    return kindCodes.code(kind);
}

std::optional<Organization::Kind> Organization::kindFromCode(const QString &code)
{
    return kindCodes.fromCode(code);
}

} // namespace kartoteka
