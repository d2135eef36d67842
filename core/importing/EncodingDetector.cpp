#include "EncodingDetector.h"

#include "CyrillicScorer.h"

#include <QStringDecoder>
#include <QStringList>

#include <uchardet.h>

#include <memory>

namespace kartoteka {

namespace {

const QStringList &cyrillicCodePages()
{
    static const QStringList pages{QStringLiteral("windows-1251"), QStringLiteral("KOI8-R"),
                                   QStringLiteral("IBM866")};
    return pages;
}

bool isAscii(const QByteArray &data)
{
    for (const char c : data)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Decodes without error; a multibyte sequence cut by the end of the sample is not an error.
bool decodesCleanly(const QString &name, const QByteArray &data)
{
    QStringDecoder decoder(name.toLatin1().constData());
    if (!decoder.isValid() || decoder.name() == nullptr || *decoder.name() == '\0')
        return false;
    const QString decoded = decoder.decode(data); // the result is lazy: convert it
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// UTF-16 without a BOM: ASCII text in it has a zero byte in every other position.
QString utf16WithoutBom(const QByteArray &data)
{
    const qsizetype pairs = data.size() / 2;
    if (pairs < 4)
        return {};
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs * 2; i += 2) {
        evenZeros += data[i] == '\0';
        oddZeros += data[i + 1] == '\0';
    }
    if (oddZeros * 10 >= pairs * 6 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 >= pairs * 6 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

QByteArray uchardetGuess(const QByteArray &sample)
{
    const std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(),
                                                                                             uchardet_delete);
    if (!detector || uchardet_handle_data(detector.get(), sample.constData(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

bool isMultibyteCjk(const QString &name)
{
    static const QStringList cjk{QStringLiteral("GB18030"), QStringLiteral("Big5"), QStringLiteral("EUC-TW"),
                                 QStringLiteral("EUC-JP"),  QStringLiteral("Shift_JIS"), QStringLiteral("EUC-KR"),
                                 QStringLiteral("ISO-2022-JP"), QStringLiteral("ISO-2022-KR"),
                                 QStringLiteral("ISO-2022-CN"), QStringLiteral("HZ-GB-2312")};
    return cjk.contains(name);
}

// Share of the non-ASCII characters of text that are CJK ideographs or CJK punctuation.
double cjkShare(const QString &name, const QByteArray &data)
{
    QStringDecoder decoder(name.toLatin1().constData());
    const QString text = decoder.decode(data);
    if (decoder.hasError())
        return 0;
    qsizetype nonAscii = 0, cjk = 0;
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            continue;
        ++nonAscii;
        const char16_t u = c.unicode();
        cjk += (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
               || c.isSurrogate();
    }
    return nonAscii ? double(cjk) / double(nonAscii) : 0;
}

} // namespace

DetectedEncoding EncodingDetector::detectBom(const QByteArray &data)
{
    const auto starts = [&data](std::initializer_list<unsigned char> bytes) {
        if (data.size() < qsizetype(bytes.size()))
            return false;
        qsizetype i = 0;
        for (const unsigned char b : bytes)
            if (static_cast<unsigned char>(data[i++]) != b)
                return false;
        return true;
    };
    if (starts({0xEF, 0xBB, 0xBF}))
        return {QStringLiteral("UTF-8"), 3};
    if (starts({0xFF, 0xFE, 0x00, 0x00}))
        return {QStringLiteral("UTF-32LE"), 4};
    if (starts({0x00, 0x00, 0xFE, 0xFF}))
        return {QStringLiteral("UTF-32BE"), 4};
    if (starts({0xFF, 0xFE}))
        return {QStringLiteral("UTF-16LE"), 2};
    if (starts({0xFE, 0xFF}))
        return {QStringLiteral("UTF-16BE"), 2};
    if (starts({0x84, 0x31, 0x95, 0x33}))
        return {QStringLiteral("GB18030"), 4};
    return {};
}

QString EncodingDetector::decoderName(const QByteArray &uchardetName)
{
    const QByteArray n = uchardetName.toUpper();
    if (n.isEmpty())
        return {};
    if (n == "ASCII" || n == "UTF-8")
        return QStringLiteral("UTF-8");
    if (n.startsWith("UTF-16") || n.startsWith("UTF-32"))
        return QString::fromLatin1(n);
    if (n.startsWith("WINDOWS-"))
        return QLatin1String("windows-") + QString::fromLatin1(n.mid(8));
    if (n == "MAC-CYRILLIC")
        return QStringLiteral("x-mac-cyrillic");
    if (n == "BIG5")
        return QStringLiteral("Big5");
    if (n == "SHIFT_JIS")
        return QStringLiteral("Shift_JIS");
    if (n == "GB2312" || n == "GBK" || n == "GB18030")
        return QStringLiteral("GB18030"); // a superset of both
    if (n.startsWith("X-ISO-10646") || n == "X-EUC-TW")
        return {};
    return QString::fromLatin1(n); // KOI8-R, IBM866, ISO-8859-5, EUC-KR, ... are ICU names as they are
}

DetectedEncoding EncodingDetector::detect(const QByteArray &sample)
{
    if (const DetectedEncoding bom = detectBom(sample); !bom.name.isEmpty())
        return bom;
    if (const QString utf16 = utf16WithoutBom(sample); !utf16.isEmpty())
        return {utf16, 0};
    // Legacy single-byte text is practically never valid UTF-8, so validity settles it.
    if (isAscii(sample) || decodesCleanly(QStringLiteral("UTF-8"), sample))
        return {QStringLiteral("UTF-8"), 0};

    const QString guess = decoderName(uchardetGuess(sample));
    const bool guessDecodes = !guess.isEmpty() && decodesCleanly(guess, sample);
    if (guessDecodes && isMultibyteCjk(guess))
        return {guess, 0};

    // Single-byte guesses for short Cyrillic text are unreliable: let the letters decide.
    QStringList candidates = cyrillicCodePages();
    if (guessDecodes && !candidates.contains(guess) && (guess == QLatin1String("x-mac-cyrillic")
                                                        || guess == QLatin1String("ISO-8859-5")))
        candidates.append(guess);
    const CyrillicScorer::Verdict cyrillic = CyrillicScorer::best(sample, candidates);
    if (!cyrillic.encoding.isEmpty() && cyrillic.cyrillicShare >= 0.75)
        return {cyrillic.encoding, 0};

    if (guessDecodes)
        return {guess, 0};
    for (const QString &cjk : {QStringLiteral("GB18030"), QStringLiteral("Big5")})
        if (cjkShare(cjk, sample) >= 0.9)
            return {cjk, 0};
    if (!cyrillic.encoding.isEmpty() && cyrillic.cyrillicShare >= 0.5)
        return {cyrillic.encoding, 0};
    // Latin-1 as Windows writes it; ISO-8859-1 when even that fails, as it decodes any byte.
    if (decodesCleanly(QStringLiteral("windows-1252"), sample))
        return {QStringLiteral("windows-1252"), 0};
    return {QStringLiteral("ISO-8859-1"), 0};
}

} // namespace kartoteka
