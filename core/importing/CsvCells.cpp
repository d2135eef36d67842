#include "CsvCells.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace kartoteka::csv {

namespace {

struct CsvTexts
{
    Q_DECLARE_TR_FUNCTIONS(CsvCells)
};

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
           || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Apostrophes, then a character that starts a formula: what the guard applies to. Counting
// the apostrophes a text already has makes the guard reversible for every text.
bool needsGuard(const QString &text)
{
    qsizetype at = 0;
    while (at < text.size() && text.at(at) == QLatin1Char('\''))
        ++at;
    return at < text.size() && isFormulaStart(text.at(at));
}

} // namespace

QString plainCell(const QString &text, QChar delimiter)
{
    if (!text.contains(delimiter) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString textCell(const QString &text, QChar delimiter)
{
    if (needsGuard(text))
        return plainCell(QLatin1Char('\'') + text, delimiter);
    return plainCell(text, delimiter);
}

QString withoutFormulaGuard(const QString &cell)
{
    if (cell.startsWith(QLatin1Char('\'')) && needsGuard(cell.mid(1)))
        return cell.mid(1);
    return cell;
}

void CsvText::addLine(const QStringList &cells)
{
    m_text += cells.join(m_delimiter) + QStringLiteral("\r\n");
}

QByteArray CsvText::toUtf8() const
{
    return (QChar(0xfeff) + m_text).toUtf8();
}

QByteArray CsvText::takeUtf8()
{
    const QByteArray bytes = m_taken ? m_text.toUtf8() : toUtf8();
    m_taken = true;
    m_text.clear();
    return bytes;
}

QString writeFile(const QByteArray &bytes, const QString &path)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return CsvTexts::tr("Cannot write to the standard output.");
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CsvTexts::tr("Cannot write «%1»: %2").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return CsvTexts::tr("Cannot write «%1»: %2").arg(path, file.errorString());
    return {};
}

} // namespace kartoteka::csv
