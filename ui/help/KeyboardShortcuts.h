#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

class QMenuBar;
class QWidget;

namespace kartoteka::ui::help {

// One command with keys: where it lives (a menu or a page), its text, its keys.
struct Shortcut
{
    QString where;
    QString command;
    QList<QKeySequence> keys;
};

// The keyboard shortcuts of the window, read from its actions at run time, so the help's
// list never goes stale: the menus' first, then each page's own (those that work while the
// page is shown).
class KeyboardShortcuts
{
public:
    // `pages`: each page's name and widget.
    static std::vector<Shortcut> collect(const QMenuBar &menus, const std::vector<std::pair<QString, QWidget *>> &pages);

    // The shortcuts as an HTML table, a heading row per menu or page.
    static QString toHtml(const std::vector<Shortcut> &shortcuts);

    // "&Open database…" → "Open database…"
    static QString plainText(QString text);
};

} // namespace kartoteka::ui::help
