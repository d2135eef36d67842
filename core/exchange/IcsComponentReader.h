#pragma once

#include "IcsSupport.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace kartoteka {

// The events and to-dos of an iCalendar file, one at a time, in bounded memory: each is parsed
// by libical alone, inside a calendar that holds its file's time zones, so a file of 100,000
// events is never one tree in memory. libical keeps no line numbers; this reader does.
//
// open() reads the file once to check its frame (every BEGIN:VCALENDAR has its END), gather
// each calendar's VTIMEZONEs (they may stand after the events that use them) and count the
// components; next() then reads it a second time, a component at a time.
class IcsComponentReader
{
    Q_DECLARE_TR_FUNCTIONS(IcsComponentReader)

public:
    using NumberedLines = std::vector<std::pair<qint64, QByteArray>>;

    struct Component
    {
        qint64 line = 0;             // where its BEGIN stands
        ics::ComponentPtr calendar;  // the calendar built around it; owns `item`
        icalcomponent *item = nullptr; // the VEVENT or VTODO
        NumberedLines lines;         // its own lines, to find the line libical complains of
        bool unclosed = false;       // its calendar ended before its END line
    };

    // A line between the components that cannot be read, and why.
    struct Stray
    {
        qint64 line = 0;
        QString reason;
    };

    // Refuses a file that cannot be read or holds no complete VCALENDAR.
    static Result<IcsComponentReader> open(const QString &path);

    qint64 componentCount() const { return m_componentCount; }
    const std::vector<Stray> &strays() const { return m_strays; }

    // The next VEVENT or VTODO; nullopt at the end of the file. An error when the file can no
    // longer be read as it was on open().
    Result<std::optional<Component>> next();

    // The line among `lines` (else `fallback`) that holds what libical quoted after the last
    // ": " of its error message.
    static qint64 lineOfError(const QString &message, const NumberedLines &lines, qint64 fallback);

private:
    explicit IcsComponentReader(const QString &path) : m_file(std::make_unique<QFile>(path)) {}
    DatabaseError scan();
    DatabaseError readError() const;
    bool readLine(QByteArray &line);
    Component readComponent(const QByteArray &beginLine, const QByteArray &name);

    std::unique_ptr<QFile> m_file;
    qint64 m_lineNumber = 0;
    qint64 m_componentCount = 0;
    std::vector<QByteArray> m_zonesOfCalendars; // each calendar's VTIMEZONEs as text
    std::vector<Stray> m_strays;
    std::vector<QByteArray> m_open; // next(): the components open where it stands, outermost first
    qsizetype m_calendar = -1;      // next(): the calendar being read
};

} // namespace kartoteka
