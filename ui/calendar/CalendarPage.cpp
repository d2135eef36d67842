#include "CalendarPage.h"

namespace kartoteka::ui {

CalendarPage::CalendarPage(QWidget *parent)
    : PlaceholderPage(tr("Calendar"),
                      tr("Planned work by day, week, decade and month, and the daily schedule with reminders."),
                      parent)
{
}

} // namespace kartoteka::ui
