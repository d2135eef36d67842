// kartoteka: the GUI. Parses the command line, loads the translations, opens the database
// and shows the main window.
#include "../ApplicationIdentity.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "storage/DatabaseController.h"
#include "widgets/Translations.h"

#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdlib>

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    setKartotekaApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Kartoteka"));
    QApplication::setDesktopFileName(QStringLiteral(KARTOTEKA_APP_ID));

    kartoteka::ui::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Kartoteka: the client card index, tasks and segmentation."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "Open the database <path> instead of the per-user one."),
        QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark-startup"),
        QCoreApplication::translate("main", "Print the time until the main window has painted, then quit."));
    parser.addOption(benchmarkOption);
    parser.process(app);

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : kartoteka::Database::defaultPath();

    kartoteka::ui::MainWindow window;
    QApplication::setWindowIcon(window.windowIcon());
    if (!window.database().openAtStartup(path))
        return EXIT_FAILURE;
    FirstPaintProbe probe(sinceStart);
    if (parser.isSet(benchmarkOption))
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
