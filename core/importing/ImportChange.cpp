#include "ImportChange.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<ImportChange::Entity, const char *>, 5> entityCodes{{
    {ImportChange::Entity::Organization, "organization"},
    {ImportChange::Entity::Person, "person"},
    {ImportChange::Entity::Sale, "sale"},
    {ImportChange::Entity::Task, "task"},
    {ImportChange::Entity::CustomValue, "custom_value"},
}};

constexpr std::array<std::pair<ImportChange::Action, const char *>, 2> actionCodes{{
    {ImportChange::Action::Created, "created"},
    {ImportChange::Action::Updated, "updated"},
}};

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char *>, N> &codes, Enum wanted)
{
    for (const auto &[value, code] : codes) {
        if (value == wanted)
            return QString::fromLatin1(code);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &codes, const QString &wanted)
{
    for (const auto &[value, code] : codes) {
        if (wanted == QLatin1String(code))
            return value;
    }
    return std::nullopt;
}
} // namespace

QString ImportChange::entityCode(Entity entity)
{
    return codeOf(entityCodes, entity);
}

std::optional<ImportChange::Entity> ImportChange::entityFromCode(const QString &code)
{
    return valueOf(entityCodes, code);
}

QString ImportChange::actionCode(Action action)
{
    return codeOf(actionCodes, action);
}

std::optional<ImportChange::Action> ImportChange::actionFromCode(const QString &code)
{
    return valueOf(actionCodes, code);
}

} // namespace kartoteka
