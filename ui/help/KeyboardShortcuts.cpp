#include "KeyboardShortcuts.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QWidget>

#include <algorithm>

namespace kartoteka::ui::help {

namespace {

void collectMenu(const QMenu &menu, const QString &where, std::vector<Shortcut> &found)
{
    for (QAction *action : menu.actions()) {
        if (QMenu *submenu = action->menu())
            collectMenu(*submenu, where, found);
        else if (!action->isSeparator() && !action->shortcuts().isEmpty())
            found.push_back({where, KeyboardShortcuts::plainText(action->text()), action->shortcuts()});
    }
}

} // namespace

std::vector<Shortcut> KeyboardShortcuts::collect(const QMenuBar &menus,
                                                 const std::vector<std::pair<QString, QWidget *>> &pages)
{
    std::vector<Shortcut> found;
    for (QAction *top : menus.actions()) {
        if (top->menu())
            collectMenu(*top->menu(), plainText(top->text()), found);
    }
    for (const auto &[name, page] : pages) {
        for (const QAction *action : page->findChildren<QAction *>()) {
            if (action->shortcuts().isEmpty() || action->text().isEmpty())
                continue;
            Shortcut shortcut{name, plainText(action->text()), action->shortcuts()};
            // Twin views of a page (organizations and persons) may share a command.
            const bool seen = std::any_of(found.begin(), found.end(), [&](const Shortcut &other) {
                return other.where == shortcut.where && other.command == shortcut.command && other.keys == shortcut.keys;
            });
            if (!seen)
                found.push_back(std::move(shortcut));
        }
    }
    return found;
}

QString KeyboardShortcuts::toHtml(const std::vector<Shortcut> &shortcuts)
{
    QString html = QStringLiteral("<table class=\"shortcuts\" border=\"0\" cellspacing=\"0\" cellpadding=\"4\">");
    QString where;
    for (const Shortcut &shortcut : shortcuts) {
        if (shortcut.where != where) {
            where = shortcut.where;
            html += QStringLiteral("<tr><th colspan=\"2\" align=\"left\"><br/>%1</th></tr>").arg(where.toHtmlEscaped());
        }
        QStringList keys;
        for (const QKeySequence &key : shortcut.keys)
            keys.append(QStringLiteral("<b>%1</b>").arg(key.toString(QKeySequence::NativeText).toHtmlEscaped()));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(shortcut.command.toHtmlEscaped())
                    .arg(keys.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</table>");
}

QString KeyboardShortcuts::plainText(QString text)
{
    // Chinese and Japanese menus put the mnemonic after the text: "文件(&F)".
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\s*\\(&[^&]\\)"));
    text.remove(trailingMnemonic);
    // "&&" is a literal ampersand; a lone "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
}

} // namespace kartoteka::ui::help
