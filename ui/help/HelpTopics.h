#pragma once

#include "MainWindow.h"

#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace kartoteka::ui::help {

// The pages of the built-in help, one HTML file per topic and language (:/help/LANG/FILE).
enum class Topic { Welcome, Contacts, Tasks, Calendar, Segmentation, Reports, Import, Shortcuts };

// Every topic, in the order the help lists them.
std::vector<Topic> allTopics();

// The file of a topic, e.g. "contacts.html".
QString fileName(Topic topic);

// The topic whose file is `fileName`, if any.
std::optional<Topic> topicOfFile(const QString &fileName);

// The topic about a page of the main window; nullopt (the welcome page shown) is "Welcome".
Topic topicFor(std::optional<MainWindow::Page> page);

// The help languages there are ("en", "ru", "zh_CN").
QStringList languages();

// The help language for a locale: the first of its UI languages that has help, as
// QTranslator picks the translation, else English.
QString languageFor(const QLocale &locale);

// qrc:/help/LANG/FILE.
QUrl urlOf(Topic topic, const QString &language);

// Where the shortcuts page wants the table generated from the window's actions.
inline constexpr QLatin1String shortcutsPlaceholder{"<!--shortcuts-->"};

} // namespace kartoteka::ui::help
