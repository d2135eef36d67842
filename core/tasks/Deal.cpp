#include "Deal.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto stageCodes = enumCodes<Deal::Stage>({
    {Deal::Stage::Open, "open"},
    {Deal::Stage::Won, "won"},
    {Deal::Stage::Lost, "lost"},
});
} // namespace

QString Deal::stageCode(Stage stage)
{
    return stageCodes.code(stage);
}

std::optional<Deal::Stage> Deal::stageFromCode(const QString &code)
{
    return stageCodes.fromCode(code);
}

} // namespace kartoteka
