#include "Deal.h"

#include <array>
#include <utility>

namespace kartoteka {

namespace {
constexpr std::array<std::pair<Deal::Stage, const char *>, 3> stageCodes{{
    {Deal::Stage::Open, "open"},
    {Deal::Stage::Won, "won"},
    {Deal::Stage::Lost, "lost"},
}};
} // namespace

QString Deal::stageCode(Stage stage)
{
    for (const auto &[value, code] : stageCodes) {
        if (value == stage)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<Deal::Stage> Deal::stageFromCode(const QString &code)
{
    for (const auto &[value, text] : stageCodes) {
        if (code == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace kartoteka
