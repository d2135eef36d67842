#include "PageHeading.h"

#include <QLabel>

namespace kartoteka::ui {

QLabel *createPageHeading(const QString &text, QWidget *parent)
{
    auto *title = new QLabel(text, parent);
    title->setObjectName(QStringLiteral("pageHeading"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    return title;
}

QLabel *createPageDescription(const QString &text, QWidget *parent)
{
    auto *description = new QLabel(text, parent);
    description->setObjectName(QStringLiteral("pageDescription"));
    description->setWordWrap(true);
    return description;
}

} // namespace kartoteka::ui
