#pragma once

#include <QTextBrowser>

namespace kartoteka::ui::help {

// Shows the help pages; puts the shortcuts table generated from the window's actions where a
// page has the shortcuts placeholder.
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    void setShortcutsTable(const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

private:
    QString m_shortcutsTable;
};

} // namespace kartoteka::ui::help
