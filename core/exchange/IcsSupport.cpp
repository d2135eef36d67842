#include "IcsSupport.h"

#include "storage/Sql.h"

#include <QTimeZone>

namespace kartoteka::ics {

icaltimetype utcTime(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(static_cast<time_t>(time.toSecsSinceEpoch()), 0,
                                         icaltimezone_get_utc_timezone());
}

icaltimetype dateValue(const QDate &date)
{
    icaltimetype value = icaltime_null_date();
    value.year = date.year();
    value.month = date.month();
    value.day = date.day();
    return value;
}

QDateTime toDateTime(const icaltimetype &time, const char *tzid)
{
    if (icaltime_is_null_time(time) || !icaltime_is_valid_time(time))
        return {};
    const QDate date(time.year, time.month, time.day);
    if (!date.isValid())
        return {};
    if (icaltime_is_date(time))
        return QDateTime(date, QTime(0, 0), Qt::LocalTime);
    if (time.zone != nullptr) // UTC or a zone libical knows; the zone argument is the one `time` is in
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(time, time.zone), Qt::UTC);
    const QTime clock(time.hour, time.minute, time.second);
    if (tzid != nullptr) {
        // A TZID neither the file nor libical defines: Qt may still know it (Windows names too).
        const QTimeZone zone{QByteArray(tzid)};
        if (zone.isValid())
            return QDateTime(date, clock, zone).toUTC();
    }
    return QDateTime(date, clock, Qt::LocalTime).toUTC(); // floating: the user's local time
}

QString text(const char *value)
{
    return value == nullptr ? QString() : QString::fromUtf8(value);
}

Result<TaskUid> TaskUid::of(const QSqlDatabase &db)
{
    auto uuid = sql::scalar(db, QStringLiteral("SELECT uuid FROM database_identity WHERE id = 1"));
    if (!uuid)
        return uuid.error();
    return TaskUid(QStringLiteral("kartoteka.") + uuid->toString());
}

QString TaskUid::forTask(qint64 taskId, const QString &storedUid) const
{
    if (!storedUid.isEmpty())
        return storedUid;
    return QStringLiteral("task-%1@%2").arg(taskId).arg(m_domain);
}

std::optional<qint64> TaskUid::taskId(const QString &uid) const
{
    const QString prefix = QStringLiteral("task-");
    const QString suffix = QLatin1Char('@') + m_domain;
    if (!uid.startsWith(prefix) || !uid.endsWith(suffix, Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const qint64 id = uid.mid(prefix.size(), uid.size() - prefix.size() - suffix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace kartoteka::ics
