#include "Project.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto stateCodes = enumCodes<Project::State>({
    {Project::State::Active, "active"},
    {Project::State::Closed, "closed"},
});
} // namespace

QString Project::stateCode(State state)
{
    return stateCodes.code(state);
}

std::optional<Project::State> Project::stateFromCode(const QString &code)
{
    return stateCodes.fromCode(code);
}

} // namespace kartoteka
