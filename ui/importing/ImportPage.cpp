#include "ImportPage.h"

namespace kartoteka::ui {

ImportPage::ImportPage(QWidget *parent)
    : PlaceholderPage(tr("Import"),
                      tr("Bring in client lists from other programs and spreadsheets: CSV files in any encoding, with a preview, field mapping and duplicate checks."),
                      parent)
{
}

} // namespace kartoteka::ui
