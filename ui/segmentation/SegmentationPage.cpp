#include "SegmentationPage.h"

namespace kartoteka::ui {

SegmentationPage::SegmentationPage(QWidget *parent)
    : PlaceholderPage(tr("Segmentation"),
                      tr("Which clients matter: the ABC/XYZ analysis of sales, the nine-cell matrix, the Pareto chart and printed reports."),
                      parent)
{
}

} // namespace kartoteka::ui
