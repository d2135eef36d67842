#include "CsvSniffer.h"

#include "EncodingDetector.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <map>

namespace kartoteka {

namespace {

constexpr int kDelimiterSampleRecords = 1000;

DatabaseError invalid(const QString &message)
{
    return DatabaseError(DatabaseError::Kind::Invalid, message);
}

bool isWideUnicode(const QString &encoding)
{
    return encoding.startsWith(QLatin1String("UTF-16"), Qt::CaseInsensitive)
           || encoding.startsWith(QLatin1String("UTF-32"), Qt::CaseInsensitive);
}

// Text has no NUL and hardly any control characters; binary files are full of both.
bool looksBinary(const QByteArray &sample, const QString &encoding)
{
    if (!isWideUnicode(encoding) && sample.contains('\0'))
        return true;
    QStringDecoder decoder(encoding.toLatin1().constData());
    const QString text = decoder.decode(sample);
    qsizetype control = 0, replaced = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0 || (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v'))
            ++control;
        else if (u == QChar::ReplacementCharacter)
            ++replaced;
    }
    const qsizetype size = std::max<qsizetype>(1, text.size());
    return control * 100 > size || replaced * 5 > size;
}

struct DelimiterScore
{
    double consistency = 0; // share of records with the most common column count, minus broken ones
    qsizetype columns = 1;  // that most common count
};

DelimiterScore scoreDelimiter(const QByteArray &sample, const QString &encoding, QChar delimiter,
                              bool sampleIsComplete)
{
    QByteArray copy = sample;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, encoding, delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (records.size() <= kDelimiterSampleRecords && reader.readRecord(record))
        records.append(record);
    if (!sampleIsComplete && records.size() > 1)
        records.removeLast(); // cut by the end of the sample
    if (records.isEmpty())
        return {};

    std::map<qsizetype, qsizetype> counts;
    qsizetype broken = 0;
    for (const CsvRecord &r : std::as_const(records)) {
        ++counts[r.fields.size()];
        broken += r.brokenQuoting;
    }
    const auto mode = std::max_element(counts.begin(), counts.end(), [](const auto &a, const auto &b) {
        return a.second < b.second || (a.second == b.second && a.first < b.first);
    });
    if (mode->first <= 1)
        return {};
    const double total = double(records.size());
    return {double(mode->second) / total - double(broken) / total, mode->first};
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

} // namespace

QChar CsvSniffer::detectDelimiter(const QByteArray &sample, const QString &encoding, bool sampleIsComplete)
{
    // In order of preference on a tie: ';' before ',' because 1C and Russian Excel write
    // ';' precisely because the decimal separator is a comma.
    static const QChar candidates[] = {u';', u',', u'\t', u'|', u':'};
    QChar best = u';';
    DelimiterScore bestScore;
    constexpr double epsilon = 1e-9;
    for (const QChar candidate : candidates) {
        const DelimiterScore s = scoreDelimiter(sample, encoding, candidate, sampleIsComplete);
        if (s.columns <= 1)
            continue;
        const bool better = s.consistency > bestScore.consistency + epsilon
                            || (s.consistency > bestScore.consistency - epsilon && s.columns > bestScore.columns);
        if (bestScore.columns <= 1 || better) {
            best = candidate;
            bestScore = s;
        }
    }
    return best;
}

bool CsvSniffer::looksLikeData(const QString &cell)
{
    static const QRegularExpression number(QStringLiteral(R"(^[-+]?\d[\d\s\x{00A0}\x{202F}.,']*%?$)"));
    static const QRegularExpression date(
        QStringLiteral(R"(^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$)"));
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[\d\s().\-]{6,}$)"));
    const QString t = cell.trimmed();
    return matches(number, t) || matches(date, t) || matches(email, t) || matches(phone, t);
}

bool CsvSniffer::looksLikeHeader(const QStringList &first, const QList<CsvRecord> &rest)
{
    // A header names every column: no empty cell (but trailing ones a trailing delimiter
    // leaves), and none that looks like the data a column holds.
    QStringList cells = first;
    while (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    if (cells.isEmpty())
        return false;
    for (const QString &cell : std::as_const(cells))
        if (cell.trimmed().isEmpty() || looksLikeData(cell))
            return false;
    // A name that repeats in the same column of the data is data, not a column name.
    for (const CsvRecord &r : rest)
        for (qsizetype c = 0; c < std::min(cells.size(), r.fields.size()); ++c)
            if (r.fields.at(c).trimmed() == cells.at(c).trimmed())
                return false;
    return true;
}

Result<CsvSniff> CsvSniffer::sniff(const QString &path, const CsvSniffOptions &options)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("«%1» cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray sample = file.read(kSampleSize);
    if (sample.isNull() && file.error() != QFileDevice::NoError)
        return invalid(tr("«%1» cannot be read: %2").arg(shown, file.errorString()));
    if (sample.isEmpty())
        return invalid(tr("«%1» is empty").arg(shown));
    const bool complete = file.atEnd();

    CsvSniff result;
    const DetectedEncoding bom = EncodingDetector::detectBom(sample);
    if (options.encoding.isEmpty() || options.encoding.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        const DetectedEncoding detected = EncodingDetector::detect(sample);
        result.encoding = detected.name;
        result.bomLength = detected.bomLength;
    } else {
        if (!QStringDecoder(options.encoding.toLatin1().constData()).isValid())
            return invalid(tr("Unknown encoding «%1».").arg(options.encoding));
        result.encoding = options.encoding;
        if (bom.name.compare(options.encoding, Qt::CaseInsensitive) == 0)
            result.bomLength = bom.bomLength;
    }
    if (looksBinary(sample, result.encoding))
        return invalid(tr("«%1» looks like a binary file, not a CSV text").arg(shown));

    result.delimiter = options.delimiter.isNull() ? detectDelimiter(sample, result.encoding, complete)
                                                  : options.delimiter;

    if (!file.seek(0))
        return invalid(tr("«%1» cannot be read: %2").arg(shown, file.errorString()));
    CsvReader reader(&file, result.encoding, result.delimiter);
    QList<CsvRecord> records;
    CsvRecord record;
    while (records.size() <= std::max(options.previewRows, 0) && reader.readRecord(record))
        records.append(record);
    if (!reader.errorString().isEmpty())
        return invalid(tr("«%1» cannot be read: %2").arg(shown, reader.errorString()));
    if (records.isEmpty())
        return invalid(tr("«%1» is empty").arg(shown));

    const QStringList first = records.first().fields;
    result.hasHeader = options.hasHeader.value_or(looksLikeHeader(first, records.mid(1)));
    if (result.hasHeader) {
        result.header = first;
        records.removeFirst();
    }
    result.preview = records.mid(0, std::max(options.previewRows, 0));
    return result;
}

} // namespace kartoteka
