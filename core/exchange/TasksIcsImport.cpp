#include "TasksIcsImport.h"

#include "IcsComponentReader.h"
#include "IcsSupport.h"
#include "importing/CsvImport.h"
#include "importing/ImportBackup.h"
#include "importing/ImportBatchRepository.h"
#include "importing/ImportChangeRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kartoteka {

namespace {

// One VEVENT or VTODO as read, before it meets the database.
struct Entry
{
    qint64 line = 0;
    Task task;
    QString uid;
    QStringList categories;
    bool event = false;
    // What VEVENTs cannot carry (RFC 5545): an update keeps the task's own values then.
    bool hasPercent = false;
    bool hasCompleted = false;
    QString reject;
    QStringList warnings;
};

// The first X-LIC-ERROR libical left in `component` or one of its parts (VALARM), or empty.
// An empty property (KOrganizer's alarms have "DESCRIPTION:") is no error: libical drops it.
QString firstError(icalcomponent *component)
{
    for (icalproperty *error = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); error;
         error = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
        const QString message = ics::text(icalproperty_get_xlicerror(error)).simplified();
        if (!message.startsWith(QLatin1String("No value for")))
            return message;
    }
    for (icalcomponent *part = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); part;
         part = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)) {
        if (QString error = firstError(part); !error.isEmpty())
            return error;
    }
    return {};
}

const char *tzidOf(icalproperty *property)
{
    return property ? icalproperty_get_parameter_as_string(property, "TZID") : nullptr;
}

// The time of a DTSTART, DTEND or DUE; invalid when it does not exist: libical takes 30 February
// or hour 25 as written, and would turn the latter into the next day.
QDateTime readableTime(const icaltimetype &value, const char *tzid)
{
    if (!icaltime_is_date(value) && (value.hour > 23 || value.minute > 59 || value.second > 60))
        return {};
    return ics::toDateTime(value, tzid);
}

Task::State stateOf(icalcomponent *c, bool event)
{
    if (icalproperty *exact = icalcomponent_get_first_property(c, ICAL_X_PROPERTY)) {
        for (; exact; exact = icalcomponent_get_next_property(c, ICAL_X_PROPERTY)) {
            if (qstricmp(icalproperty_get_x_name(exact), "X-KARTOTEKA-STATE") == 0) {
                if (auto state = Task::stateFromCode(ics::text(icalproperty_get_x(exact)).trimmed()))
                    return *state;
            }
        }
    }
    icalproperty *status = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY);
    switch (status ? icalproperty_get_status(status) : ICAL_STATUS_NONE) {
    case ICAL_STATUS_CANCELLED:
        return Task::State::Cancelled;
    case ICAL_STATUS_INPROCESS:
        return Task::State::InProgress;
    case ICAL_STATUS_COMPLETED:
        return Task::State::Done;
    default:
        break;
    }
    if (!event && icalcomponent_get_first_property(c, ICAL_COMPLETED_PROPERTY))
        return Task::State::Done;
    return Task::State::Planned;
}

Task::Importance importanceOf(icalcomponent *c)
{
    icalproperty *priority = icalcomponent_get_first_property(c, ICAL_PRIORITY_PROPERTY);
    const int value = priority ? icalproperty_get_priority(priority) : 0;
    if (value >= 1 && value <= 4)
        return Task::Importance::High;
    if (value >= 6 && value <= 9)
        return Task::Importance::Low;
    return Task::Importance::Normal; // 5, or 0 and absent: undefined
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(TasksIcsImport)

public:
    Entry read(const IcsComponentReader::Component &component) const
    {
        Entry entry;
        entry.line = component.line;
        icalcomponent *c = component.item;
        if (!c) {
            entry.reject = tr("libical cannot read it");
            return entry;
        }
        entry.event = icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT;
        if (component.unclosed) {
            entry.reject = tr("its END line is missing");
            return entry;
        }
        if (const QString error = firstError(c); !error.isEmpty()) {
            entry.line = IcsComponentReader::lineOfError(error, component.lines, component.line);
            entry.reject = tr("libical cannot read it: %1").arg(error);
            return entry;
        }
        Task &task = entry.task;
        entry.uid = ics::text(icalcomponent_get_uid(c)).trimmed();
        task.subject = ics::text(icalcomponent_get_summary(c)).trimmed();
        if (task.subject.isEmpty()) {
            task.subject = tr("(no title)");
            entry.warnings.append(tr("it has no title (SUMMARY)"));
        }
        task.content = ics::text(icalcomponent_get_description(c));
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_CATEGORIES_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_CATEGORIES_PROPERTY))
            entry.categories.append(ics::text(icalproperty_get_categories(p)).trimmed());

        icalproperty *start = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY);
        if (start) {
            const icaltimetype value = icalcomponent_get_dtstart(c);
            task.plannedStart = readableTime(value, tzidOf(start));
            task.allDay = icaltime_is_date(value);
        }
        if (entry.event) {
            icalproperty *end = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY);
            if (start && (end || icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY)))
                task.plannedEnd = readableTime(icalcomponent_get_dtend(c), tzidOf(end ? end : start));
            else if (start && task.allDay) // a one-day event (RFC 5545, 3.6.1)
                task.plannedEnd = task.plannedStart.addDays(1);
        } else {
            icalproperty *due = icalcomponent_get_first_property(c, ICAL_DUE_PROPERTY);
            if (due || (start && icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY))) {
                const icaltimetype value = icalcomponent_get_due(c);
                task.plannedEnd = readableTime(value, tzidOf(due ? due : start));
                if (!start)
                    task.allDay = icaltime_is_date(value);
            }
        }
        // libical reads 30 February or hour 25 without complaint; the time is left out, and said.
        for (icalproperty *time : {start, icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY),
                                   icalcomponent_get_first_property(c, ICAL_DUE_PROPERTY)}) {
            if (time && !readableTime(icalvalue_get_datetime(icalproperty_get_value(time)), tzidOf(time)).isValid())
                entry.warnings.append(tr("«%1» is no date; it was left out").arg(ics::text(icalproperty_as_ical_string(time)).trimmed()));
        }
        if (task.plannedStart.isValid() && task.plannedEnd.isValid() && task.plannedEnd < task.plannedStart) {
            entry.reject = tr("it ends before it starts");
            return entry;
        }

        task.state = stateOf(c, entry.event);
        task.importance = importanceOf(c);
        if (icalproperty *percent = icalcomponent_get_first_property(c, ICAL_PERCENTCOMPLETE_PROPERTY)) {
            task.percentComplete = std::clamp(icalproperty_get_percentcomplete(percent), 0, 100);
            entry.hasPercent = true;
        }
        if (task.state == Task::State::Done) {
            task.percentComplete = 100;
            entry.hasPercent = true;
        }
        if (icalproperty *completed = icalcomponent_get_first_property(c, ICAL_COMPLETED_PROPERTY)) {
            task.actualEnd = ics::toDateTime(icalproperty_get_completed(completed));
            entry.hasCompleted = true;
        }
        readAlarm(c, entry);
        if (icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY)
            || icalcomponent_get_first_property(c, ICAL_RDATE_PROPERTY))
            entry.warnings.append(tr("it repeats; only its first occurrence was imported"));
        return entry;
    }

private:
    // The first alarm's time, absolute or relative to the start (or, RELATED=END, the end).
    static void readAlarm(icalcomponent *c, Entry &entry)
    {
        for (icalcomponent *alarm = icalcomponent_get_first_component(c, ICAL_VALARM_COMPONENT); alarm;
             alarm = icalcomponent_get_next_component(c, ICAL_VALARM_COMPONENT)) {
            icalproperty *property = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
            if (!property)
                continue;
            const icaltriggertype trigger = icalproperty_get_trigger(property);
            if (!icaltime_is_null_time(trigger.time)) {
                entry.task.remindAt = ics::toDateTime(trigger.time);
                return;
            }
            icalparameter *related = icalproperty_get_first_parameter(property, ICAL_RELATED_PARAMETER);
            const bool fromEnd = (related && icalparameter_get_related(related) == ICAL_RELATED_END)
                                 || !entry.task.plannedStart.isValid();
            const QDateTime base = fromEnd ? entry.task.plannedEnd : entry.task.plannedStart;
            if (!base.isValid()) {
                entry.warnings.append(tr("its reminder is relative to a time it does not have; it was left out"));
                return;
            }
            entry.task.remindAt = base.addSecs(icaldurationtype_as_int(trigger.duration)).toUTC();
            return;
        }
    }
};

// Writes the entries of one file into the database, inside the caller's transaction.
class Writer
{
    Q_DECLARE_TR_FUNCTIONS(TasksIcsImport)

public:
    Writer(const QSqlDatabase &db, qint64 batchId, qint64 userId, ics::TaskUid uids, std::vector<TaskType> types)
        : m_db(db), m_tasks(db), m_changes(db), m_batchId(batchId), m_userId(userId), m_uids(std::move(uids)),
          m_types(std::move(types))
    {
    }

    // Counts the entry in `report`; a rejected one is listed there. An error stops the import.
    DatabaseError write(Entry &entry, ImportReport &report)
    {
        auto type = typeOf(entry);
        if (!type)
            return type.error();
        entry.task.typeId = *type;
        auto existing = existingTask(entry.uid);
        if (!existing)
            return existing.error();
        DatabaseError error = *existing ? update(**existing, entry, report) : create(entry, report);
        if (error.kind == DatabaseError::Kind::Invalid) {
            report.rejects.append({entry.line, error.message, {}});
            return {};
        }
        return error;
    }

private:
    Result<qint64> typeOf(const Entry &entry) const
    {
        QStringList names = entry.categories;
        if (entry.categories.size() > 1) // libical writes a comma inside a category unescaped
            names.append(entry.categories.join(QStringLiteral(", ")));
        for (const QString &name : names) {
            for (const TaskType &type : m_types) {
                if (name.compare(type.name, Qt::CaseInsensitive) == 0 || name.compare(type.code, Qt::CaseInsensitive) == 0)
                    return type.id;
            }
        }
        const QString fallback = entry.event ? QStringLiteral("meeting") : QStringLiteral("task");
        for (const TaskType &type : m_types) {
            if (type.code == fallback)
                return type.id;
        }
        return DatabaseError(DatabaseError::Kind::NotFound, tr("The task type «%1» is missing.").arg(fallback));
    }

    // The task this UID stands for: one imported with it before, or one of ours exported.
    Result<std::optional<qint64>> existingTask(const QString &uid) const
    {
        if (uid.isEmpty())
            return std::optional<qint64>();
        auto stored = sql::exec(m_db, QStringLiteral("SELECT id FROM tasks WHERE ical_uid = ?"), {uid});
        if (!stored)
            return stored.error();
        if (stored->next())
            return std::optional<qint64>(stored->value(0).toLongLong());
        if (const auto own = m_uids.taskId(uid)) {
            auto count = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM tasks WHERE id = ?"), {*own});
            if (!count)
                return count.error();
            if (count->toInt() > 0)
                return std::optional<qint64>(*own);
        }
        return std::optional<qint64>();
    }

    DatabaseError create(const Entry &entry, ImportReport &report)
    {
        Task task = entry.task;
        task.authorId = m_userId;
        task.assigneeId = m_userId;
        task.importBatchId = m_batchId;
        if (DatabaseError error = m_tasks.create(task))
            return error;
        if (!entry.uid.isEmpty()) {
            auto stored = sql::exec(m_db, QStringLiteral("UPDATE tasks SET ical_uid = ? WHERE id = ?"), {entry.uid, task.id});
            if (!stored)
                return stored.error();
        }
        ++report.created;
        return {};
    }

    // Changes the imported columns of task `id`, keeping the previous values for undo.
    DatabaseError update(qint64 id, const Entry &entry, ImportReport &report)
    {
        const Task &imported = entry.task;
        auto old = m_tasks.get(id);
        if (!old)
            return old.error();
        Task task = *old;
        task.subject = imported.subject;
        task.content = imported.content;
        task.typeId = imported.typeId;
        task.state = imported.state;
        task.importance = imported.importance;
        if (entry.hasPercent)
            task.percentComplete = imported.percentComplete;
        task.allDay = imported.allDay;
        task.plannedStart = imported.plannedStart;
        task.plannedEnd = imported.plannedEnd;
        if (entry.hasCompleted)
            task.actualEnd = imported.actualEnd;
        if (task.remindAt != imported.remindAt) // the same reminder, once shown, is not shown again
            task.remindedAt = QDateTime();
        task.remindAt = imported.remindAt;

        const QStringList columns = TaskMapping::columns();
        const QVariantList before = TaskMapping::values(*old);
        QJsonObject previous;
        bool changed = false;
        const QVariantList after = TaskMapping::values(task);
        for (const QString &column : ImportChange::importedTaskColumns()) {
            const qsizetype i = columns.indexOf(column);
            previous.insert(column, QJsonValue::fromVariant(before.at(i)));
            if (column != QLatin1String("updated_at") && before.at(i) != after.at(i))
                changed = true;
        }
        if (!changed) {
            ++report.skipped;
            return {};
        }
        if (DatabaseError error = m_tasks.update(task))
            return error;
        ImportChange change;
        change.batchId = m_batchId;
        change.entity = ImportChange::Entity::Task;
        change.entityId = id;
        change.action = ImportChange::Action::Updated;
        change.previous = QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact));
        if (DatabaseError error = m_changes.record(change))
            return error;
        ++report.merged;
        return {};
    }

    QSqlDatabase m_db;
    TaskRepository m_tasks;
    ImportChangeRepository m_changes;
    qint64 m_batchId;
    qint64 m_userId;
    ics::TaskUid m_uids;
    std::vector<TaskType> m_types;
};

} // namespace

Result<ImportReport> TasksIcsImport::run(Database &db, const QString &path, const Options &options)
{
    if (DatabaseError error = ImportBackup::refuseReadOnly(db))
        return error;
    if (options.userId <= 0)
        return DatabaseError(DatabaseError::Kind::Invalid, tr("Imported tasks need a user to belong to."));
    auto components = IcsComponentReader::open(path);
    if (!components)
        return components.error();
    if (components->componentCount() == 0 && components->strays().empty())
        return DatabaseError(DatabaseError::Kind::Invalid, tr("«%1» holds no events or to-dos.").arg(path));

    ImportReport report;
    report.encoding = QStringLiteral("UTF-8");
    if (options.backupFirst) {
        if (DatabaseError error = ImportBackup::take(db, report.backupPath))
            return error;
    }
    const QSqlDatabase connection = db.connection();
    Transaction transaction(connection);
    if (transaction.beginError())
        return transaction.beginError();
    auto uids = ics::TaskUid::of(connection);
    if (!uids)
        return uids.error();
    auto types = TaskTypeRepository(connection).list();
    if (!types)
        return types.error();
    ImportBatchRepository batches(connection);
    ImportBatch batch;
    batch.kind = ImportBatch::Kind::Ics;
    batch.filePath = QFileInfo(path).absoluteFilePath();
    batch.encoding = report.encoding;
    batch.userId = options.userId;
    if (DatabaseError error = batches.create(batch))
        return error;
    report.batchId = batch.id;

    for (const IcsComponentReader::Stray &stray : components->strays())
        report.rejects.append({stray.line, stray.reason, {}});
    Writer writer(connection, batch.id, options.userId, *uids, *types);
    const Reader reader;
    int percent = -1;
    for (;;) {
        if (const int now = int(report.rows * 100 / std::max<qint64>(components->componentCount(), 1));
            options.progress && now != percent) {
            percent = now;
            if (!options.progress(percent))
                return CsvImport::cancelled();
        }
        auto component = components->next();
        if (!component)
            return component.error();
        if (!*component)
            break;
        ++report.rows;
        if ((*component)->item && icalcomponent_get_first_property((*component)->item, ICAL_RECURRENCEID_PROPERTY)) {
            ++report.skipped;
            report.warnings.append({(*component)->line, QStringLiteral("RECURRENCE-ID"),
                                    tr("a changed occurrence of a repeating event was skipped")});
            continue;
        }
        Entry entry = reader.read(**component);
        for (const QString &warning : entry.warnings)
            report.warnings.append({entry.line, QString(), warning});
        if (!entry.reject.isEmpty()) {
            report.rejects.append({entry.line, entry.reject, {}});
            continue;
        }
        if (DatabaseError error = writer.write(entry, report))
            return error;
    }
    std::stable_sort(report.rejects.begin(), report.rejects.end(),
                     [](const RejectedRow &a, const RejectedRow &b) { return a.line < b.line; });
    std::stable_sort(report.warnings.begin(), report.warnings.end(),
                     [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
    if (options.strict && !report.rejects.isEmpty()) {
        transaction.rollback();
        report.forgetWrites();
        return report;
    }

    ImportCounts counts;
    counts.rowsRead = report.rows;
    counts.created = report.created;
    counts.merged = report.merged;
    counts.skipped = report.skipped;
    counts.rejected = report.rejected();
    if (DatabaseError error = batches.finish(batch.id, counts))
        return error;
    if (DatabaseError error = transaction.commit())
        return error;
    report.written = true;
    return report;
}

} // namespace kartoteka
