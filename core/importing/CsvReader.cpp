#include "CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>

namespace kartoteka {

namespace detail {
// QStringDecoder counts the sequences it could not decode but only says whether there were any.
class CountingDecoder : public QStringDecoder
{
public:
    using QStringDecoder::QStringDecoder;
    qsizetype invalidChars() const { return state.invalidChars; }
    bool hasPendingBytes() const { return state.remainingChars != 0; }
};
} // namespace detail

namespace {
constexpr char16_t kQuote = u'"';
constexpr char16_t kCr = u'\r';
constexpr char16_t kLf = u'\n';
} // namespace

CsvReader::CsvReader(QIODevice *device, const QString &encoding, QChar delimiter)
    : m_device(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
    , m_decoder(std::make_unique<detail::CountingDecoder>(encoding.toLatin1().constData()))
{
    if (!m_device || !m_device->isReadable())
        m_error = tr("The file is not open for reading.");
    else if (!m_decoder->isValid())
        m_error = tr("Unknown encoding «%1».").arg(encoding);
    else if (delimiter == QChar(kQuote) || delimiter == QChar(kCr) || delimiter == QChar(kLf) || delimiter.isNull())
        m_error = tr("«%1» cannot separate fields.").arg(delimiter);
}

CsvReader::~CsvReader() = default;

QString CsvReader::errorString() const
{
    return m_error;
}

qint64 CsvReader::bytesRead() const
{
    return m_bytesRead;
}

qint64 CsvReader::invalidCharacters() const
{
    return m_decoder->invalidChars() + m_extraInvalid;
}

void CsvReader::setChunkSize(qsizetype bytes)
{
    m_chunkSize = std::max<qsizetype>(1, bytes);
}

bool CsvReader::isLiteralQuote(qsizetype offset) const
{
    return std::find(m_literalQuotes.cbegin(), m_literalQuotes.cend(), offset) != m_literalQuotes.cend();
}

// Reads and decodes the next chunk; a record longer than a chunk makes the next read as long
// as the record so far, so re-parsing it from its start stays linear overall.
bool CsvReader::fill()
{
    if (m_eof || !m_error.isEmpty())
        return false;
    if (m_pos > 0) { // drop what the records returned so far used
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype want = std::max(m_chunkSize, m_buffer.size());
    QByteArray chunk(want, Qt::Uninitialized);
    const qint64 got = m_device->read(chunk.data(), want);
    if (got < 0) {
        m_error = tr("Cannot read the file: %1").arg(m_device->errorString());
        return false;
    }
    if (got == 0) {
        m_eof = true;
        if (m_decoder->hasPendingBytes()) { // the file ends inside a multibyte sequence
            ++m_extraInvalid;
            m_buffer.append(QChar(QChar::ReplacementCharacter));
        }
        return true;
    }
    m_bytesRead += got;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_decoder->requiredSpace(got));
    QChar *end = m_decoder->appendToBuffer(m_buffer.data() + old, QByteArrayView(chunk.constData(), got));
    m_buffer.truncate(end - m_buffer.constData());
    if (m_atStart && m_buffer.size() > 0) {
        if (m_buffer.at(0) == QChar(QChar::ByteOrderMark)) // a BOM the decoder kept, e.g. UTF-8 in UTF-8
            m_buffer.remove(0, 1);
        m_atStart = m_buffer.isEmpty();
    }
    return true;
}

CsvReader::Parse CsvReader::skipBlankLines()
{
    const char16_t *d = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    while (m_pos < n) {
        if (d[m_pos] == kLf) {
            ++m_pos;
        } else if (d[m_pos] == kCr) {
            if (m_pos + 1 == n && !m_eof)
                return Parse::NeedMore; // CR LF may be split between chunks
            m_pos += (m_pos + 1 < n && d[m_pos + 1] == kLf) ? 2 : 1;
        } else {
            return Parse::Complete;
        }
        ++m_line;
    }
    return m_eof ? Parse::Complete : Parse::NeedMore;
}

// Parses one record starting at m_pos; consumes nothing unless it is complete.
CsvReader::Parse CsvReader::parse(CsvRecord &record)
{
restart:
    const char16_t *d = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const qsizetype n = m_buffer.size();
    const char16_t delim = m_delimiter.unicode();
    const qsizetype start = m_pos;
    qsizetype i = start;
    qint64 lines = 0;
    record.fields.clear();
    record.brokenQuoting = !m_literalQuotes.isEmpty();

    const auto isStop = [delim](char16_t c) { return c == delim || c == kCr || c == kLf; };
    const auto scanUnquoted = [&](qsizetype from) {
        while (from < n && !isStop(d[from]))
            ++from;
        return from;
    };

    for (;;) {
        if (i < n && d[i] == kQuote && !isLiteralQuote(i - start)) {
            const qsizetype open = i;
            QString value;
            qsizetype segment = i + 1;
            qsizetype j = segment;
            qint64 fieldLines = 0;
            bool closed = false;
            while (!closed) {
                while (j < n && d[j] != kQuote) {
                    if (d[j] == kLf || (d[j] == kCr && (j + 1 < n ? d[j + 1] != kLf : m_eof)))
                        ++fieldLines;
                    ++j;
                }
                if (j - open > kMaxQuotedChars || fieldLines > kMaxQuotedLines || (j == n && m_eof)) {
                    m_literalQuotes.append(open - start); // a stray quote, not a quoted field
                    goto restart;
                }
                if (j + 1 >= n && !m_eof)
                    return Parse::NeedMore; // the field goes on, or "" may be split
                value.append(reinterpret_cast<const QChar *>(d + segment), j - segment);
                if (j + 1 < n && d[j + 1] == kQuote) {
                    value.append(QChar(kQuote));
                    j += 2;
                    segment = j;
                } else {
                    closed = true;
                    i = j + 1;
                }
            }
            if (i < n && !isStop(d[i])) {
                if (fieldLines > 0) { // junk after a quote lines away: the opening quote was stray
                    m_literalQuotes.append(open - start);
                    goto restart;
                }
                // "abc"def: keep the text as Excel does, but say the quoting is broken.
                const qsizetype k = scanUnquoted(i);
                if (k == n && !m_eof)
                    return Parse::NeedMore;
                value.append(reinterpret_cast<const QChar *>(d + i), k - i);
                record.brokenQuoting = true;
                i = k;
            }
            lines += fieldLines;
            record.fields.append(std::move(value));
        } else {
            const qsizetype k = scanUnquoted(i);
            if (k == n && !m_eof)
                return Parse::NeedMore;
            record.fields.append(QString(reinterpret_cast<const QChar *>(d + i), k - i));
            i = k;
        }

        if (i == n) { // only at the end of the file
            break;
        } else if (d[i] == delim) {
            ++i;
            if (i == n && !m_eof)
                return Parse::NeedMore;
        } else if (d[i] == kLf) {
            ++i;
            ++lines;
            break;
        } else { // CR, alone or before LF
            if (i + 1 == n && !m_eof)
                return Parse::NeedMore;
            i += (i + 1 < n && d[i + 1] == kLf) ? 2 : 1;
            ++lines;
            break;
        }
    }
    record.line = m_line;
    m_line += lines;
    m_pos = i;
    m_literalQuotes.clear();
    return Parse::Complete;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    if (!m_error.isEmpty())
        return false;
    for (;;) {
        if (skipBlankLines() == Parse::Complete) {
            if (m_pos == m_buffer.size() && m_eof)
                return false;
            if (m_pos < m_buffer.size() && parse(record) == Parse::Complete)
                return true;
        }
        if (!fill())
            return false;
    }
}

} // namespace kartoteka
