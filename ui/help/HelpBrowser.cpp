#include "HelpBrowser.h"

#include "HelpTopics.h"

#include <QTextDocument>

namespace kartoteka::ui::help {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("helpBrowser"));
    setOpenExternalLinks(true);
}

void HelpBrowser::setShortcutsTable(const QString &html)
{
    m_shortcutsTable = html;
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    QVariant resource = QTextBrowser::loadResource(type, name);
    if (type != QTextDocument::HtmlResource)
        return resource;
    QString html = QString::fromUtf8(resource.toByteArray());
    if (!html.contains(shortcutsPlaceholder))
        return resource;
    return html.replace(shortcutsPlaceholder, m_shortcutsTable);
}

} // namespace kartoteka::ui::help
