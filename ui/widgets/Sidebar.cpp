#include "Sidebar.h"

namespace kartoteka::ui {

Sidebar::Sidebar(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("sidebar"));
    setIconSize(QSize(24, 24));
    setSpacing(2);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void Sidebar::addPage(const QIcon &icon, const QString &title)
{
    auto *item = new QListWidgetItem(icon, title, this);
    item->setSizeHint(QSize(0, 36));
}

QSize Sidebar::sizeHint() const
{
    int width = 0;
    for (int row = 0; row < count(); ++row)
        width = std::max(width, fontMetrics().horizontalAdvance(item(row)->text()));
    return {width + iconSize().width() + 48, QListWidget::sizeHint().height()};
}

} // namespace kartoteka::ui
