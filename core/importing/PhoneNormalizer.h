#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>

namespace kartoteka {

struct PhoneResult
{
    QStringList e164;    // valid numbers, "+74951234567", each once
    QStringList invalid; // the parts that are not valid numbers, as typed
};

// Normalizes the phone cells of an import with libphonenumber. Cheap to copy and thread-safe
// to use: libphonenumber's PhoneNumberUtil is a process-wide singleton.
class PhoneNormalizer
{
public:
    // defaultRegion: ISO 3166 code ("RU", "CN", "US") that numbers without "+" belong to.
    // fastPath=false sends every number through libphonenumber (for tests that compare both).
    explicit PhoneNormalizer(const QString &defaultRegion, bool fastPath = true);

    QString defaultRegion() const { return m_region; }

    // Splits a cell on , ; / line breaks and "или"/"or", drops extensions ("доб. 12", "ext 5",
    // "x5", "#5") and labels before the number ("моб.: ..."), and validates each part.
    PhoneResult normalize(const QString &cell) const;

    // For display: national format for numbers of the default region, international otherwise;
    // text that is not a number comes back as it is.
    QString national(const QString &e164) const;
    // A stored list of phones ("+7495..., +7916...") as national() shows each, joined by ", ".
    QString nationalList(const QString &storedPhones) const;

    // QLocale::territory as an ISO region libphonenumber knows; "RU" when there is none.
    static QString defaultRegionForLocale(const QLocale &locale);
    // Whether libphonenumber knows `region` (two letters, "RU", "BY", …) as a country of phones.
    static bool isKnownRegion(const QString &region);

private:
    void normalizePart(QStringView part, PhoneResult &result) const;
    bool tryFastPath(QStringView number, PhoneResult &result) const; // false: ask the library

    QString m_region;
    std::string m_regionCode;
    bool m_fastPath;
    bool m_russianTrunk; // "8" and "7" before ten digits mean +7 in this region
};

} // namespace kartoteka
