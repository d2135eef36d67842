#include "TaskReportDocument.h"

#include "ReportPages.h"
#include "taskreports/TaskReportCharts.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace kartoteka::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TaskReportDocument)
};

QString reportTitle() { return Text::tr("Task report"); }

// The last day of the period, which ends at the start of the next.
QDate lastDay(const TaskReportResult &result) { return result.parameters.filter.to.addMSecs(-1).toLocalTime().date(); }

void writeReport(const TaskReportResult &result, ReportPages &pages)
{
    const QLocale l;
    const TaskReportParameters &p = result.parameters;
    pages.title(reportTitle());
    std::vector<std::pair<QString, QString>> fields{
        {Text::tr("Period"), Text::tr("%1 – %2")
                                 .arg(l.toString(p.filter.from.toLocalTime().date(), QLocale::LongFormat),
                                      l.toString(lastDay(result), QLocale::LongFormat))},
        {Text::tr("Grouped by"), TaskReport::groupingTitle(p.grouping)},
    };
    fields.insert(fields.end(), result.filterDescription.begin(), result.filterDescription.end());
    fields.emplace_back(Text::tr("Overdue"), Text::tr("not done or cancelled, deadline before %1")
                                                  .arg(l.toString(p.now, QLocale::ShortFormat)));
    pages.fields(fields);

    const auto number = [&l](double value) { return l.toString(value, 'f', 2); };
    const auto measureCells = [&](const TaskReportMeasures &m) {
        return QStringList{l.toString(m.tasks), number(m.plannedHours()), number(m.actualHours()),
                           number(m.expenses),  l.toString(m.done),       l.toString(m.doneOnTime),
                           l.toString(m.overdue)};
    };
    const QStringList titles{Text::tr("Tasks"), Text::tr("Planned h"), Text::tr("Actual h"), Text::tr("Expenses"),
                             Text::tr("Done"),  Text::tr("On time"),   Text::tr("Overdue")};
    const QStringList totals = measureCells(result.totals);
    std::vector<ReportPages::Column> columns{{TaskReport::groupingTitle(p.grouping), 0, Qt::AlignLeft}};
    for (int i = 0; i < titles.size(); ++i)
        columns.push_back({titles.at(i),
                           std::max(pages.textWidth(pages.boldFont(), titles.at(i)),
                                    pages.textWidth(pages.boldFont(), totals.at(i))), // the total is bold
                           Qt::AlignRight});
    const auto writeTable = [&] {
        const std::size_t rowCount = result.rows.size() + 1;
        pages.table(Text::tr("Tasks by %1").arg(TaskReport::groupingTitle(p.grouping).toLower()), columns, rowCount,
                    [&](std::size_t i) {
                        if (i == result.rows.size())
                            return QStringList{Text::tr("Total")} + totals;
                        return QStringList{result.rows[i].name} + measureCells(result.rows[i].measures);
                    },
                    [&](std::size_t i) { return i == result.rows.size(); });
    };
    const auto writeCharts = [&] {
        const double chartHeight = std::min(pages.mm(80), pages.pageHeight() * 0.45);
        pages.heading(Text::tr("Charts"), chartHeight);
        pages.chart(createHoursPerUserChart(result), chartHeight);
        pages.chart(createWorkloadChart(result), chartHeight);
        pages.chart(createStateChart(result), chartHeight);
        pages.chart(createTypeChart(result), chartHeight);
    };
    // A short table reads first; a long one (organizations) goes after the charts, which
    // would otherwise end up behind hundreds of pages.
    if (result.rows.size() <= 30) {
        writeTable();
        writeCharts();
    } else {
        writeCharts();
        writeTable();
    }
}

} // namespace

QString saveTaskReportPdf(const TaskReportResult &result, const QString &path, int *pages)
{
    return saveReportPdf(path, reportTitle(), [&result](ReportPages &p) { writeReport(result, p); }, pages);
}

void previewTaskReport(const TaskReportResult &result, QWidget *parent)
{
    previewReport(reportTitle(), parent, [&result](ReportPages &pages) { writeReport(result, pages); });
}

QString suggestedTaskReportName(const TaskReportResult &result)
{
    return QStringLiteral("tasks-%1-%2-%3")
        .arg(result.parameters.filter.from.toLocalTime().date().toString(Qt::ISODate),
             lastDay(result).toString(Qt::ISODate), taskReportGroupingCode(result.parameters.grouping));
}

} // namespace kartoteka::ui
