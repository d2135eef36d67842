#include "CliOutput.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace kartoteka::cli {

QString outputOverDatabase(const QString &databasePath, const QString &output)
{
    if (output == QLatin1String("-") || !Database::isFileOf(databasePath, output))
        return {};
    return QCoreApplication::translate("ReportOutputs", "«%1» is the database itself; writing there would destroy it. "
                                                        "Choose another file.")
        .arg(output);
}

QString ReportOutputs::read(const QCommandLineParser &parser, const QString &databasePath)
{
    json = parser.isSet(QStringLiteral("json"));
    csvPath = parser.value(QStringLiteral("csv"));
    pdfPath = parser.value(QStringLiteral("pdf"));
    if (json && csvToStdout())
        return tr("--json and --csv - cannot both write to stdout.");
    if (parser.isSet(QStringLiteral("pdf")) && (pdfPath.isEmpty() || pdfPath == QLatin1String("-")))
        return tr("--pdf takes a file name.");
    if (parser.isSet(QStringLiteral("csv")) && csvPath.isEmpty())
        return tr("--csv takes a file name, or - for stdout.");
    for (const QString &path : {csvPath, pdfPath}) {
        if (QString problem = outputOverDatabase(databasePath, path); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ReportOutputs::pdfWritten(const QString &path, int pages)
{
    return tr("PDF report written to «%1»; pages: %2.").arg(path).arg(pages);
}

void ReportOutputs::printRemarks(const QStringList &remarks) const
{
    for (const QString &text : remarks) {
        if (stdoutTaken())
            QTextStream(stderr) << text << Qt::endl;
        else
            out() << text << Qt::endl;
    }
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printJson(const QJsonObject &object)
{
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out().flush();
}

void printJson(const QJsonArray &array)
{
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    out().flush();
}

ExitCode openDatabase(Database &db, const QString &path, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path))
        return fail(BadInput, QCoreApplication::translate("Cli", "«%1» does not exist.").arg(path));
    if (DatabaseError error = db.open(path))
        return fail(exitCodeFor(error), error.message);
    return Done;
}

// Columns a string takes in a terminal: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                          || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                          || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000;
        width += wide ? 2 : 1;
    }
    return width;
}

// `text` cut to `columns` (with "…") and padded with spaces to exactly that width.
QString fitted(const QString &text, int columns)
{
    QString shown = text;
    if (displayWidth(shown) > columns) {
        while (!shown.isEmpty() && displayWidth(shown) > columns - 1)
            shown.chop(shown.back().isLowSurrogate() ? 2 : 1);
        shown += QChar(0x2026);
    }
    return shown + QString(columns - displayWidth(shown), QLatin1Char(' '));
}

} // namespace kartoteka::cli
