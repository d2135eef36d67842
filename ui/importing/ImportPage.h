#pragma once

#include "widgets/PlaceholderPage.h"

namespace kartoteka::ui {

// Importing legacy client lists (filled in by a later issue).
class ImportPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit ImportPage(QWidget *parent = nullptr);
};

} // namespace kartoteka::ui
