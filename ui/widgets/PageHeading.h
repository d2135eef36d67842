#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace kartoteka::ui {

// The large bold title at the top of every page ("pageHeading").
QLabel *createPageHeading(const QString &text, QWidget *parent);
// The line under it that says what the page is for ("pageDescription"), wrapped.
QLabel *createPageDescription(const QString &text, QWidget *parent);

} // namespace kartoteka::ui
