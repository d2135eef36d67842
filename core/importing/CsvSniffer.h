#pragma once

#include "CsvReader.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

// What the user chose on the preview; every empty value is detected.
struct CsvSniffOptions
{
    QString encoding;              // empty or "auto" = detect
    QChar delimiter;               // null = detect
    std::optional<bool> hasHeader; // unset = detect
    int previewRows = 20;
};

// What a CSV file looks like, from its first bytes.
struct CsvSniff
{
    QString encoding;
    int bomLength = 0;
    QChar delimiter;
    bool hasHeader = true;
    QStringList header;      // the first record when hasHeader
    QList<CsvRecord> preview; // up to previewRows data records (the header excluded)
};

// Guesses encoding, delimiter and header of a CSV file for the import preview.
class CsvSniffer
{
    Q_DECLARE_TR_FUNCTIONS(CsvSniffer)

public:
    static constexpr qsizetype kSampleSize = 256 * 1024;

    static Result<CsvSniff> sniff(const QString &path, const CsvSniffOptions &options = {});

    // The candidate among ; , tab | : that splits the sample's records into a consistent
    // number of columns; ';' when none does. sampleIsComplete: the sample is the whole file.
    static QChar detectDelimiter(const QByteArray &sample, const QString &encoding, bool sampleIsComplete = true);

    // Whether the first record names the columns rather than holding data.
    static bool looksLikeHeader(const QStringList &first, const QList<CsvRecord> &rest);

    // A cell that is clearly data: a number, a date, an e-mail address or a phone number.
    static bool looksLikeData(const QString &cell);
};

} // namespace kartoteka
