#include "PhoneRegions.h"

#include "importing/PhoneNormalizer.h"

#include <QLocale>
#include <QSettings>

namespace kartoteka::ui {

namespace {
const QString regionKey = QStringLiteral("import/phoneRegion");
}

QString PhoneRegions::defaultCode()
{
    return QSettings().value(regionKey, PhoneNormalizer::defaultRegionForLocale(QLocale())).toString();
}

void PhoneRegions::setDefaultCode(const QString &code)
{
    QSettings().setValue(regionKey, code);
}

QList<PhoneRegion> PhoneRegions::all()
{
    return {
        {QStringLiteral("RU"), tr("Russia (+7)")},
        {QStringLiteral("KZ"), tr("Kazakhstan (+7)")},
        {QStringLiteral("BY"), tr("Belarus (+375)")},
        {QStringLiteral("UA"), tr("Ukraine (+380)")},
        {QStringLiteral("UZ"), tr("Uzbekistan (+998)")},
        {QStringLiteral("CN"), tr("China (+86)")},
        {QStringLiteral("DE"), tr("Germany (+49)")},
        {QStringLiteral("GB"), tr("United Kingdom (+44)")},
        {QStringLiteral("US"), tr("United States (+1)")},
    };
}

} // namespace kartoteka::ui
