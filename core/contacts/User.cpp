#include "User.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto roleCodes = enumCodes<User::Role>({
    {User::Role::Manager, "manager"},
    {User::Role::Supervisor, "supervisor"},
    {User::Role::Admin, "admin"},
});
} // namespace

QString User::roleCode(Role role)
{
    return roleCodes.code(role);
}

std::optional<User::Role> User::roleFromCode(const QString &code)
{
    return roleCodes.fromCode(code);
}

} // namespace kartoteka
