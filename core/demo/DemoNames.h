#pragma once

#include <QString>

#include <random>

namespace kartoteka::demo {

// Plausible names, places, phones and e-mails in Russian, English and Chinese.
enum class Culture { Russian, English, Chinese };

struct DemoCompany
{
    QString name;
    QString legalForm;
    QString inn; // Russian companies only, with valid check digits
    QString city;
    QString address;
    QString phone;
    QString email;
    QString website;
};

struct DemoPerson
{
    QString fullName;
    QString position;
    QString phone;
    QString email;
};

class DemoNames
{
public:
    explicit DemoNames(std::mt19937 &random) : m_random(random) {}

    Culture culture();
    DemoCompany company(Culture culture, qint64 serial);
    DemoPerson person(Culture culture, const QString &domain);
    // A 10-digit INN with its check digit; `serial` keeps them distinct.
    static QString innFor(qint64 serial);

private:
    int pick(int size) { return std::uniform_int_distribution<int>(0, size - 1)(m_random); }
    QString digits(int count);

    std::mt19937 &m_random;
};

} // namespace kartoteka::demo
