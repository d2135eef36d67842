#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace kartoteka::ui {

struct PhoneRegion
{
    QString code; // ISO 3166, as PhoneNormalizer takes it
    QString name; // translated
};

// The countries offered for phone numbers written without a country code.
class PhoneRegions
{
    Q_DECLARE_TR_FUNCTIONS(PhoneRegions)

public:
    static QList<PhoneRegion> all();
    // The country of phone numbers written without a country code, as chosen in Edit >
    // Preferences or in the import wizard (at first the locale's).
    static QString defaultCode();
    static void setDefaultCode(const QString &code);
};

inline QList<PhoneRegion> phoneRegions()
{
    return PhoneRegions::all();
}

} // namespace kartoteka::ui
