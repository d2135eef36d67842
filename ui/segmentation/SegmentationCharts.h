#pragma once

#include "segmentation/Segmentation.h"

#include <QColor>

class QChart;

namespace kartoteka::ui {

// The charts of a segmentation result, built the same way for the page and for the printed
// report. The caller owns the returned chart.
//
// Pareto: one bar per ranked client, best first, or when there are more than `maxBars`, one
// bar per group of consecutive ranks (equal groups, so that the curve keeps its shape: "20 %
// of the clients bring 80 %"); the cumulative share as a line on a 0–100 % axis, and the A
// and B bounds drawn as horizontal lines. Bars are stacked by ABC class in the class colours.
QChart *createParetoChart(const SegmentationResult &result, int maxBars = 40);

// The clients of one Pareto bar: indexes into result.clients, `first` included, `last` not.
struct ParetoBar
{
    int first = 0;
    int last = 0;
};
ParetoBar paretoBar(const SegmentationResult &result, int maxBars, int bar);
// The metric summed per ABC class (bars), with the clients count in each label.
QChart *createClassValueChart(const SegmentationResult &result);

// One colour per ABC class and per ABC×XYZ cell, shared by charts, the matrix and the report.
QColor abcColor(AbcClass abc);
QColor cellColor(AbcClass abc, XyzClass xyz);

} // namespace kartoteka::ui
