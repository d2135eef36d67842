#include "Project.h"

namespace kartoteka {

QString Project::stateCode(State state)
{
    return state == State::Closed ? QStringLiteral("closed") : QStringLiteral("active");
}

std::optional<Project::State> Project::stateFromCode(const QString &code)
{
    if (code == QLatin1String("active"))
        return State::Active;
    if (code == QLatin1String("closed"))
        return State::Closed;
    return std::nullopt;
}

} // namespace kartoteka
