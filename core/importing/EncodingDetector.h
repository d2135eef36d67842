#pragma once

#include <QByteArray>
#include <QString>

namespace kartoteka {

// The encoding of a text file, as a name QStringDecoder accepts.
struct DetectedEncoding
{
    QString name;       // "UTF-8", "UTF-16LE", "windows-1251", "KOI8-R", "GB18030", ...
    int bomLength = 0;  // bytes of byte order mark at the start of the sample (to skip)
};

// Guesses the encoding of the first bytes of a legacy file: BOM, then UTF-8 validity, then
// uchardet, whose guesses for Cyrillic are checked against what the text decodes to.
class EncodingDetector
{
public:
    static DetectedEncoding detect(const QByteArray &sample);

    // The BOM at the start of data: its encoding and length, or an empty name.
    static DetectedEncoding detectBom(const QByteArray &data);

    // uchardet's charset name as a QStringDecoder name ("WINDOWS-1251" -> "windows-1251");
    // empty for names it gives that Qt cannot decode.
    static QString decoderName(const QByteArray &uchardetName);
};

} // namespace kartoteka
