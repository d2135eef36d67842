#pragma once

#include "segmentation/Segmentation.h"

#include <QColor>

class QChart;

namespace kartoteka::ui {

// The charts of a segmentation result, built the same way for the page and for the printed
// report. The caller owns the returned chart.
//
// Pareto: one bar per ranked client (best first; beyond `maxBars` the rest are summed into one
// "others" bar), the cumulative share as a line on a 0–100 % axis, and the A and B bounds
// drawn as horizontal lines. Bars are coloured by ABC class.
QChart *createParetoChart(const SegmentationResult &result, int maxBars = 40);
// The metric summed per ABC class (bars), with the clients count in each label.
QChart *createClassValueChart(const SegmentationResult &result);

// One colour per ABC class and per ABC×XYZ cell, shared by charts, the matrix and the report.
QColor abcColor(AbcClass abc);
QColor cellColor(AbcClass abc, XyzClass xyz);

} // namespace kartoteka::ui
