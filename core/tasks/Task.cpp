#include "Task.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<Task::State, const char *>, 5> stateCodes{{
    {Task::State::Planned, "planned"},
    {Task::State::InProgress, "in_progress"},
    {Task::State::Done, "done"},
    {Task::State::Cancelled, "cancelled"},
    {Task::State::Postponed, "postponed"},
}};
} // namespace

QString Task::stateCode(State state)
{
    for (const auto &[value, code] : stateCodes) {
        if (value == state)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Task::State> Task::stateFromCode(const QString &code)
{
    for (const auto &[value, text] : stateCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kartoteka
