#include "IcsComponentReader.h"

namespace kartoteka {

namespace {

// A BEGIN:NAME or END:NAME line, the name in upper case (RFC 5545 names ignore case). A folded
// continuation (it starts with a space or a tab) is never one.
struct Boundary
{
    bool begin = false;
    QByteArray name;
};

std::optional<Boundary> boundaryOf(const QByteArray &line)
{
    if (line.isEmpty() || !(line.front() == 'B' || line.front() == 'b' || line.front() == 'E' || line.front() == 'e'))
        return std::nullopt;
    const QByteArray upper = line.trimmed().toUpper();
    if (upper.startsWith("BEGIN:"))
        return Boundary{true, upper.mid(6).trimmed()};
    if (upper.startsWith("END:"))
        return Boundary{false, upper.mid(4).trimmed()};
    return std::nullopt;
}

bool isTaskLike(const QByteArray &name)
{
    return name == "VEVENT" || name == "VTODO";
}

// Closes the innermost open `name` and everything opened inside it; false when none is open.
bool close(std::vector<QByteArray> &open, const QByteArray &name)
{
    const auto at = std::find(open.rbegin(), open.rend(), name);
    if (at == open.rend())
        return false;
    open.erase(std::prev(at.base()), open.end());
    return true;
}

QByteArray joined(const IcsComponentReader::NumberedLines &lines)
{
    QByteArray text;
    for (const auto &[number, line] : lines)
        text += line + "\r\n";
    return text;
}

} // namespace

Result<IcsComponentReader> IcsComponentReader::open(const QString &path)
{
    IcsComponentReader reader(path);
    if (!reader.m_file->open(QIODevice::ReadOnly))
        return DatabaseError(DatabaseError::Kind::Invalid, tr("Cannot read «%1»: %2").arg(path, reader.m_file->errorString()));
    if (DatabaseError error = reader.scan())
        return error;
    if (!reader.m_file->seek(0))
        return reader.readError();
    reader.m_lineNumber = 0;
    return reader;
}

DatabaseError IcsComponentReader::readError() const
{
    return DatabaseError(DatabaseError::Kind::Invalid,
                         tr("Reading «%1» failed: %2").arg(m_file->fileName(), m_file->errorString()));
}

bool IcsComponentReader::readLine(QByteArray &line)
{
    line = m_file->readLine();
    if (line.isEmpty())
        return false;
    if (m_lineNumber++ == 0 && line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return true;
}

DatabaseError IcsComponentReader::scan()
{
    std::vector<QByteArray> open;
    QByteArray zones;     // the current calendar's VTIMEZONEs
    NumberedLines header; // the current calendar's own lines: its properties, and stray text
    qint64 calendarLine = 0;
    bool complete = false;
    QByteArray line;
    while (readLine(line)) {
        const std::optional<Boundary> boundary = boundaryOf(line);
        if (open.empty()) { // text outside a calendar is nobody's: libical skips it too
            if (boundary && boundary->begin && boundary->name == "VCALENDAR") {
                open.push_back(boundary->name);
                zones.clear();
                header.clear();
                calendarLine = m_lineNumber;
            }
            continue;
        }
        if (boundary && boundary->begin) {
            if (open.size() == 1 && isTaskLike(boundary->name))
                ++m_componentCount;
            open.push_back(boundary->name);
        }
        const bool inZone = open.size() >= 2 && open[1] == "VTIMEZONE";
        if (inZone)
            zones += line + "\r\n";
        else if (open.size() == 1 && !boundary)
            header.emplace_back(m_lineNumber, line);
        if (!boundary || boundary->begin)
            continue;
        if (!close(open, boundary->name)) {
            m_strays.push_back({m_lineNumber, tr("%1 closes nothing that was begun").arg(QString::fromUtf8(line))});
            continue;
        }
        if (!open.empty())
            continue;
        // The calendar ended: keep its zones for next(), and ask libical about its own lines.
        m_zonesOfCalendars.push_back(zones);
        const QByteArray ownText = "BEGIN:VCALENDAR\r\n" + joined(header) + "END:VCALENDAR\r\n";
        const ics::ComponentPtr own(icalparser_parse_string(ownText.constData()));
        for (icalproperty *error = own ? icalcomponent_get_first_property(own.get(), ICAL_XLICERROR_PROPERTY) : nullptr;
             error; error = icalcomponent_get_next_property(own.get(), ICAL_XLICERROR_PROPERTY)) {
            const QString message = ics::text(icalproperty_get_xlicerror(error)).simplified();
            m_strays.push_back({lineOfError(message, header, calendarLine), tr("libical cannot read it: %1").arg(message)});
        }
        complete = true;
    }
    if (m_file->error() != QFileDevice::NoError)
        return readError();
    if (!complete || !open.empty())
        return DatabaseError(DatabaseError::Kind::Invalid,
                             tr("«%1» is not a complete iCalendar file (BEGIN:VCALENDAR … END:VCALENDAR).").arg(m_file->fileName()));
    std::stable_sort(m_strays.begin(), m_strays.end(), [](const Stray &a, const Stray &b) { return a.line < b.line; });
    return {};
}

Result<std::optional<IcsComponentReader::Component>> IcsComponentReader::next()
{
    QByteArray line;
    while (readLine(line)) {
        const std::optional<Boundary> boundary = boundaryOf(line);
        if (!boundary)
            continue;
        if (m_open.empty()) {
            if (boundary->begin && boundary->name == "VCALENDAR") {
                m_open.push_back(boundary->name);
                ++m_calendar;
            }
        } else if (boundary->begin && m_open.size() == 1 && isTaskLike(boundary->name)
                   && m_calendar < qsizetype(m_zonesOfCalendars.size())) {
            return std::optional<Component>(readComponent(line, boundary->name));
        } else if (boundary->begin) {
            m_open.push_back(boundary->name);
        } else {
            close(m_open, boundary->name);
        }
    }
    if (m_file->error() != QFileDevice::NoError)
        return readError();
    return std::optional<Component>();
}

IcsComponentReader::Component IcsComponentReader::readComponent(const QByteArray &beginLine, const QByteArray &name)
{
    Component component;
    component.line = m_lineNumber;
    component.lines.emplace_back(m_lineNumber, beginLine);
    std::vector<QByteArray> open{name};
    QByteArray line;
    while (!open.empty() && readLine(line)) {
        const std::optional<Boundary> boundary = boundaryOf(line);
        if (boundary && !boundary->begin && !close(open, boundary->name) && close(m_open, boundary->name))
            break; // its calendar ended first
        component.lines.emplace_back(m_lineNumber, line);
        if (boundary && boundary->begin)
            open.push_back(boundary->name);
    }
    component.unclosed = !open.empty(); // its calendar, or the file, ended before its END line
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + m_zonesOfCalendars[size_t(m_calendar)] + joined(component.lines);
    if (component.unclosed)
        text += "END:" + name + "\r\n";
    text += "END:VCALENDAR\r\n";
    component.calendar.reset(icalparser_parse_string(text.constData()));
    if (component.calendar) {
        component.item = icalcomponent_get_first_component(component.calendar.get(),
                                                           name == "VEVENT" ? ICAL_VEVENT_COMPONENT : ICAL_VTODO_COMPONENT);
    }
    return component;
}

qint64 IcsComponentReader::lineOfError(const QString &message, const NumberedLines &lines, qint64 fallback)
{
    const qsizetype colon = message.lastIndexOf(QStringLiteral(": "));
    const QByteArray quoted = message.mid(colon + 2).trimmed().toUtf8();
    if (colon < 0 || quoted.isEmpty())
        return fallback;
    for (const auto &[number, line] : lines) {
        if (line.contains(quoted))
            return number;
    }
    return fallback;
}

} // namespace kartoteka
