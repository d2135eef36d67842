#include "ReportButton.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QToolButton>

namespace kartoteka::ui {

QToolButton *ReportButton::create(QWidget *page, const QString &toolTip, const Actions &actions)
{
    auto *button = new QToolButton(page);
    button->setObjectName(QStringLiteral("reportButton"));
    button->setText(tr("Re&port"));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolTip(toolTip);
    auto *menu = new QMenu(button);
    QAction *print = menu->addAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                                     tr("&Print preview…"), page, actions.printPreview);
    print->setShortcut(QKeySequence::Print);
    print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(print);
    menu->addAction(QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Save as P&DF…"), page, actions.savePdf);
    menu->addAction(QIcon::fromTheme(QStringLiteral("text-csv")), tr("Export &CSV…"), page, actions.exportCsv);
    button->setMenu(menu);
    return button;
}

} // namespace kartoteka::ui
