#include "BuddyLabel.h"

#include <QLabel>

namespace kartoteka::ui {

QLabel *createBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace kartoteka::ui
