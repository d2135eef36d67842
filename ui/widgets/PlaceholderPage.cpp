#include "PlaceholderPage.h"

#include "PageHeading.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kartoteka::ui {

PlaceholderPage::PlaceholderPage(const QString &heading, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_heading(heading)
{
    QLabel *title = createPageHeading(heading, this);
    QLabel *text = createPageDescription(description, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace kartoteka::ui
