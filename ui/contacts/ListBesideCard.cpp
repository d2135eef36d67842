#include "ListBesideCard.h"

#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace kartoteka::ui {

QVBoxLayout *createListPanel(QWidget *page, QWidget *title, QWidget *description, QWidget *searchBox)
{
    auto *layout = new QVBoxLayout(new QWidget(page));
    layout->setContentsMargins(24, 24, 12, 12);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addWidget(searchBox);
    return layout;
}

void addRecordActions(QWidget *page, QToolBar *toolBar, std::initializer_list<QAction *> actions)
{
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
        toolBar->addAction(action);
    }
}

void layOutListBesideCard(QWidget *page, QVBoxLayout *listPanel, QToolBar *toolBar, QWidget *card,
                          const QString &settingsKey)
{
    auto *cardPanel = new QWidget(page);
    auto *cardLayout = new QVBoxLayout(cardPanel);
    cardLayout->setContentsMargins(12, 24, 24, 12);
    cardLayout->addWidget(toolBar);
    cardLayout->addWidget(card, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(page->objectName() + QStringLiteral("Splitter"));
    splitter->addWidget(listPanel->parentWidget());
    splitter->addWidget(cardPanel);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 420});
    splitter->restoreState(QSettings().value(settingsKey).toByteArray());
    QObject::connect(splitter, &QSplitter::splitterMoved, page,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

} // namespace kartoteka::ui
