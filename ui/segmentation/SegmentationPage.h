#pragma once

#include "widgets/PlaceholderPage.h"

namespace kartoteka::ui {

// ABC/XYZ analysis of the clients (filled in by a later issue).
class SegmentationPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit SegmentationPage(QWidget *parent = nullptr);
};

} // namespace kartoteka::ui
