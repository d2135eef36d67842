#pragma once

class QAbstractItemModel;
class QString;
class QTableView;

namespace kartoteka::ui {

// Sets up a list of records the way every page shows one: whole rows selected one at a time,
// read-only, alternating colours, no row numbers, one line per row at a fixed height (the view
// then never measures the rows of a long list).
void setUpRecordTable(QTableView *view, QAbstractItemModel *model, const QString &name);

} // namespace kartoteka::ui
