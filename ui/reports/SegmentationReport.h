#pragma once

#include "segmentation/Segmentation.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kartoteka::ui {

// The printed segmentation report (DESIGN.md, "Segmentation"): title, parameters and date,
// the ABC×XYZ matrix as a table, the Pareto and class charts, then the ranked table and the
// lost clients, paginated with the header row repeated, every page numbered "Page N of M".
// Needs a QApplication (the charts are graphics widgets).

// Writes the report as a PDF on the default page size; returns why it could not be written, or
// an empty string. `pages` receives the page count.
QString saveSegmentationPdf(const SegmentationResult &result, const QString &path, int *pages = nullptr);

// The print preview dialog, printing from it.
void previewSegmentationReport(const SegmentationResult &result, QWidget *parent);
// "segmentation-2025-11-2026-10": a file name for the report or its CSV, without extension.
QString suggestedReportName(const SegmentationResult &result);

} // namespace kartoteka::ui
