#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace kartoteka::ui {

PlaceholderPage::PlaceholderPage(const QString &heading, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_heading(heading)
{
    auto *title = new QLabel(heading, this);
    title->setObjectName(QStringLiteral("pageHeading"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);

    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("pageDescription"));
    text->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace kartoteka::ui
