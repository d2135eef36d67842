#include "SegmentCommands.h"

#include "CliOutput.h"
#include "reports/SegmentationReport.h"
#include "segmentation/SegmentSnapshotRepository.h"
#include "segmentation/SegmentationCsv.h"
#include "segmentation/SegmentationEngine.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <cmath>

namespace kartoteka::cli {

namespace {

struct SegmentCli
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCli)
};

constexpr std::array<AbcClass, 3> abcClasses{AbcClass::A, AbcClass::B, AbcClass::C};
constexpr std::array<XyzClass, 3> xyzClasses{XyzClass::X, XyzClass::Y, XyzClass::Z};

// "80,95" -> two numbers; false when it is not two numbers.
bool readPair(const QString &text, double &first, double &second)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return false;
    bool firstOk = false;
    bool secondOk = false;
    first = parts.at(0).trimmed().toDouble(&firstOk);
    second = parts.at(1).trimmed().toDouble(&secondOk);
    return firstOk && secondOk && std::isfinite(first) && std::isfinite(second);
}

// Reads the options into parameters; an empty string means they are fine.
QString readParameters(const QCommandLineParser &parser, SegmentationParameters &parameters)
{
    parameters = SegmentationParameters::lastTwelveMonths(QDate::currentDate());
    const bool hasFrom = parser.isSet(QStringLiteral("from"));
    const bool hasTo = parser.isSet(QStringLiteral("to"));
    if (hasFrom) {
        parameters.from = monthFromCode(parser.value(QStringLiteral("from")));
        if (!parameters.from.isValid())
            return SegmentCli::tr("--from takes a month as YYYY-MM, not «%1».").arg(parser.value(QStringLiteral("from")));
    }
    if (hasTo) {
        parameters.to = monthFromCode(parser.value(QStringLiteral("to")));
        if (!parameters.to.isValid())
            return SegmentCli::tr("--to takes a month as YYYY-MM, not «%1».").arg(parser.value(QStringLiteral("to")));
        // --to alone: the twelve months ending with it.
        if (!hasFrom)
            parameters.from = parameters.to.addMonths(-11);
    }
    if (parser.isSet(QStringLiteral("metric"))) {
        const auto metric = metricFromCode(parser.value(QStringLiteral("metric")));
        if (!metric)
            return SegmentCli::tr("--metric takes revenue or profit, not «%1».").arg(parser.value(QStringLiteral("metric")));
        parameters.metric = *metric;
    }
    if (parser.isSet(QStringLiteral("granularity"))) {
        const auto granularity = granularityFromCode(parser.value(QStringLiteral("granularity")));
        if (!granularity)
            return SegmentCli::tr("--granularity takes month or quarter, not «%1».")
                .arg(parser.value(QStringLiteral("granularity")));
        parameters.granularity = *granularity;
    }
    if (parser.isSet(QStringLiteral("abc"))
        && !readPair(parser.value(QStringLiteral("abc")), parameters.abcA, parameters.abcB))
        return SegmentCli::tr("--abc takes the A and B bounds in percent, e.g. 80,95, not «%1».")
            .arg(parser.value(QStringLiteral("abc")));
    if (parser.isSet(QStringLiteral("xyz"))
        && !readPair(parser.value(QStringLiteral("xyz")), parameters.xyzX, parameters.xyzY))
        return SegmentCli::tr("--xyz takes the X and Y bounds of the CV in percent, e.g. 10,25, not «%1».")
            .arg(parser.value(QStringLiteral("xyz")));
    return parameters.problem();
}

double rounded(double value) { return std::round(value * 100.0) / 100.0; }

QJsonObject resultJson(const SegmentationResult &result)
{
    QJsonArray clients;
    for (const SegmentedClient &client : result.clients) {
        clients.append(QJsonObject{{QStringLiteral("id"), client.id},
                                   {QStringLiteral("name"), client.name},
                                   {QStringLiteral("inn"), client.inn},
                                   {QStringLiteral("value"), rounded(client.value)},
                                   {QStringLiteral("share"), rounded(client.share)},
                                   {QStringLiteral("cumulative"), rounded(client.cumulative)},
                                   {QStringLiteral("abc"), abcCode(client.abc)},
                                   {QStringLiteral("cv"), client.cv ? QJsonValue(rounded(*client.cv)) : QJsonValue()},
                                   {QStringLiteral("xyz"), xyzCode(client.xyz)}});
    }
    QJsonArray lost;
    for (const LostClient &client : result.lost) {
        lost.append(QJsonObject{{QStringLiteral("id"), client.id},
                                {QStringLiteral("name"), client.name},
                                {QStringLiteral("inn"), client.inn},
                                {QStringLiteral("last_sale"), client.lastSale.toString(Qt::ISODate)}});
    }
    QJsonObject matrix;
    for (AbcClass abc : abcClasses) {
        for (XyzClass xyz : xyzClasses)
            matrix.insert(abcCode(abc) + xyzCode(xyz), result.cell(abc, xyz).clients);
    }
    const SegmentationParameters &p = result.parameters;
    return QJsonObject{{QStringLiteral("from"), monthCode(p.firstMonth())},
                       {QStringLiteral("to"), monthCode(p.lastMonth())},
                       {QStringLiteral("metric"), metricCode(p.metric)},
                       {QStringLiteral("total"), rounded(result.total)},
                       {QStringLiteral("clients"), clients},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("matrix"), matrix}};
}

QString number(double value) { return QString::number(value, 'f', 2); }

QString granularityWord(SegmentGranularity granularity)
{
    return granularity == SegmentGranularity::Month ? SegmentCli::tr("month") : SegmentCli::tr("quarter");
}

// The readable form: parameters, the ranked table, the matrix and the lost clients.
void printTable(const SegmentationResult &result)
{
    const SegmentationParameters &p = result.parameters;
    QTextStream &o = out();
    o << SegmentCli::tr("ABC/XYZ segmentation of %1, %2 to %3, XYZ by %4")
             .arg(metricCode(p.metric), monthCode(p.firstMonth()), monthCode(p.lastMonth()), granularityWord(p.granularity))
      << Qt::endl;
    o << SegmentCli::tr("Bounds: A %1 %, B %2 % of the total; X %3 %, Y %4 % of the CV")
             .arg(p.abcA)
             .arg(p.abcB)
             .arg(p.xyzX)
             .arg(p.xyzY)
      << Qt::endl;
    o << SegmentCli::tr("Total %1; ranked clients: %2; lost clients: %3")
             .arg(number(result.total))
             .arg(result.clients.size())
             .arg(result.lost.size())
      << Qt::endl
      << Qt::endl;

    const int rankWidth = std::max<int>(1, int(QString::number(result.clients.size()).size()));
    int valueWidth = int(SegmentCli::tr("Value").size());
    for (const SegmentedClient &client : result.clients)
        valueWidth = std::max(valueWidth, int(number(client.value).size()));
    constexpr int nameWidth = 40;
    const auto right = [](const QString &text, int width) { return text.rightJustified(width); };
    o << right(QStringLiteral("#"), rankWidth) << QStringLiteral("  ") << fitted(SegmentCli::tr("Client"), nameWidth)
      << QStringLiteral("  ") << right(SegmentCli::tr("Value"), valueWidth) << QStringLiteral("  ")
      << right(SegmentCli::tr("Share %"), 8) << QStringLiteral("  ") << right(SegmentCli::tr("Cum. %"), 8)
      << QStringLiteral("  ") << SegmentCli::tr("ABC") << QStringLiteral("  ") << SegmentCli::tr("XYZ") << Qt::endl;
    int rank = 0;
    for (const SegmentedClient &client : result.clients) {
        o << right(QString::number(++rank), rankWidth) << QStringLiteral("  ") << fitted(client.name, nameWidth)
          << QStringLiteral("  ") << right(number(client.value), valueWidth) << QStringLiteral("  ")
          << right(number(client.share), 8) << QStringLiteral("  ") << right(number(client.cumulative), 8)
          << QStringLiteral("  ") << fitted(abcCode(client.abc), 3) << QStringLiteral("  ") << xyzCode(client.xyz)
          << QLatin1Char('\n');
    }

    o << Qt::endl << fitted(SegmentCli::tr("Clients"), 8);
    for (XyzClass xyz : {XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New})
        o << right(xyzCode(xyz), 7);
    o << Qt::endl;
    for (AbcClass abc : abcClasses) {
        o << fitted(abcCode(abc), 8);
        for (XyzClass xyz : {XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New})
            o << right(QString::number(result.cell(abc, xyz).clients), 7);
        o << Qt::endl;
    }

    if (!result.lost.empty()) {
        o << Qt::endl
          << SegmentCli::tr("Lost clients, who bought before the period and nothing in it:") << Qt::endl;
        for (const LostClient &client : result.lost)
            o << QStringLiteral("  ") << client.lastSale.toString(Qt::ISODate) << QStringLiteral("  ")
              << fitted(client.name, nameWidth) << QStringLiteral("  ") << client.inn << Qt::endl;
    }
    o.flush();
}

} // namespace

void segmentOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("from"), SegmentCli::tr("First month of the period (default: twelve months ago)."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("to"), SegmentCli::tr("Last month of the period (default: last month)."),
                      QStringLiteral("YYYY-MM")});
    parser.addOption({QStringLiteral("metric"), SegmentCli::tr("revenue (default) or profit."), QStringLiteral("METRIC")});
    parser.addOption({QStringLiteral("granularity"), SegmentCli::tr("month (default) or quarter, for XYZ."),
                      QStringLiteral("UNIT")});
    parser.addOption({QStringLiteral("abc"), SegmentCli::tr("The A and B bounds in percent of the total (default 80,95)."),
                      QStringLiteral("A,B")});
    parser.addOption({QStringLiteral("xyz"), SegmentCli::tr("The X and Y bounds of the CV in percent (default 10,25)."),
                      QStringLiteral("X,Y")});
    parser.addOption({QStringLiteral("json"), SegmentCli::tr("Print one JSON object.")});
    parser.addOption({QStringLiteral("csv"), SegmentCli::tr("Write the ranked table as CSV to FILE (- for stdout)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pdf"), SegmentCli::tr("Write the printable report as PDF to FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("save"), SegmentCli::tr("Save the result as a snapshot and as the clients' classes.")});
}

ExitCode segmentCommand(const QCommandLineParser &parser, const QString &databasePath)
{
    if (parser.positionalArguments().size() != 1)
        return fail(UsageError, SegmentCli::tr("segment takes options only; see segment --help."));
    SegmentationParameters parameters;
    if (const QString problem = readParameters(parser, parameters); !problem.isEmpty())
        return fail(UsageError, problem);
    ReportOutputs outputs;
    if (const QString problem = outputs.read(parser, databasePath); !problem.isEmpty())
        return fail(UsageError, problem);
    const bool save = parser.isSet(QStringLiteral("save"));

    Database db;
    if (ExitCode code = openDatabase(db, databasePath, true))
        return code;
    if (save && db.isReadOnly())
        return fail(DatabaseProblem,
                    SegmentCli::tr("«%1» is read-only; the snapshot cannot be saved.").arg(databasePath));

    auto result = SegmentationEngine(db.connection()).run(parameters);
    if (!result)
        return fail(exitCodeFor(result.error()), result.error().message);

    QStringList remarks; // what was written besides the output
    if (!outputs.csvPath.isEmpty()) { // "-": csv::writeFile writes to stdout
        if (const QString problem = SegmentationCsv::write(*result, outputs.csvPath); !problem.isEmpty())
            return fail(BadInput, problem);
    }
    if (!outputs.pdfPath.isEmpty()) {
        int pages = 0;
        if (const QString problem = ui::saveSegmentationPdf(*result, outputs.pdfPath, &pages); !problem.isEmpty())
            return fail(BadInput, problem);
        remarks.append(ReportOutputs::pdfWritten(outputs.pdfPath, pages));
    }
    if (save) {
        auto snapshot = SegmentSnapshotRepository(db.connection()).save(*result, sql::now());
        if (!snapshot)
            return fail(exitCodeFor(snapshot.error()), snapshot.error().message);
        remarks.append(SegmentCli::tr("Saved as snapshot #%1.").arg(*snapshot));
    }
    if (outputs.json)
        printJson(resultJson(*result));
    else if (!outputs.csvToStdout())
        printTable(*result);
    outputs.printRemarks(remarks);
    return Done;
}

} // namespace kartoteka::cli
