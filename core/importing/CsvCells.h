#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kartoteka::csv {

// How Kartoteka writes CSV cells for people and spreadsheets (exports, reports, rejects
// files), and reads its own guard back on import.

// A text cell, safe from CSV injection (OWASP): one starting with = + - @, tab or CR (after
// any apostrophes) gets a leading apostrophe, so a spreadsheet shows it instead of running it
// as a formula; then quoted like plainCell.
QString textCell(const QString &text, QChar delimiter = QLatin1Char(';'));
// A cell we wrote ourselves (a number, a code): quoted only when it holds the delimiter, a
// quote or a line break.
QString plainCell(const QString &text, QChar delimiter = QLatin1Char(';'));
// The guard of textCell taken off again: the exact inverse for the characters it guards.
QString withoutFormulaGuard(const QString &cell);

// Lines of already made cells, joined by the delimiter, CRLF line ends, UTF-8 with a byte
// order mark (how spreadsheets recognise UTF-8). Either take the whole text at the end
// (toUtf8), or stream it: takeUtf8 hands over the lines gathered since the last call.
class CsvText
{
public:
    explicit CsvText(QChar delimiter = QLatin1Char(';')) : m_delimiter(delimiter) {}
    QChar delimiter() const { return m_delimiter; }
    void addLine(const QStringList &cells);
    QByteArray toUtf8() const;

    // Characters gathered and not yet taken.
    qsizetype pendingSize() const { return m_text.size(); }
    // The lines not yet taken (the byte order mark before the first ones), and forgets them.
    QByteArray takeUtf8();

private:
    QChar m_delimiter;
    QString m_text;
    bool m_taken = false; // the byte order mark went out with an earlier piece
};

// Writes `bytes` through QSaveFile (an existing file is replaced only by a complete one), or
// to stdout for "-". Returns why it could not, or an empty string.
QString writeFile(const QByteArray &bytes, const QString &path);

} // namespace kartoteka::csv
