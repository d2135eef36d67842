#include "TasksPage.h"

namespace kartoteka::ui {

TasksPage::TasksPage(QWidget *parent)
    : PlaceholderPage(tr("Tasks"),
                      tr("Calls, letters, meetings and other tasks: who does what and when, with their state, importance and progress."),
                      parent)
{
}

} // namespace kartoteka::ui
