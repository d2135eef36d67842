#pragma once

#include <QString>

#include <initializer_list>

class QAction;
class QToolBar;
class QVBoxLayout;
class QWidget;

namespace kartoteka::ui {

// What the two tabs of Contacts (organizations, persons) share: a list panel on the left, the
// record's toolbar and card on the right, split by a handle whose place is remembered.

// The list panel's column (its widget is the layout's parentWidget()): its margins, and at the
// top the page's title, description and search box; the caller adds its filters, its list and
// its count line below.
QVBoxLayout *createListPanel(QWidget *page, QWidget *title, QWidget *description, QWidget *searchBox);

// New, Edit, Archive and Delete on `toolBar`, their shortcuts working anywhere on `page`.
void addRecordActions(QWidget *page, QToolBar *toolBar, std::initializer_list<QAction *> actions);

// Fills `page` with the list panel beside the toolbar and card; the split is kept in the
// settings under `settingsKey`.
void layOutListBesideCard(QWidget *page, QVBoxLayout *listPanel, QToolBar *toolBar, QWidget *card,
                          const QString &settingsKey);

} // namespace kartoteka::ui
