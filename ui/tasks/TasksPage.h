#pragma once

#include "widgets/PlaceholderPage.h"

namespace kartoteka::ui {

// Tasks and the contact journal (filled in by a later issue).
class TasksPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit TasksPage(QWidget *parent = nullptr);
};

} // namespace kartoteka::ui
