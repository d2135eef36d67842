#include "HelpTopics.h"

#include <QFile>

// kartoteka_ui is a static library: its resources need registering, once.
static void initHelpResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(kartoteka_help);
        return true;
    }();
    Q_UNUSED(registered);
}

namespace kartoteka::ui::help {

std::vector<Topic> allTopics()
{
    return {Topic::Welcome,      Topic::Contacts, Topic::Tasks,  Topic::Calendar,
            Topic::Segmentation, Topic::Reports,  Topic::Import, Topic::Shortcuts};
}

QString fileName(Topic topic)
{
    switch (topic) {
    case Topic::Welcome:
        return QStringLiteral("welcome.html");
    case Topic::Contacts:
        return QStringLiteral("contacts.html");
    case Topic::Tasks:
        return QStringLiteral("tasks.html");
    case Topic::Calendar:
        return QStringLiteral("calendar.html");
    case Topic::Segmentation:
        return QStringLiteral("segmentation.html");
    case Topic::Reports:
        return QStringLiteral("reports.html");
    case Topic::Import:
        return QStringLiteral("import.html");
    case Topic::Shortcuts:
        return QStringLiteral("shortcuts.html");
    }
    return {};
}

std::optional<Topic> topicOfFile(const QString &name)
{
    for (const Topic topic : allTopics()) {
        if (fileName(topic) == name)
            return topic;
    }
    return std::nullopt;
}

Topic topicFor(std::optional<MainWindow::Page> page)
{
    if (!page)
        return Topic::Welcome;
    switch (*page) {
    case MainWindow::Page::Contacts:
        return Topic::Contacts;
    case MainWindow::Page::Tasks:
        return Topic::Tasks;
    case MainWindow::Page::Calendar:
        return Topic::Calendar;
    case MainWindow::Page::Segmentation:
        return Topic::Segmentation;
    case MainWindow::Page::Reports:
        return Topic::Reports;
    case MainWindow::Page::Import:
        return Topic::Import;
    }
    return Topic::Welcome;
}

QStringList languages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
}

QString languageFor(const QLocale &locale)
{
    initHelpResources();
    const QString probe = fileName(Topic::Welcome);
    // "zh-Hans-CN" tries zh_Hans_CN, zh_Hans, zh; "zh-CN" tries zh_CN: the same walk as QTranslator.
    for (QString name : locale.uiLanguages()) {
        name.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (;;) {
            if (languages().contains(name) && QFile::exists(QStringLiteral(":/help/%1/%2").arg(name, probe)))
                return name;
            const qsizetype rightmost = name.lastIndexOf(QLatin1Char('_'));
            if (rightmost <= 0)
                break;
            name.truncate(rightmost);
        }
    }
    return QStringLiteral("en");
}

QUrl urlOf(Topic topic, const QString &language)
{
    initHelpResources();
    return QUrl(QStringLiteral("qrc:/help/%1/%2").arg(language, fileName(topic)));
}

} // namespace kartoteka::ui::help
