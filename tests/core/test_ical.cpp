#include "TestDatabase.h"
#include "TestFiles.h"

#include "contacts/UserRepository.h"
#include "exchange/TasksIcsExport.h"
#include "exchange/TasksIcsImport.h"
#include "importing/ImportBatchRepository.h"
#include "importing/ImportUndo.h"
#include "storage/Sql.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QBuffer>
#include <QFile>

#include <libical/ical.h>

using namespace kartoteka;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
}

QString fixture(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/ics/") + QString::fromLatin1(name);
}

struct Calendar
{
    test::TestDatabase db;
    TaskRepository tasks{db.connection()};
    qint64 user = 0;

    Calendar()
    {
        User anna;
        anna.login = QStringLiteral("anna");
        anna.displayName = QStringLiteral("Анна");
        REQUIRE_FALSE(UserRepository(db.connection()).create(anna));
        user = anna.id;
    }

    qint64 type(const char *code) const
    {
        return TaskTypeRepository(db.connection()).findByCode(QString::fromLatin1(code))->id;
    }

    Task task(const QString &subject, const char *typeCode = "call") const
    {
        Task t;
        t.subject = subject;
        t.typeId = type(typeCode);
        t.authorId = user;
        t.assigneeId = user;
        return t;
    }

    qint64 add(Task t)
    {
        const DatabaseError error = tasks.create(t);
        INFO(error.message.toStdString());
        REQUIRE_FALSE(error);
        return t.id;
    }

    std::vector<Task> all() const
    {
        auto list = TaskRepository(db.connection()).assignedTo(user);
        REQUIRE(list);
        return *list;
    }

    Task bySubject(const QString &subject) const
    {
        for (const Task &t : all()) {
            if (t.subject == subject)
                return t;
        }
        FAIL("no task " << subject.toStdString());
        return {};
    }

    ImportReport import(const QString &path)
    {
        auto report = TasksIcsImport::run(db.database(), path, {user, false, false, {}});
        INFO((report ? QString() : report.error().message).toStdString());
        REQUIRE(report);
        return *report;
    }

    QString writeExport(const QString &name)
    {
        const QString path = db.dir() + QLatin1Char('/') + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        auto written = TasksIcsExport::write(db.connection(), TaskViewer::everything(), {}, file);
        REQUIRE(written);
        return path;
    }
};

struct Parsed
{
    icalcomponent *root = nullptr;
    explicit Parsed(const QByteArray &text) : root(icalparser_parse_string(text.constData())) { REQUIRE(root); }
    ~Parsed() { icalcomponent_free(root); }

    std::vector<icalcomponent *> components(icalcomponent_kind kind) const
    {
        std::vector<icalcomponent *> found;
        for (icalcomponent *c = icalcomponent_get_first_component(root, kind); c;
             c = icalcomponent_get_next_component(root, kind))
            found.push_back(c);
        return found;
    }

    icalcomponent *bySummary(const QString &summary) const
    {
        for (auto kind : {ICAL_VEVENT_COMPONENT, ICAL_VTODO_COMPONENT}) {
            for (icalcomponent *c : components(kind)) {
                if (QString::fromUtf8(icalcomponent_get_summary(c)) == summary)
                    return c;
            }
        }
        FAIL("no component " << summary.toStdString());
        return nullptr;
    }
};

QString propertyText(icalcomponent *c, icalproperty_kind kind)
{
    icalproperty *p = icalcomponent_get_first_property(c, kind);
    return p ? QString::fromUtf8(icalproperty_get_value_as_string(p)) : QString();
}

QDateTime timeOf(icaltimetype t)
{
    return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, t.zone), Qt::UTC);
}

Result<QByteArray> exportAll(const Calendar &c)
{
    return TasksIcsExport::toIcs(c.db.connection(), c.all());
}

} // namespace

TEST_CASE("Tasks export as VEVENTs and VTODOs that libical reads back", "[ical]")
{
    Calendar c;
    const QString tricky = QStringLiteral("Встреча, обед; итоги\nвторая строка — 会议");
    Task meeting = c.task(tricky, "meeting");
    meeting.content = QStringLiteral("Цены: 5 %, 10 %; доставка\\самовывоз\n再见");
    meeting.plannedStart = utc(11, 25, 7);
    meeting.plannedEnd = utc(11, 25, 8, 30);
    meeting.remindAt = utc(11, 25, 6, 45);
    meeting.importance = Task::Importance::High;
    const qint64 meetingId = c.add(meeting);

    Task fair = c.task(QStringLiteral("Выставка"), "visit");
    fair.allDay = true;
    fair.plannedStart = QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::LocalTime);
    fair.plannedEnd = QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::LocalTime);
    c.add(fair);

    Task call = c.task(QStringLiteral("Позвонить"));
    call.state = Task::State::InProgress;
    call.percentComplete = 40;
    call.importance = Task::Importance::Low;
    call.plannedEnd = utc(11, 26, 15);
    call.remindAt = utc(11, 26, 7);
    c.add(call);

    Task invoice = c.task(QStringLiteral("Счёт"), "task");
    invoice.state = Task::State::Done;
    invoice.percentComplete = 100;
    invoice.actualStart = utc(11, 19, 11);
    invoice.actualEnd = utc(11, 19, 12);
    c.add(invoice);

    auto ics = exportAll(c);
    REQUIRE(ics);
    for (const QByteArray &line : ics->split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR: libical folds long lines
    CHECK(ics->contains("\r\n"));
    CHECK(ics->contains("Встреча\\, обед\\; итоги\\nвторая строка"));

    Parsed parsed(*ics);
    CHECK(icalcomponent_isa(parsed.root) == ICAL_VCALENDAR_COMPONENT);
    CHECK(propertyText(parsed.root, ICAL_VERSION_PROPERTY) == QStringLiteral("2.0"));
    CHECK(propertyText(parsed.root, ICAL_PRODID_PROPERTY).contains(QStringLiteral("Kartoteka")));
    CHECK(parsed.components(ICAL_VEVENT_COMPONENT).size() == 2);
    CHECK(parsed.components(ICAL_VTODO_COMPONENT).size() == 2);

    icalcomponent *event = parsed.bySummary(tricky);
    CHECK(icalcomponent_isa(event) == ICAL_VEVENT_COMPONENT);
    CHECK(QString::fromUtf8(icalcomponent_get_description(event)) == meeting.content);
    const QString uid = QString::fromUtf8(icalcomponent_get_uid(event));
    CHECK(uid.startsWith(QStringLiteral("task-%1@kartoteka.").arg(meetingId)));
    CHECK(icaltime_is_utc(icalcomponent_get_dtstart(event)));
    CHECK(timeOf(icalcomponent_get_dtstart(event)) == meeting.plannedStart);
    CHECK(timeOf(icalcomponent_get_dtend(event)) == meeting.plannedEnd);
    CHECK(propertyText(event, ICAL_CATEGORIES_PROPERTY) == QStringLiteral("Meeting"));
    CHECK(propertyText(event, ICAL_PRIORITY_PROPERTY) == QStringLiteral("1"));
    CHECK(propertyText(event, ICAL_STATUS_PROPERTY) == QStringLiteral("CONFIRMED"));
    icalcomponent *alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
    REQUIRE(alarm);
    CHECK(propertyText(alarm, ICAL_ACTION_PROPERTY) == QStringLiteral("DISPLAY"));
    const icaltriggertype trigger = icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
    CHECK(icaldurationtype_as_int(trigger.duration) == -15 * 60);

    icalcomponent *allDay = parsed.bySummary(QStringLiteral("Выставка"));
    CHECK(icaltime_is_date(icalcomponent_get_dtstart(allDay)));
    CHECK(propertyText(allDay, ICAL_DTSTART_PROPERTY) == QStringLiteral("20261127"));
    CHECK(propertyText(allDay, ICAL_DTEND_PROPERTY) == QStringLiteral("20261129")); // exclusive
    CHECK(propertyText(allDay, ICAL_CATEGORIES_PROPERTY) == QStringLiteral("Visit"));

    icalcomponent *todo = parsed.bySummary(QStringLiteral("Позвонить"));
    CHECK(icalcomponent_isa(todo) == ICAL_VTODO_COMPONENT);
    CHECK(timeOf(icalcomponent_get_due(todo)) == call.plannedEnd);
    CHECK(propertyText(todo, ICAL_STATUS_PROPERTY) == QStringLiteral("IN-PROCESS"));
    CHECK(propertyText(todo, ICAL_PERCENTCOMPLETE_PROPERTY) == QStringLiteral("40"));
    CHECK(propertyText(todo, ICAL_PRIORITY_PROPERTY) == QStringLiteral("9"));
    icalcomponent *absolute = icalcomponent_get_first_component(todo, ICAL_VALARM_COMPONENT);
    REQUIRE(absolute);
    const icaltriggertype at = icalproperty_get_trigger(icalcomponent_get_first_property(absolute, ICAL_TRIGGER_PROPERTY));
    CHECK(timeOf(at.time) == call.remindAt);

    icalcomponent *done = parsed.bySummary(QStringLiteral("Счёт"));
    CHECK(propertyText(done, ICAL_STATUS_PROPERTY) == QStringLiteral("COMPLETED"));
    CHECK(timeOf(icalproperty_get_completed(icalcomponent_get_first_property(done, ICAL_COMPLETED_PROPERTY)))
          == invoice.actualEnd);
    CHECK_FALSE(icalcomponent_get_first_component(done, ICAL_VALARM_COMPONENT));
}

TEST_CASE("The export takes the tasks of the filter's period", "[ical]")
{
    Calendar c;
    Task inside = c.task(QStringLiteral("inside"));
    inside.plannedStart = utc(11, 10, 9);
    inside.plannedEnd = utc(11, 10, 10);
    c.add(inside);
    Task outside = c.task(QStringLiteral("outside"));
    outside.plannedStart = utc(12, 10, 9);
    outside.plannedEnd = utc(12, 10, 10);
    c.add(outside);
    TaskFilter filter;
    filter.from = utc(11, 1, 0);
    filter.to = utc(12, 1, 0);
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto written = TasksIcsExport::write(c.db.connection(), TaskViewer::everything(), filter, buffer);
    REQUIRE(written);
    CHECK(*written == 1);
    CHECK(buffer.data().contains("SUMMARY:inside"));
    CHECK_FALSE(buffer.data().contains("outside"));
}

TEST_CASE("Re-importing an exported file updates the same tasks instead of duplicating them", "[ical]")
{
    Calendar c;
    Task meeting = c.task(QStringLiteral("Переговоры"), "meeting");
    meeting.plannedStart = utc(11, 25, 7);
    meeting.plannedEnd = utc(11, 25, 8);
    meeting.remindAt = utc(11, 25, 6, 50);
    meeting.remindedAt = utc(11, 25, 6, 50);
    meeting.state = Task::State::InProgress;
    meeting.percentComplete = 40; // a VEVENT has no PERCENT-COMPLETE: kept as it is
    const qint64 id = c.add(meeting);
    Task todo = c.task(QStringLiteral("Отчёт"), "task");
    todo.plannedEnd = utc(11, 30, 15);
    c.add(todo);
    Task visited = c.task(QStringLiteral("Визит"), "visit");
    visited.plannedStart = utc(11, 20, 7);
    visited.plannedEnd = utc(11, 20, 8);
    visited.state = Task::State::Done;
    visited.percentComplete = 100;
    visited.actualStart = utc(11, 20, 7, 10);
    visited.actualEnd = utc(11, 20, 8, 5); // nor COMPLETED: kept as well
    const qint64 visitedId = c.add(visited);
    const QString path = c.writeExport(QStringLiteral("export.ics"));

    SECTION("an unchanged file changes nothing")
    {
        const ImportReport report = c.import(path);
        CHECK(report.rows == 3);
        CHECK(report.created == 0);
        CHECK(report.merged == 0);
        CHECK(report.skipped == 3);
        CHECK(c.all().size() == 3);
        CHECK(c.tasks.get(id)->remindedAt == meeting.remindedAt); // a shown reminder stays shown
        CHECK(c.tasks.get(id)->percentComplete == 40);
        CHECK(c.tasks.get(visitedId)->actualEnd == visited.actualEnd);
    }
    SECTION("tasks changed here since get the file's values back, and undo restores the changes")
    {
        Task changed = *c.tasks.get(id);
        changed.subject = QStringLiteral("Другое");
        changed.plannedEnd = utc(11, 25, 9);
        REQUIRE_FALSE(c.tasks.update(changed));
        const ImportReport report = c.import(path);
        CHECK(report.created == 0);
        CHECK(report.merged == 1);
        CHECK(c.all().size() == 3);
        Task back = *c.tasks.get(id);
        CHECK(back.subject == QStringLiteral("Переговоры"));
        CHECK(back.plannedEnd == meeting.plannedEnd);
        CHECK(back.remindedAt == meeting.remindedAt);

        REQUIRE_FALSE(ImportUndo::undo(c.db.connection(), report.batchId));
        Task undone = *c.tasks.get(id);
        CHECK(undone.subject == QStringLiteral("Другое"));
        CHECK(undone.plannedEnd == utc(11, 25, 9));
        CHECK(c.all().size() == 3);
    }
    SECTION("a task deleted here since comes back as a new task, once")
    {
        REQUIRE_FALSE(c.tasks.remove(id));
        CHECK(c.import(path).created == 1);
        CHECK(c.all().size() == 3);
        const ImportReport again = c.import(path);
        CHECK(again.created == 0);
        CHECK(c.all().size() == 3);
    }
}

TEST_CASE("A Thunderbird calendar imports with its zones, all-day events, to-dos and alarms", "[ical]")
{
    Calendar c;
    const ImportReport report = c.import(fixture("thunderbird.ics"));
    CHECK(report.rows == 6);
    CHECK(report.created == 5);
    CHECK(report.skipped == 1); // the moved occurrence of the repeating meeting
    CHECK(report.rejects.isEmpty());
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings.at(0).message.contains(QStringLiteral("first occurrence")));
    CHECK(report.warnings.at(0).line == 74);
    CHECK(report.warnings.at(1).line == 84);

    const Task meeting = c.bySubject(QStringLiteral("Встреча с ООО «Северный ветер», обсуждение договора"));
    CHECK(meeting.typeId == c.type("meeting"));
    CHECK(meeting.plannedStart == utc(11, 25, 7));
    CHECK(meeting.plannedEnd == utc(11, 25, 8, 30));
    CHECK(meeting.remindAt == utc(11, 25, 6, 45));
    CHECK(meeting.content == QStringLiteral("Взять проект договора; обсудить скидку.\nВторая строка: 折扣10%"));
    CHECK(meeting.authorId == c.user);
    CHECK(meeting.assigneeId == c.user);
    CHECK(meeting.state == Task::State::Planned);

    const Task fair = c.bySubject(QStringLiteral("Выставка «Продэкспо»"));
    CHECK(fair.allDay);
    CHECK(fair.typeId == c.type("meeting"));
    CHECK(fair.plannedStart.toLocalTime() == QDateTime(QDate(2026, 11, 27), QTime(0, 0), Qt::LocalTime));
    CHECK(fair.plannedEnd.toLocalTime() == QDateTime(QDate(2026, 11, 29), QTime(0, 0), Qt::LocalTime));

    const Task call = c.bySubject(QStringLiteral("Позвонить 王先生 по поводу поставки"));
    CHECK(call.typeId == c.type("call"));
    CHECK(call.state == Task::State::InProgress);
    CHECK(call.percentComplete == 40);
    CHECK(call.importance == Task::Importance::High);
    CHECK(call.plannedStart == utc(11, 26, 6));
    CHECK(call.plannedEnd == utc(11, 26, 15));
    CHECK(call.remindAt == utc(11, 26, 7));

    const Task invoice = c.bySubject(QStringLiteral("Отправить счёт"));
    CHECK(invoice.typeId == c.type("task"));
    CHECK(invoice.state == Task::State::Done);
    CHECK(invoice.percentComplete == 100);
    CHECK(invoice.importance == Task::Importance::Low);
    CHECK(invoice.actualEnd == utc(11, 19, 12));

    const Task weekly = c.bySubject(QStringLiteral("Планёрка"));
    CHECK(weekly.plannedStart == utc(11, 30, 6, 30));

    auto batch = ImportBatchRepository(c.db.connection()).get(report.batchId);
    REQUIRE(batch);
    CHECK(batch->kind == ImportBatch::Kind::Ics);
    CHECK(batch->counts.created == 5);

    // Importing the same file again adds nothing.
    const ImportReport again = c.import(fixture("thunderbird.ics"));
    CHECK(again.created == 0);
    CHECK(c.all().size() == 5);
}

TEST_CASE("A KOrganizer calendar imports with date-only due dates, end-related alarms and floating times", "[ical]")
{
    Calendar c;
    const ImportReport report = c.import(fixture("korganizer.ics"));
    CHECK(report.rows == 3);
    CHECK(report.created == 3);
    CHECK(report.rejects.isEmpty());

    const Task offer = c.bySubject(QStringLiteral("Подготовить коммерческое предложение"));
    CHECK(offer.typeId == c.type("task"));
    CHECK(offer.allDay);
    CHECK_FALSE(offer.plannedStart.isValid());
    CHECK(offer.plannedEnd.toLocalTime() == QDateTime(QDate(2026, 11, 30), QTime(0, 0), Qt::LocalTime));
    CHECK(offer.remindAt == offer.plannedEnd.addDays(-1));
    CHECK(offer.importance == Task::Importance::Low);
    CHECK(offer.content == QStringLiteral("Цены на 2027 год"));

    const Task visit = c.bySubject(QStringLiteral("拜访客户 — 上海办事处"));
    CHECK(visit.typeId == c.type("visit")); // the second category, by code
    CHECK(visit.plannedStart == utc(12, 1, 7));
    CHECK(visit.plannedEnd == utc(12, 1, 8, 30));

    const Task lunch = c.bySubject(QStringLiteral("Обед с партнёром"));
    CHECK(lunch.state == Task::State::Cancelled);
    CHECK(lunch.plannedStart.toLocalTime() == QDateTime(QDate(2026, 12, 2), QTime(13, 0), Qt::LocalTime));
    CHECK(lunch.plannedStart.secsTo(lunch.plannedEnd) == 90 * 60);
}

TEST_CASE("Malformed components are rejected with their lines and the rest is imported", "[ical]")
{
    Calendar c;
    const ImportReport report = c.import(fixture("malformed.ics"));
    CHECK(report.created == 1);
    REQUIRE(report.rejects.size() == 3);
    CHECK(report.rejects.at(0).line == 13);
    CHECK(report.rejects.at(0).reason.contains(QStringLiteral("DTSTART")));
    CHECK(report.rejects.at(1).line == 16);
    CHECK(report.rejects.at(2).line == 17);
    CHECK(report.rejects.at(2).reason.contains(QStringLiteral("ends before it starts")));
    REQUIRE(c.all().size() == 1);
    CHECK(c.all().front().subject == QStringLiteral("Good one"));
}

namespace {

QByteArray officeZone(const char *offset)
{
    return QByteArray("BEGIN:VTIMEZONE\r\nTZID:Office Time\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:") + offset
           + "\r\nTZOFFSETTO:" + offset + "\r\nTZNAME:OT\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
}

QByteArray event(const char *uid, const char *summary, const char *start)
{
    return QByteArray("BEGIN:VEVENT\r\nUID:") + uid + "\r\nSUMMARY:" + summary + "\r\nDTSTART;TZID=Office Time:" + start
           + "\r\nEND:VEVENT\r\n";
}

} // namespace

TEST_CASE("Each calendar of a file reads its times in its own zones, wherever in it they stand", "[ical]")
{
    // Events are parsed one at a time: the zones they name must still be the file's, even
    // defined after them, and a second calendar's zone of the same name is its own.
    Calendar c;
    const QString path = c.db.dir() + QStringLiteral("/zones.ics");
    test::writeFile(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + event("a@x", "In the first", "20261201T100000")
                              + officeZone("+0500") + "END:VCALENDAR\r\n"
                              + "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + officeZone("+0200")
                              + event("b@x", "In the second", "20261201T100000") + "END:VCALENDAR\r\n");
    const ImportReport report = c.import(path);
    CHECK(report.created == 2);
    CHECK(report.rejects.isEmpty());
    CHECK(c.bySubject(QStringLiteral("In the first")).plannedStart == utc(12, 1, 5));
    CHECK(c.bySubject(QStringLiteral("In the second")).plannedStart == utc(12, 1, 8));
}

TEST_CASE("An event cut short by the end of its calendar is rejected with its line, the rest is imported", "[ical]")
{
    Calendar c;
    const QString path = c.db.dir() + QStringLiteral("/cut.ics");
    test::writeFile(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + officeZone("+0300")       // lines 1-11
                              + event("a@x", "Whole", "20261201T100000")                      // 12-16
                              + "BEGIN:VTODO\r\nUID:b@x\r\nSUMMARY:Cut\r\n"                    // 17-19
                              + "END:VCALENDAR\r\n"                                             // 20
                              + "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"                            // 21-22
                              + "END:VEVENT\r\n"                                                // 23
                              + "BEGIN:VTODO\r\nUID:c@x\r\nSUMMARY:After\r\nEND:VTODO\r\nEND:VCALENDAR\r\n");
    const ImportReport report = c.import(path);
    CHECK(report.rows == 3);
    CHECK(report.created == 2);
    REQUIRE(report.rejects.size() == 2);
    CHECK(report.rejects.at(0).line == 17);
    CHECK(report.rejects.at(0).reason.contains(QStringLiteral("END")));
    CHECK(report.rejects.at(1).line == 23);
    CHECK(report.rejects.at(1).reason.contains(QStringLiteral("END:VEVENT")));
    CHECK_FALSE(report.rejects.at(1).reason.contains(QStringLiteral("libical"))); // our reader's finding
    CHECK(c.bySubject(QStringLiteral("Whole")).plannedStart == utc(12, 1, 7));
    CHECK(c.bySubject(QStringLiteral("After")).subject == QStringLiteral("After"));
}

TEST_CASE("An iCalendar import reports its progress, and a cancel writes nothing", "[ical]")
{
    Calendar c;
    QByteArray text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + officeZone("+0300");
    for (int i = 0; i < 400; ++i)
        text += event(QByteArray::number(i).append("@x").constData(), "Many", "20261201T100000");
    const QString path = c.db.dir() + QStringLiteral("/many.ics");
    test::writeFile(path, text + "END:VCALENDAR\r\n");

    std::vector<int> seen;
    TasksIcsImport::Options options{c.user, false, false, {}};
    SECTION("cancelled half way")
    {
        options.progress = [&](int percent) {
            seen.push_back(percent);
            return percent < 50;
        };
        auto report = TasksIcsImport::run(c.db.database(), path, options);
        REQUIRE_FALSE(report);
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
        CHECK(seen.back() == 50);
        CHECK(c.all().empty());
        CHECK(ImportBatchRepository(c.db.connection()).list()->empty());
    }
    SECTION("to the end")
    {
        options.progress = [&](int percent) {
            seen.push_back(percent);
            return true;
        };
        auto report = TasksIcsImport::run(c.db.database(), path, options);
        REQUIRE(report);
        CHECK(report->created == 400);
        CHECK(seen.front() == 0);
        CHECK(seen.back() == 100);
        CHECK(std::is_sorted(seen.begin(), seen.end()));
        CHECK(seen.size() == 101); // once per percent, not once per event
    }
}

TEST_CASE("Times that do not exist are left out with a warning, not silently", "[ical]")
{
    Calendar c;
    const QString path = c.db.dir() + QStringLiteral("/impossible.ics");
    test::writeFile(path, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                          "BEGIN:VEVENT\r\nUID:a@x\r\nSUMMARY:February 30\r\nDTSTART:20260230T100000Z\r\nEND:VEVENT\r\n" // 3-7
                          "BEGIN:VEVENT\r\nUID:b@x\r\nSUMMARY:Hour 25\r\nDTSTART:20261201T250000Z\r\nEND:VEVENT\r\n"    // 8-12
                          "BEGIN:VTODO\r\nUID:c@x\r\nSUMMARY:Fine\r\nDUE;VALUE=DATE:20261205\r\nEND:VTODO\r\n"           // 13-17
                          "END:VCALENDAR\r\n");
    const ImportReport report = c.import(path);
    CHECK(report.created == 3);
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings.at(0).line == 3);
    CHECK(report.warnings.at(0).message.contains(QStringLiteral("20260230T100000Z")));
    CHECK(report.warnings.at(1).line == 8);
    CHECK(report.warnings.at(1).message.contains(QStringLiteral("no date")));
    CHECK_FALSE(c.bySubject(QStringLiteral("February 30")).plannedStart.isValid());
    CHECK_FALSE(c.bySubject(QStringLiteral("Hour 25")).plannedStart.isValid());
    CHECK(c.bySubject(QStringLiteral("Fine")).plannedEnd.isValid());
}

TEST_CASE("A strict iCalendar import writes nothing unless every component can be read", "[ical]")
{
    Calendar c;
    TasksIcsImport::Options strict{c.user, false, true, {}};
    auto refused = TasksIcsImport::run(c.db.database(), fixture("malformed.ics"), strict);
    REQUIRE(refused);
    CHECK_FALSE(refused->written);
    CHECK(refused->rejected() == 3);
    CHECK(refused->created == 0);
    CHECK(c.all().empty());
    CHECK(ImportBatchRepository(c.db.connection()).list()->empty());
    auto clean = TasksIcsImport::run(c.db.database(), fixture("korganizer.ics"), strict);
    REQUIRE(clean);
    CHECK(clean->written);
    CHECK(c.all().size() == 3);
}

TEST_CASE("Files that are not iCalendar are refused and nothing is written", "[ical]")
{
    Calendar c;
    const auto refused = [&](const QByteArray &content) {
        const QString path = c.db.dir() + QStringLiteral("/bad.ics");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        auto report = TasksIcsImport::run(c.db.database(), path, {c.user, false, false, {}});
        REQUIRE_FALSE(report);
        return report.error();
    };
    CHECK(refused("name;phone\nAnna;123\n").kind == DatabaseError::Kind::Invalid);
    CHECK(refused("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:cut off\r\n").message.contains(QStringLiteral("END:VCALENDAR")));
    CHECK(refused("").kind == DatabaseError::Kind::Invalid);
    CHECK(refused("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n").message.contains(QStringLiteral("no events")));
    auto missing = TasksIcsImport::run(c.db.database(), c.db.dir() + QStringLiteral("/none.ics"), {c.user, false, false, {}});
    REQUIRE_FALSE(missing);
    auto nobody = TasksIcsImport::run(c.db.database(), fixture("korganizer.ics"), {0, false, false, {}});
    REQUIRE_FALSE(nobody);
    CHECK(c.all().empty());
    CHECK(ImportBatchRepository(c.db.connection()).list()->empty());
}

TEST_CASE("Undoing an iCalendar import deletes its tasks, and changes by a later import block it", "[ical]")
{
    Calendar c;
    const ImportReport first = c.import(fixture("korganizer.ics"));
    REQUIRE(c.all().size() == 3);

    SECTION("undo")
    {
        REQUIRE_FALSE(ImportUndo::undo(c.db.connection(), first.batchId));
        CHECK(c.all().empty());
        CHECK(ImportBatchRepository(c.db.connection()).get(first.batchId)->isUndone());
        CHECK(c.import(fixture("korganizer.ics")).created == 3); // the UIDs are free again
    }
    SECTION("blocked by a later import that changed its tasks")
    {
        Task visit = c.bySubject(QStringLiteral("Обед с партнёром"));
        visit.subject = QStringLiteral("changed here");
        REQUIRE_FALSE(c.tasks.update(visit));
        const ImportReport second = c.import(fixture("korganizer.ics"));
        CHECK(second.merged == 1);
        const DatabaseError blocked = ImportUndo::undo(c.db.connection(), first.batchId);
        CHECK(blocked.kind == DatabaseError::Kind::Refused);
        CHECK(c.all().size() == 3);
        REQUIRE_FALSE(ImportUndo::undo(c.db.connection(), second.batchId));
        CHECK(c.bySubject(QStringLiteral("changed here")).id == visit.id);
        REQUIRE_FALSE(ImportUndo::undo(c.db.connection(), first.batchId));
        CHECK(c.all().empty());
    }
}

TEST_CASE("Nothing is imported from iCalendar into a read-only database", "[ical]")
{
    Calendar c;
    const QString path = c.db.path();
    Database readOnly;
    Database::Options options;
    options.access = Database::Access::ReadOnly;
    REQUIRE_FALSE(readOnly.open(path, options));
    auto report = TasksIcsImport::run(readOnly, fixture("korganizer.ics"), {1, false, false, {}});
    REQUIRE_FALSE(report);
    CHECK(report.error().kind == DatabaseError::Kind::ReadOnly);
}
