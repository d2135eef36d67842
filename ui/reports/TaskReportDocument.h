#pragma once

#include "tasks/TaskReport.h"

#include <QString>

class QWidget;

namespace kartoteka::ui {

// The printed task report: title, period, grouping and filters, the table of groups with the
// total and the four charts (hours per user, workload per day, by state, by type; a table of
// more than 30 rows comes after them), on A4 or Letter by locale with "Page N of M"
// (ReportPages). Needs a QApplication (charts).

// Returns why the PDF could not be written, or an empty string; `pages` receives the count.
QString saveTaskReportPdf(const TaskReportResult &result, const QString &path, int *pages = nullptr);
void previewTaskReport(const TaskReportResult &result, QWidget *parent);
// "tasks-2026-11-01-2026-11-30-user": a file name for the report or its CSV, without extension.
QString suggestedTaskReportName(const TaskReportResult &result);

} // namespace kartoteka::ui
