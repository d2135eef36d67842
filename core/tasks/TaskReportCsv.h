#pragma once

#include "TaskReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kartoteka {

// The rows of a task report as a CSV file for people and spreadsheets, written like every
// Kartoteka CSV (csv::CsvText: UTF-8 with a byte order mark, ';', CRLF): a header row, one row
// per group in the report's order, then a "Total" row. Hours and expenses with a decimal point
// to two decimals.
class TaskReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(TaskReportCsv)

public:
    static QByteArray toCsv(const TaskReportResult &result);
    // Writes the file (csv::writeFile: "-" is stdout). Returns why it could not, or an empty string.
    static QString write(const TaskReportResult &result, const QString &path);
};

} // namespace kartoteka
