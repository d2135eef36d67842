#pragma once

#include <QString>

namespace kartoteka::ui {

// Loads Qt's own translation and Kartoteka's for `language` ("ru", "zh_CN"; empty: the
// QSettings key "language", else the system locale) and installs them in the application.
// Returns whether Kartoteka's translation for the language was found (English has one for its
// plural forms; a language without one gets those too).
bool installTranslations(const QString &language = {});

} // namespace kartoteka::ui
