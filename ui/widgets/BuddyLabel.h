#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kartoteka::ui {

// A label whose mnemonic ("&Period:") takes the focus to `buddy`: for fields laid out by hand
// or in a row of several widgets, where no QFormLayout sets the buddy.
QLabel *createBuddyLabel(const QString &text, QWidget *buddy, QWidget *parent);

} // namespace kartoteka::ui
