#pragma once

#include "tasks/TaskReport.h"

class QChart;

namespace kartoteka::ui {

// The four charts of a task report, built the same way for the page and the printed report.
// The caller owns the returned chart.

// Planned and actual hours per user (assignee), two bars each; with more than `maxUsers`
// users the rest are summed into one "Others" pair.
QChart *createHoursPerUserChart(const TaskReportResult &result, int maxUsers = 12);
// Tasks by state: one bar per state, in the states' order.
QChart *createStateChart(const TaskReportResult &result);
// Tasks by type: one bar per type that has tasks, most first.
QChart *createTypeChart(const TaskReportResult &result);
// Planned hours per day of the period: bars up to two months, a line beyond.
QChart *createWorkloadChart(const TaskReportResult &result);

} // namespace kartoteka::ui
