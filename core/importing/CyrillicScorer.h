#pragma once

#include <QByteArray>
#include <QString>

namespace kartoteka {

// Tells which Cyrillic code page makes a byte string read as Russian: short samples fool
// uchardet, but decoding with each candidate and scoring the letters does not.
class CyrillicScorer
{
public:
    struct Verdict
    {
        QString encoding;          // the most plausible of the candidates; empty if none decodes
        double cyrillicShare = 0;  // of its non-ASCII characters, the share that are Cyrillic letters in words
    };

    // candidates: QStringDecoder names, e.g. windows-1251, KOI8-R, IBM866.
    static Verdict best(const QByteArray &sample, const QStringList &candidates);

    // How Russian a decoded text looks: higher is better; -inf-like for garbage.
    static double score(QStringView text, double *cyrillicShare = nullptr);
};

} // namespace kartoteka
