#pragma once

#include "widgets/PlaceholderPage.h"

namespace kartoteka::ui {

// The card index of organizations and their contact persons (filled in by a later issue).
class ContactsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget *parent = nullptr);
};

} // namespace kartoteka::ui
