#include "ImportSettings.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto policyCodes = enumCodes<DuplicatePolicy>({
    {DuplicatePolicy::Merge, "merge"},
    {DuplicatePolicy::Skip, "skip"},
    {DuplicatePolicy::Create, "create"},
});
constexpr auto dateOrderCodes = enumCodes<DateOrder>({
    {DateOrder::Unknown, "auto"},
    {DateOrder::DayMonth, "dmy"},
    {DateOrder::MonthDay, "mdy"},
});
} // namespace

QString duplicatePolicyCode(DuplicatePolicy policy)
{
    return policyCodes.code(policy);
}

std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code)
{
    return policyCodes.fromCode(code);
}

QJsonObject ImportSettings::toProfileJson() const
{
    QJsonObject map;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("encoding"), encoding},
                     {QStringLiteral("delimiter"), delimiter.isNull() ? QString() : QString(delimiter)},
                     {QStringLiteral("mapping"), map},
                     {QStringLiteral("on_duplicate"), duplicatePolicyCode(onDuplicate)},
                     {QStringLiteral("region"), defaultRegion},
                     {QStringLiteral("date_order"), dateOrderCodes.code(dateOrder)}};
    if (hasHeader)
        json.insert(QStringLiteral("header"), *hasHeader);
    return json;
}

void ImportSettings::applyProfileJson(const QJsonObject &json)
{
    encoding = json.value(QStringLiteral("encoding")).toString();
    const QString delimiterText = json.value(QStringLiteral("delimiter")).toString();
    delimiter = delimiterText.isEmpty() ? QChar() : delimiterText.at(0);
    if (json.contains(QStringLiteral("header")))
        hasHeader = json.value(QStringLiteral("header")).toBool();
    mapping.clear();
    const QJsonObject map = json.value(QStringLiteral("mapping")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it)
        mapping.insert(it.key(), it.value().toString());
    onDuplicate = duplicatePolicyFromCode(json.value(QStringLiteral("on_duplicate")).toString()).value_or(onDuplicate);
    const QString region = json.value(QStringLiteral("region")).toString();
    if (!region.isEmpty())
        defaultRegion = region;
    dateOrder = dateOrderCodes.fromCode(json.value(QStringLiteral("date_order")).toString()).value_or(dateOrder);
}

} // namespace kartoteka
