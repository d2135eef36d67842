#include "ContactsPage.h"

namespace kartoteka::ui {

ContactsPage::ContactsPage(QWidget *parent)
    : PlaceholderPage(tr("Contacts"),
                      tr("The card index: organizations, contact persons, their journal, search and duplicates."),
                      parent)
{
}

} // namespace kartoteka::ui
