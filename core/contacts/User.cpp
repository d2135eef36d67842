#include "User.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<User::Role, const char *>, 3> roleCodes{{
    {User::Role::Manager, "manager"},
    {User::Role::Supervisor, "supervisor"},
    {User::Role::Admin, "admin"},
}};
} // namespace

QString User::roleCode(Role role)
{
    for (const auto &[value, code] : roleCodes) {
        if (value == role)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<User::Role> User::roleFromCode(const QString &code)
{
    for (const auto &[value, text] : roleCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kartoteka
