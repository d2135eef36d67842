#include "TaskReportCsv.h"

#include "importing/CsvCells.h"

#include <QStringList>

namespace kartoteka {

namespace {

QString number(double value) { return QString::number(value, 'f', 2); }

QStringList measureCells(const TaskReportMeasures &m)
{
    return {QString::number(m.tasks),   number(m.plannedHours()),     number(m.actualHours()),
            number(m.expenses),         QString::number(m.done),      QString::number(m.doneOnTime),
            QString::number(m.overdue)};
}

} // namespace

QByteArray TaskReportCsv::toCsv(const TaskReportResult &result)
{
    const QStringList header{TaskReport::groupingTitle(result.parameters.grouping), tr("Tasks"), tr("Planned hours"),
                             tr("Actual hours"), tr("Expenses"), tr("Done"), tr("Done on time"), tr("Overdue")};
    csv::CsvText text;
    QStringList cells;
    for (const QString &title : header)
        cells.append(csv::textCell(title));
    text.addLine(cells);
    for (const TaskReportRow &row : result.rows)
        text.addLine(QStringList{csv::textCell(row.name)} + measureCells(row.measures));
    text.addLine(QStringList{csv::textCell(tr("Total"))} + measureCells(result.totals));
    return text.toUtf8();
}

QString TaskReportCsv::write(const TaskReportResult &result, const QString &path)
{
    return csv::writeFile(toCsv(result), path);
}

} // namespace kartoteka
