#include "CyrillicScorer.h"

#include <QStringDecoder>
#include <QStringList>

#include <cmath>
#include <limits>

namespace kartoteka {

namespace {

// Russian letter frequencies per 10,000 letters, а..я (ё is counted apart).
constexpr int kFrequency[32] = {801, 159, 454, 170, 298, 845, 94,  165, 735, 121, 349,
                                440, 321, 670, 1097, 281, 473, 547, 626, 262, 26,  97,
                                48,  144, 73,  36,  4,   190, 174, 32,  64,  201};

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Index 0..31 of a Russian letter folded to lower case, 32 for ё, -1 otherwise.
int russianIndex(QChar c, bool *upper)
{
    const char16_t u = c.unicode();
    *upper = false;
    if (u >= 0x0430 && u <= 0x044F)
        return u - 0x0430;
    if (u >= 0x0410 && u <= 0x042F) {
        *upper = true;
        return u - 0x0410;
    }
    if (u == 0x0451 || u == 0x0401) {
        *upper = u == 0x0401;
        return 32;
    }
    return -1;
}

bool isOtherCyrillicLetter(QChar c) // Ukrainian and Belarusian letters of the same code pages
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x045F && c.isLetter();
}

} // namespace

double CyrillicScorer::score(QStringView text, double *cyrillicShare)
{
    double total = 0;
    qsizetype nonAscii = 0;
    qsizetype inWords = 0;
    bool previousLowerRussian = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.unicode() < 0x80) {
            previousLowerRussian = false;
            continue;
        }
        ++nonAscii;
        bool upper = false;
        const int index = russianIndex(c, &upper);
        const bool nextToLatin = (i > 0 && isAsciiLetter(text[i - 1]))
                                 || (i + 1 < text.size() && isAsciiLetter(text[i + 1]));
        if (index >= 0 || isOtherCyrillicLetter(c)) {
            const int perTenThousand = index >= 0 && index < 32 ? kFrequency[index] : 4;
            total += std::log(perTenThousand / 10000.0);
            if (upper && previousLowerRussian)
                total -= 4; // capitals inside a word: the wrong code page's case order
            if (nextToLatin)
                total -= 8; // "Müller" read as Cyrillic: a lone letter inside a Latin word
            else
                ++inWords;
            previousLowerRussian = index >= 0 && !upper;
        } else {
            total -= 10; // box drawing, symbols, Latin letters: not Russian
            previousLowerRussian = false;
        }
    }
    if (cyrillicShare)
        *cyrillicShare = nonAscii ? double(inWords) / double(nonAscii) : 0;
    return nonAscii ? total / double(nonAscii) : 0;
}

CyrillicScorer::Verdict CyrillicScorer::best(const QByteArray &sample, const QStringList &candidates)
{
    Verdict verdict;
    double bestScore = -std::numeric_limits<double>::infinity();
    for (const QString &name : candidates) {
        QStringDecoder decoder(name.toLatin1().constData());
        if (!decoder.isValid())
            continue;
        const QString text = decoder.decode(sample);
        if (decoder.hasError())
            continue;
        double share = 0;
        const double s = score(text, &share);
        if (s > bestScore) {
            bestScore = s;
            verdict.encoding = name;
            verdict.cyrillicShare = share;
        }
    }
    return verdict;
}

} // namespace kartoteka
