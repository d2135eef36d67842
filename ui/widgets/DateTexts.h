#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

namespace kartoteka::ui {

// Dates in words, written the way the user's language writes them. Qt has no "day and month"
// format of its own, so the patterns are translatable QLocale date formats: Chinese writes
// 11月22日 where English writes 22 November and Russian 22 ноября.
class DateTexts
{
    Q_DECLARE_TR_FUNCTIONS(DateTexts)

public:
    static QString dayMonth(QDate date, const QLocale &locale = QLocale());
    static QString dayMonthYear(QDate date, const QLocale &locale = QLocale());
    static QString shortDayMonth(QDate date, const QLocale &locale = QLocale());
    // A month of a year, with the month's standalone name: «ноябрь 2025», not the «ноября
    // 2025» of a date.
    static QString monthYear(QDate date, const QLocale &locale = QLocale());
    // Formats of a day's header over a column, longest first: a view takes the longest that fits.
    static QStringList dayHeaderFormats();
};

} // namespace kartoteka::ui
