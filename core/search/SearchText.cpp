#include "SearchText.h"

#include <QRegularExpression>

#include <algorithm>

namespace kartoteka::search {

namespace {

bool isHan(char32_t c) { return QChar::script(c) == QChar::Script_Han; }

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString fold(const QString &text)
{
    QString folded = text.toCaseFolded();
    folded.replace(QChar(0x0451), QChar(0x0435)); // ё -> е
    return folded;
}

QString phoneDigits(const QString &phones)
{
    // One pass, no regular expression: this runs for every row a bulk load indexes.
    QString digits;
    digits.reserve(phones.size());
    for (const QChar c : phones) {
        if (c.isDigit()) {
            digits += c;
        } else if ((c == u',' || c == u';' || c == u'/' || c == u'\n') && !digits.isEmpty()
                   && !digits.endsWith(QLatin1Char(' '))) {
            digits += QLatin1Char(' ');
        }
    }
    if (digits.endsWith(QLatin1Char(' ')))
        digits.chop(1);
    return digits;
}

QString indexText(const QStringList &fields)
{
    QString text;
    QString spaced; // Chinese runs, one character after another with a space between
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        const QString folded = fold(field);
        text += QLatin1Char(' ') + folded;
        bool inRun = false;
        for (qsizetype i = 0; i < folded.size(); ++i) {
            const QChar c = folded.at(i);
            const bool pair = c.isHighSurrogate() && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate();
            const char32_t code = pair ? QChar::surrogateToUcs4(c, folded.at(i + 1)) : c.unicode();
            if (code >= 0x2E80 && isHan(code)) { // nothing below U+2E80 is Han: skip the lookup
                spaced += QLatin1Char(' ');
                spaced += QStringView(folded).mid(i, pair ? 2 : 1);
                inRun = true;
            } else if (inRun) {
                spaced += QLatin1Char(' '); // two spaces end a run: no trigram spans runs
                inRun = false;
            }
            if (pair)
                ++i;
        }
        if (inRun)
            spaced += QLatin1Char(' ');
    }
    if (!spaced.isEmpty())
        text += QLatin1Char(' ') + spaced + QLatin1Char(' ');
    return text;
}

std::vector<QueryTerm> queryTerms(const QString &query)
{
    static const QRegularExpression phoneShape(QStringLiteral("^[\\d\\s()+\\-.]+$"));
    const QString trimmed = query.trimmed();
    if (phoneShape.match(trimmed).hasMatch()) {
        QString digits = phoneDigits(trimmed).remove(QLatin1Char(' '));
        if (digits.size() >= 5) {
            if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
                digits.remove(0, 1);
            return {QueryTerm{digits, true}};
        }
    }
    std::vector<QueryTerm> terms;
    for (const QString &word : fold(trimmed).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
        terms.push_back(QueryTerm{word, false});
    return terms;
}

QString matchExpression(const QueryTerm &term)
{
    const QList<uint> codePoints = term.text.toUcs4();
    const auto piece = [&](qsizetype from, qsizetype count) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + from, count);
    };
    const qsizetype length = codePoints.size();
    if (length >= 3) {
        // Trigrams that cover the term; with detail=none FTS5 ANDs them, and the caller checks
        // the candidates for the whole term.
        QStringList trigrams;
        for (qsizetype at = 0; at + 3 <= length; at += 3)
            trigrams << quoted(piece(at, 3));
        if (length % 3 != 0)
            trigrams << quoted(piece(length - 3, 3));
        return trigrams.join(QLatin1Char(' '));
    }
    const bool allHan = std::all_of(codePoints.begin(), codePoints.end(), [](uint c) { return isHan(c); });
    if (allHan)
        return quoted(length == 1 ? QString(QLatin1Char(' ') + term.text + QLatin1Char(' '))
                                  : QString(piece(0, 1) + QLatin1Char(' ') + piece(1, 1)));
    if (length == 2)
        return quoted(QLatin1Char(' ') + term.text); // the start of a word
    return {};
}

} // namespace kartoteka::search
