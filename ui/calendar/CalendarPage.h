#pragma once

#include "widgets/PlaceholderPage.h"

namespace kartoteka::ui {

// The calendar views and the daily agenda (filled in by a later issue).
class CalendarPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit CalendarPage(QWidget *parent = nullptr);
};

} // namespace kartoteka::ui
