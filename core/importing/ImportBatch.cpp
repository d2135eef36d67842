#include "ImportBatch.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto kindCodes = enumCodes<ImportBatch::Kind>({
    {ImportBatch::Kind::Clients, "clients"},
    {ImportBatch::Kind::Sales, "sales"},
    {ImportBatch::Kind::VCard, "vcard"},
    {ImportBatch::Kind::Ics, "ics"},
});
} // namespace

QString ImportBatch::kindCode(Kind kind)
{
    return kindCodes.code(kind);
}

std::optional<ImportBatch::Kind> ImportBatch::kindFromCode(const QString &code)
{
    return kindCodes.fromCode(code);
}

} // namespace kartoteka
