// libFuzzer target: any bytes through CsvReader must neither crash, hang nor lose track of lines.
#include "importing/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace kartoteka;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the encoding, the delimiter and the chunk size, so that chunk
    // boundaries fall everywhere in the input.
    static const char *const encodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1251", "GB18030", "Big5"};
    static const char16_t delimiters[] = {u';', u',', u'\t', u'|'};
    const uint8_t control = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QLatin1String(encodings[control % 6]), QChar(delimiters[(control / 6) % 4]));
    reader.setChunkSize((control & 0x80) ? 1 + (control & 0x0F) : CsvReader::kDefaultChunkSize);
    CsvRecord record;
    qint64 lastLine = 0;
    while (reader.readRecord(record)) {
        if (record.line <= lastLine || record.fields.isEmpty())
            std::abort(); // lines only go forward; a record has at least one field
        lastLine = record.line;
    }
    if (!reader.errorString().isEmpty() || reader.bytesRead() != bytes.size())
        std::abort(); // a buffer never fails, and the reader reads it all
    return 0;
}
