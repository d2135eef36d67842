#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace kartoteka::ui {

// After a new Kartoteka is installed, the first opening of an older database upgrades its
// schema, with a backup first: seconds on a large file. This runs that upgrade off the GUI
// thread, on a connection of its own, behind a progress window, so that the window keeps
// painting; the caller then opens the database as usual (and reports any error then).
class DatabaseUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUpgrade)

public:
    // Whether the file at `path` has an older schema than this Kartoteka's (read from the
    // SQLite header; false for a missing, empty, foreign or newer file).
    static bool isNeeded(const QString &path);
    // Upgrades the file when needed; returns once done (or failed: the open says why).
    static void runIfNeeded(const QString &path, QWidget *window);
};

} // namespace kartoteka::ui
