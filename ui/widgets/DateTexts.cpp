#include "DateTexts.h"

namespace kartoteka::ui {

QString DateTexts::dayMonth(QDate date, const QLocale &locale)
{
    return locale.toString(date, tr("d MMMM", "QLocale date format: a day and its month"));
}

QString DateTexts::dayMonthYear(QDate date, const QLocale &locale)
{
    return locale.toString(date, tr("d MMMM yyyy", "QLocale date format: a day, its month and year"));
}

QString DateTexts::shortDayMonth(QDate date, const QLocale &locale)
{
    return locale.toString(date, tr("d MMM", "QLocale date format: a day and its month, short"));
}

QString DateTexts::monthYear(QDate date, const QLocale &locale)
{
    // A translation may leave out %1 or %3 (Chinese writes 2025年11月), which QString::arg() would
    // number differently, so each marker is replaced by name.
    QString text = tr("%1 %2", "a month of a year: %1 the month's standalone name, %2 the year, %3 the month's number");
    return text.replace(QStringLiteral("%1"), locale.standaloneMonthName(date.month()))
        .replace(QStringLiteral("%2"), QString::number(date.year()))
        .replace(QStringLiteral("%3"), QString::number(date.month()));
}

QStringList DateTexts::dayHeaderFormats()
{
    return {tr("dddd, d MMMM", "QLocale date format: a day's header, the longest"),
            tr("ddd, d MMMM", "QLocale date format: a day's header, shorter"),
            tr("ddd, d MMM", "QLocale date format: a day's header, shorter still"),
            tr("ddd d", "QLocale date format: a day's header, short"), QStringLiteral("d")};
}

} // namespace kartoteka::ui
