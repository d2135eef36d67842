#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <memory>

class QIODevice;

namespace kartoteka {

namespace detail {
class CountingDecoder;
}

// One record of a CSV file, its fields as they were (ragged rows are not padded).
struct CsvRecord
{
    QStringList fields;
    qint64 line = 0;            // 1-based physical line where the record starts
    bool brokenQuoting = false; // junk after a closing quote, or a quote never closed
};

// Streams RFC 4180 records from an open device, decoding chunk by chunk: only the record
// being parsed and one chunk are ever held, whatever the file's size. Lenient like Excel:
// a quote inside an unquoted field is a literal character (1C writes ООО "Прогресс").
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // An unclosed quoted field that grows past either limit is taken for a stray quote:
    // the quote becomes a literal and the line after it is read again as records.
    static constexpr qsizetype kMaxQuotedChars = 1024 * 1024;
    static constexpr int kMaxQuotedLines = 1000;
    static constexpr qsizetype kDefaultChunkSize = 64 * 1024;

    CsvReader(QIODevice *device, const QString &encoding, QChar delimiter);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next non-blank record; false at the end or on an I/O error (see errorString()).
    bool readRecord(CsvRecord &record);

    QString errorString() const;     // empty unless reading failed; undecodable bytes are not failures
    qint64 bytesRead() const;        // from the device so far, for progress bars
    qint64 invalidCharacters() const; // byte sequences the decoder could not decode
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Bytes read from the device at a time (tests use tiny chunks to split every sequence).
    void setChunkSize(qsizetype bytes);

private:
    enum class Parse { Complete, NeedMore };

    Parse parse(CsvRecord &record);
    Parse skipBlankLines();
    bool fill();
    bool isLiteralQuote(qsizetype offset) const;

    QIODevice *m_device;
    QString m_encoding;
    QChar m_delimiter;
    std::unique_ptr<detail::CountingDecoder> m_decoder;
    QString m_buffer;    // decoded text; [m_pos, end) is not consumed yet
    qsizetype m_pos = 0;
    qint64 m_line = 1;   // physical line at m_pos
    qint64 m_bytesRead = 0;
    qint64 m_extraInvalid = 0;
    qsizetype m_chunkSize = kDefaultChunkSize;
    bool m_eof = false;
    bool m_atStart = true;
    QString m_error;
    // Offsets (from the record start) of opening quotes found to be stray: read as literals.
    QVarLengthArray<qsizetype, 4> m_literalQuotes;
};

} // namespace kartoteka
