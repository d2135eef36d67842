#include "../ApplicationIdentity.h"
#include "CliCommands.h"

#include "storage/Database.h"
#include "widgets/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

using namespace kartoteka;

namespace {

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("Cli", "The database file (default: %1).").arg(Database::defaultPath()),
                      QStringLiteral("PATH")});
}

QString commandList()
{
    QString text = QCoreApplication::translate("Cli", "Commands:") + QLatin1Char('\n');
    for (const cli::Command &command : cli::commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -8)
                    .arg(QCoreApplication::translate("Cli", command.summary));
    return text;
}

// `segment --pdf` paints Qt Charts, which are graphics widgets: it needs a QApplication, on the
// offscreen platform when there is no display. Everything else runs without a GUI.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    bool widgets = false;
    for (int i = 1; i < argc; ++i)
        widgets = widgets || std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0;
    if (!widgets)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char **argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    setKartotekaApplicationIdentity();
    // Messages for people in the user's language (the GUI's choice in the settings, else the system's).
    kartoteka::ui::installTranslations();

    // First pass: find the command among the arguments; unknown options may be the command's.
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Kartoteka CRM from the command line.")
                                     + QLatin1Char('\n') + commandList());
    addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("Cli", "What to do."));
    parser.parse(QCoreApplication::arguments());
    const QString name = parser.positionalArguments().value(0);
    const cli::Command *command = nullptr;
    for (const cli::Command &candidate : cli::commands()) {
        if (name == QLatin1String(candidate.name))
            command = &candidate;
    }
    if (!command) {
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(cli::Done);
        if (name.isEmpty())
            return cli::fail(cli::UsageError, QCoreApplication::translate("Cli", "no command given; see --help."));
        return cli::fail(cli::UsageError, QCoreApplication::translate("Cli", "unknown command «%1»; see --help.").arg(name));
    }

    // Second pass: the command's own options.
    QCommandLineParser commandParser;
    commandParser.setApplicationDescription(QCoreApplication::translate("Cli", command->summary));
    addGlobalOptions(commandParser);
    commandParser.addPositionalArgument(name, QCoreApplication::translate("Cli", command->summary));
    command->addOptions(commandParser);
    if (!commandParser.parse(QCoreApplication::arguments()))
        return cli::fail(cli::UsageError, commandParser.errorText());
    if (commandParser.isSet(QStringLiteral("help")))
        commandParser.showHelp(cli::Done);
    const QString path = commandParser.isSet(QStringLiteral("db")) ? commandParser.value(QStringLiteral("db"))
                                                                    : Database::defaultPath();
    return command->run(commandParser, path);
}
