#include "Task.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto stateCodes = enumCodes<Task::State>({
    {Task::State::Planned, "planned"},
    {Task::State::InProgress, "in_progress"},
    {Task::State::Done, "done"},
    {Task::State::Cancelled, "cancelled"},
    {Task::State::Postponed, "postponed"},
});
} // namespace

QString Task::stateCode(State state)
{
    return stateCodes.code(state);
}

std::optional<Task::State> Task::stateFromCode(const QString &code)
{
    return stateCodes.fromCode(code);
}

} // namespace kartoteka
