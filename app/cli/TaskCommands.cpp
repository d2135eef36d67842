#include "TaskCommands.h"

#include "CliOutput.h"
#include "contacts/UserRepository.h"
#include "reports/TaskReportDocument.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "tasks/TaskReport.h"
#include "tasks/TaskReportCsv.h"
#include "tasks/TaskTypeRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace kartoteka::cli {

namespace {

struct TasksCli
{
    Q_DECLARE_TR_FUNCTIONS(TasksCli)
};

double rounded(double value) { return std::round(value * 100.0) / 100.0; }

QDate readDate(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

// What the options ask for, before the database is opened.
struct Request
{
    QDate from;
    QDate to; // inclusive
    TaskReportGrouping grouping = TaskReportGrouping::User;
    std::vector<Task::State> states;
    QStringList assignees; // logins
    QStringList types;     // type codes
};

// Each option may be given several times or as a comma-separated list.
QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList items;
    for (const QString &value : parser.values(name)) {
        for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    return items;
}

// Reads the options; an empty string means they are fine.
QString readRequest(const QCommandLineParser &parser, Request &request)
{
    // The default period is the current month; a bound alone makes the month it falls in.
    const QDate today = QDate::currentDate();
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasFrom) {
        request.from = readDate(parser.value(QStringLiteral("from")));
        if (!request.from.isValid())
            return TasksCli::tr("--from takes a date as YYYY-MM-DD, not «%1».").arg(parser.value(QStringLiteral("from")));
    }
    if (hasTo) {
        request.to = readDate(parser.value(QStringLiteral("to")));
        if (!request.to.isValid())
            return TasksCli::tr("--to takes a date as YYYY-MM-DD, not «%1».").arg(parser.value(QStringLiteral("to")));
    }
    const QDate month = hasFrom ? request.from : hasTo ? request.to : today;
    if (!hasFrom)
        request.from = QDate(month.year(), month.month(), 1);
    if (!hasTo)
        request.to = QDate(month.year(), month.month(), month.daysInMonth());
    if (request.to < request.from)
        return TasksCli::tr("--to (%1) is before --from (%2).")
            .arg(request.to.toString(Qt::ISODate), request.from.toString(Qt::ISODate));
    if (parser.isSet(QStringLiteral("group-by"))) {
        const auto grouping = taskReportGroupingFromCode(parser.value(QStringLiteral("group-by")));
        if (!grouping)
            return TasksCli::tr("--group-by takes user, type, state or organization, not «%1».")
                .arg(parser.value(QStringLiteral("group-by")));
        request.grouping = *grouping;
    }
    for (const QString &code : listOption(parser, QStringLiteral("state"))) {
        const auto state = Task::stateFromCode(code);
        if (!state)
            return TasksCli::tr("--state takes planned, in_progress, done, cancelled or postponed, not «%1».").arg(code);
        request.states.push_back(*state);
    }
    request.assignees = listOption(parser, QStringLiteral("assignee"));
    request.types = listOption(parser, QStringLiteral("type"));
    return {};
}

QJsonObject measuresJson(const TaskReportMeasures &m)
{
    return QJsonObject{{QStringLiteral("tasks"), m.tasks},
                       {QStringLiteral("planned_hours"), rounded(m.plannedHours())},
                       {QStringLiteral("actual_hours"), rounded(m.actualHours())},
                       {QStringLiteral("expenses"), rounded(m.expenses)},
                       {QStringLiteral("done"), m.done},
                       {QStringLiteral("done_on_time"), m.doneOnTime},
                       {QStringLiteral("overdue"), m.overdue}};
}

QJsonObject resultJson(const TaskReportResult &result, const Request &request)
{
    QJsonArray rows;
    for (const TaskReportRow &row : result.rows) {
        QJsonObject object = measuresJson(row.measures);
        object.insert(QStringLiteral("key"), row.key.isEmpty() ? QJsonValue() : QJsonValue(row.key));
        object.insert(QStringLiteral("name"), row.name);
        rows.append(object);
    }
    QJsonArray states;
    for (const TaskReportRow &row : result.byState)
        states.append(QJsonObject{{QStringLiteral("state"), row.key}, {QStringLiteral("tasks"), row.measures.tasks}});
    QJsonArray types;
    for (const TaskReportRow &row : result.byType)
        types.append(QJsonObject{{QStringLiteral("type"), row.key}, {QStringLiteral("tasks"), row.measures.tasks}});
    QJsonArray days;
    for (const TaskReportDay &day : result.days)
        days.append(QJsonObject{{QStringLiteral("date"), day.day.toString(Qt::ISODate)},
                                {QStringLiteral("tasks"), day.tasks},
                                {QStringLiteral("planned_hours"), rounded(day.plannedHours())}});
    QJsonArray stateFilter;
    for (Task::State state : request.states)
        stateFilter.append(Task::stateCode(state));
    return QJsonObject{{QStringLiteral("from"), request.from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), request.to.toString(Qt::ISODate)},
                       {QStringLiteral("group_by"), taskReportGroupingCode(request.grouping)},
                       {QStringLiteral("now"), sql::fromDateTime(result.parameters.now).toString()},
                       {QStringLiteral("assignees"), QJsonArray::fromStringList(request.assignees)},
                       {QStringLiteral("types"), QJsonArray::fromStringList(request.types)},
                       {QStringLiteral("states"), stateFilter},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("totals"), measuresJson(result.totals)},
                       {QStringLiteral("by_state"), states},
                       {QStringLiteral("by_type"), types},
                       {QStringLiteral("days"), days}};
}

QString hours(double value) { return QString::number(value, 'f', 2); }

// The readable form: the period and filters, then one line per group and the total.
void printTable(const TaskReportResult &result, const Request &request)
{
    QTextStream &o = out();
    o << TasksCli::tr("Task report, %1 to %2, by %3")
             .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate),
                  taskReportGroupingCode(request.grouping))
      << Qt::endl;
    for (const auto &[label, value] : result.filterDescription)
        o << label << QStringLiteral(": ") << value << Qt::endl;
    o << Qt::endl;

    const QStringList titles{TasksCli::tr("Tasks"), TasksCli::tr("Planned h"), TasksCli::tr("Actual h"),
                             TasksCli::tr("Expenses"), TasksCli::tr("Done"), TasksCli::tr("On time"),
                             TasksCli::tr("Overdue")};
    const auto cells = [](const TaskReportMeasures &m) {
        return QStringList{QString::number(m.tasks), hours(m.plannedHours()), hours(m.actualHours()),
                           hours(m.expenses),        QString::number(m.done), QString::number(m.doneOnTime),
                           QString::number(m.overdue)};
    };
    std::vector<int> widths;
    for (const QString &title : titles)
        widths.push_back(int(title.size()));
    const QStringList totalCells = cells(result.totals);
    for (int i = 0; i < totalCells.size(); ++i)
        widths[std::size_t(i)] = std::max(widths[std::size_t(i)], int(totalCells.at(i).size()));
    constexpr int nameWidth = 32;
    const auto line = [&](const QString &name, const QStringList &values) {
        o << fitted(name, nameWidth);
        for (int i = 0; i < values.size(); ++i)
            o << QStringLiteral("  ") << values.at(i).rightJustified(widths[std::size_t(i)]);
        o << QLatin1Char('\n');
    };
    line(QString(), titles);
    for (const TaskReportRow &row : result.rows)
        line(row.name, cells(row.measures));
    line(TasksCli::tr("Total"), totalCells);
    o.flush();
}

// Login -> user id; an empty string on success, else the message (and `code`).
QString resolveUsers(const QSqlDatabase &db, const QStringList &logins, std::vector<qint64> &ids, ExitCode &code)
{
    UserRepository users(db);
    for (const QString &login : logins) {
        auto user = users.findByLogin(login);
        if (!user) {
            code = user.error().kind == DatabaseError::Kind::NotFound ? BadInput : exitCodeFor(user.error());
            return user.error().kind == DatabaseError::Kind::NotFound
                       ? TasksCli::tr("There is no user with the login «%1».").arg(login)
                       : user.error().message;
        }
        ids.push_back(user->id);
    }
    return {};
}

QString resolveTypes(const QSqlDatabase &db, const QStringList &codes, std::vector<qint64> &ids, ExitCode &code)
{
    TaskTypeRepository types(db);
    for (const QString &typeCode : codes) {
        auto type = types.findByCode(typeCode.toLower());
        if (!type) {
            code = type.error().kind == DatabaseError::Kind::NotFound ? BadInput : exitCodeFor(type.error());
            return type.error().kind == DatabaseError::Kind::NotFound
                       ? TasksCli::tr("There is no task type «%1» (call, letter, email, meeting, visit, task, ...).")
                             .arg(typeCode)
                       : type.error().message;
        }
        ids.push_back(type->id);
    }
    return {};
}

ExitCode reportCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    Request request;
    if (const QString problem = readRequest(parser, request); !problem.isEmpty())
        return fail(UsageError, problem);
    ReportOutputs outputs;
    if (const QString problem = outputs.read(parser, databasePath); !problem.isEmpty())
        return fail(UsageError, problem);

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, true))
        return code;
    TaskReportParameters parameters;
    parameters.grouping = request.grouping;
    parameters.now = QDateTime::currentDateTime();
    // Local days: --to is inclusive, so the period ends at the start of the day after it.
    parameters.filter.from = request.from.startOfDay();
    parameters.filter.to = request.to.addDays(1).startOfDay();
    parameters.filter.states = request.states;
    ExitCode code = Done;
    if (QString problem = resolveUsers(db.connection(), request.assignees, parameters.filter.assigneeIds, code);
        !problem.isEmpty())
        return fail(code, problem);
    if (QString problem = resolveTypes(db.connection(), request.types, parameters.filter.typeIds, code);
        !problem.isEmpty())
        return fail(code, problem);

    // An administrator's tool: the command line sees every task, personal ones included.
    auto result = TaskReport(db.connection(), TaskViewer::everything()).run(parameters);
    if (!result)
        return fail(result.error().kind == DatabaseError::Kind::Invalid ? UsageError : exitCodeFor(result.error()),
                    result.error().message);

    QStringList remarks; // what was written besides the output
    if (!outputs.csvPath.isEmpty()) { // "-": csv::writeFile writes to stdout
        if (const QString problem = TaskReportCsv::write(*result, outputs.csvPath); !problem.isEmpty())
            return fail(BadInput, problem);
    }
    if (!outputs.pdfPath.isEmpty()) {
        int pages = 0;
        if (const QString problem = ui::saveTaskReportPdf(*result, outputs.pdfPath, &pages); !problem.isEmpty())
            return fail(BadInput, problem);
        remarks.append(ReportOutputs::pdfWritten(outputs.pdfPath, pages));
    }
    if (outputs.json)
        printJson(resultJson(*result, request));
    else if (!outputs.csvToStdout())
        printTable(*result, request);
    outputs.printRemarks(remarks);
    return Done;
}

} // namespace

void tasksOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("what"), TasksCli::tr("report"));
    parser.addOption({QStringLiteral("from"), TasksCli::tr("First day of the period (default: the month's first)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), TasksCli::tr("Last day of the period, included (default: the month's last)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("assignee"), TasksCli::tr("Only tasks assigned to LOGIN (repeatable)."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("type"), TasksCli::tr("Only tasks of TYPE: call, letter, email, meeting, visit, "
                                                           "task or a custom code (repeatable)."),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("state"), TasksCli::tr("Only tasks in STATE: planned, in_progress, done, cancelled "
                                                            "or postponed (repeatable)."),
                      QStringLiteral("STATE")});
    parser.addOption({QStringLiteral("group-by"), TasksCli::tr("user (default), type, state or organization."),
                      QStringLiteral("GROUP")});
    parser.addOption({QStringLiteral("json"), TasksCli::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("csv"), TasksCli::tr("Write the rows as CSV to FILE (- for stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pdf"), TasksCli::tr("Write the printable report as PDF to FILE."),
                      QStringLiteral("FILE")});
}

ExitCode tasksCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    const QStringList arguments = parser.positionalArguments();
    if (arguments.size() != 2 || arguments.at(1) != QLatin1String("report"))
        return fail(UsageError, TasksCli::tr("tasks takes report; see tasks --help."));
    return reportCommand(parser, databasePath);
}

} // namespace kartoteka::cli
