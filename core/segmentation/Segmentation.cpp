#include "Segmentation.h"

#include "storage/EnumCodes.h"

#include <QRegularExpression>

namespace kartoteka {

namespace {

constexpr auto metricCodes = enumCodes<SegmentMetric>({{SegmentMetric::Revenue, "revenue"}, {SegmentMetric::Profit, "profit"}});
constexpr auto granularityCodes =
    enumCodes<SegmentGranularity>({{SegmentGranularity::Month, "month"}, {SegmentGranularity::Quarter, "quarter"}});
constexpr auto abcCodes = enumCodes<AbcClass>({{AbcClass::A, "A"}, {AbcClass::B, "B"}, {AbcClass::C, "C"}});
constexpr auto xyzCodes =
    enumCodes<XyzClass>({{XyzClass::X, "X"}, {XyzClass::Y, "Y"}, {XyzClass::Z, "Z"}, {XyzClass::New, "new"}});

} // namespace

QString metricCode(SegmentMetric metric) { return metricCodes.code(metric); }
std::optional<SegmentMetric> metricFromCode(const QString &code) { return metricCodes.fromCode(code); }
QString granularityCode(SegmentGranularity granularity) { return granularityCodes.code(granularity); }
std::optional<SegmentGranularity> granularityFromCode(const QString &code) { return granularityCodes.fromCode(code); }
QString abcCode(AbcClass abc) { return abcCodes.code(abc); }
std::optional<AbcClass> abcFromCode(const QString &code) { return abcCodes.fromCode(code); }
QString xyzCode(XyzClass xyz) { return xyzCodes.code(xyz); }
std::optional<XyzClass> xyzFromCode(const QString &code) { return xyzCodes.fromCode(code); }

QString monthCode(const QDate &month) { return month.toString(QStringLiteral("yyyy-MM")); }

QDate monthFromCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!shape.match(code).hasMatch())
        return {};
    return QDate::fromString(code + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

SegmentationParameters SegmentationParameters::lastTwelveMonths(const QDate &today)
{
    SegmentationParameters parameters;
    const QDate thisMonth(today.year(), today.month(), 1);
    parameters.from = thisMonth.addMonths(-12);
    parameters.to = thisMonth.addMonths(-1);
    return parameters;
}

QString SegmentationParameters::problem() const
{
    if (!from.isValid() || !to.isValid())
        return tr("The period needs a first and a last month.");
    if (firstMonth() > lastMonth())
        return tr("The period starts after it ends.");
    if (!(abcA > 0 && abcA <= abcB && abcB <= 100))
        return tr("The ABC bounds must satisfy 0 < A ≤ B ≤ 100 %.");
    if (!(xyzX >= 0 && xyzX <= xyzY))
        return tr("The XYZ bounds must satisfy 0 ≤ X ≤ Y.");
    return {};
}

SegmentationResult::Cell SegmentationResult::cell(AbcClass abc, XyzClass xyz) const
{
    Cell cell;
    for (const SegmentedClient &client : clients) {
        if (client.abc == abc && client.xyz == xyz) {
            ++cell.clients;
            cell.value += client.value;
        }
    }
    return cell;
}

} // namespace kartoteka
