#include "PhoneNormalizer.h"
#include "contacts/StoredList.h"

#include <phonenumbers/phonenumberutil.h>

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace kartoteka {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

PhoneNumberUtil &util()
{
    return *PhoneNumberUtil::GetInstance();
}

// --- The fast path for Russian numbers (+7 followed by ten digits) ----------------------------
// libphonenumber costs tens of microseconds per Parse(); a million rows of clean Russian numbers
// would spend most of the import there. For +7 numbers validity is decided by the first digits of
// the national number, so a table of the library's own answers per three-digit prefix decides
// them. Only "valid" is answered from the table: everything else (invalid ranges, and "8 10 ..."
// which is Russia's international prefix, not a trunk 8) goes to the library. Prefixes where the
// samples disagree, and those libphonenumber gives to Kazakhstan (leading digits 33 and 7, and 6
// for safety), go to the library too. The tests compare both paths over every prefix in every
// clean spelling.
enum class PrefixValidity : unsigned char { Invalid, Valid, AskLibrary };

std::array<PrefixValidity, 1000> buildPrefixTable()
{
    std::array<PrefixValidity, 1000> table{};
    constexpr std::array<quint64, 4> suffixes{0, 9999999, 5555555, 1234567};
    for (quint64 prefix = 0; prefix < 1000; ++prefix) {
        const bool kazakh = prefix / 100 == 6 || prefix / 100 == 7 || prefix / 10 == 33;
        if (kazakh) {
            table[prefix] = PrefixValidity::AskLibrary;
            continue;
        }
        int valid = 0;
        for (const quint64 suffix : suffixes) {
            PhoneNumber number;
            number.set_country_code(7);
            number.set_national_number(prefix * 10000000 + suffix);
            valid += util().IsValidNumber(number) ? 1 : 0;
        }
        table[prefix] = valid == 0                     ? PrefixValidity::Invalid
                        : valid == int(suffixes.size()) ? PrefixValidity::Valid
                                                        : PrefixValidity::AskLibrary;
    }
    return table;
}

const std::array<PrefixValidity, 1000> &prefixTable()
{
    static const std::array<PrefixValidity, 1000> table = buildPrefixTable();
    return table;
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isFormatting(QChar c)
{
    switch (c.unicode()) {
    case u' ': case u'\t': case u'-': case u'(': case u')': case u'.':
    case 0x00A0: case 0x2009: case 0x202F: case 0x2010: case 0x2011: case 0x2012: case 0x2013:
        return true;
    default:
        return false;
    }
}

// --- Splitting a cell -------------------------------------------------------------------------

bool isPartSeparator(QChar c)
{
    switch (c.unicode()) {
    case u',': case u';': case u'/': case u'\\': case u'|': case u'\n': case u'\r':
    case u'，': case u'；': case u'、': case u'或':
        return true;
    default:
        return false;
    }
}

bool letterAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() && text[i].isLetter();
}

// The length of a whole word at i ("или", "or") that separates numbers, or 0.
qsizetype separatorWordAt(QStringView text, qsizetype i)
{
    if (letterAt(text, i - 1))
        return 0;
    for (const QStringView word : {QStringView(u"или"), QStringView(u"or")}) {
        if (text.sliced(i).startsWith(word, Qt::CaseInsensitive) && !letterAt(text, i + word.size()))
            return word.size();
    }
    return 0;
}

// Where an extension begins ("доб. 12", "ext.5", "x 5", "#5", "转5", "分机5"), or -1.
qsizetype extensionStart(QStringView part)
{
    static constexpr std::array<QStringView, 9> words{
        u"доб", u"добавочный", u"вн", u"внутр", u"внутренний", u"ext", u"extension", u"x", u"х"};
    for (qsizetype i = 0; i < part.size(); ++i) {
        qsizetype markerEnd = -1;
        if (part[i] == u'#' || part[i] == u'转') {
            markerEnd = i + 1;
        } else if (part.sliced(i).startsWith(u"分机")) {
            markerEnd = i + 2;
        } else if (part[i].isLetter() && !letterAt(part, i - 1)) {
            qsizetype end = i;
            while (letterAt(part, end))
                ++end;
            const QStringView word = part.sliced(i, end - i);
            for (const QStringView marker : words) {
                if (word.compare(marker, Qt::CaseInsensitive) == 0)
                    markerEnd = end;
            }
        }
        if (markerEnd < 0)
            continue;
        while (markerEnd < part.size()
               && (part[markerEnd] == u'.' || part[markerEnd] == u':' || part[markerEnd].isSpace()))
            ++markerEnd;
        if (markerEnd < part.size() && isAsciiDigit(part[markerEnd]))
            return i;
    }
    return -1;
}

} // namespace

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion, bool fastPath)
    : m_region(defaultRegion.trimmed().toUpper())
    , m_fastPath(fastPath)
{
    // A region libphonenumber does not know would make it guess; "ZZ" accepts only +numbers.
    m_regionCode = m_region.toStdString();
    if (util().GetCountryCodeForRegion(m_regionCode) == 0) {
        m_region = QStringLiteral("ZZ");
        m_regionCode = "ZZ";
    }
    m_russianTrunk = m_region == QLatin1String("RU");
    if (m_fastPath)
        prefixTable();
}

PhoneResult PhoneNormalizer::normalize(const QString &cell) const
{
    PhoneResult result;
    const QStringView text(cell);
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= text.size();) {
        qsizetype separator = 0;
        if (i == text.size() || isPartSeparator(text[i]))
            separator = 1;
        else if (text[i] == u'и' || text[i] == u'И' || text[i] == u'o' || text[i] == u'O')
            separator = separatorWordAt(text, i);
        if (separator == 0) {
            ++i;
            continue;
        }
        normalizePart(text.sliced(begin, i - begin).trimmed(), result);
        i += separator;
        begin = i;
    }
    return result;
}

void PhoneNormalizer::normalizePart(QStringView part, PhoneResult &result) const
{
    if (part.isEmpty())
        return;
    const qsizetype extension = extensionStart(part);
    QStringView number = extension >= 0 ? part.first(extension) : part;
    // A label before the number ("моб.:", "Tel") and anything after its last digit are not part
    // of it, as libphonenumber's own extraction treats them.
    qsizetype first = 0;
    while (first < number.size() && number[first] != u'+' && !isAsciiDigit(number[first]))
        ++first;
    qsizetype last = number.size();
    while (last > first && !isAsciiDigit(number[last - 1]))
        --last;
    number = number.sliced(first, last - first);
    if (number.isEmpty()) {
        // An extension alone ("доб. 12") belongs to the number before it; punctuation is nothing.
        const bool meaningful = std::any_of(part.begin(), part.end(), [](QChar c) { return c.isLetterOrNumber(); });
        if (extension < 0 && meaningful)
            result.invalid.append(part.toString());
        return;
    }
    if (m_fastPath && tryFastPath(number, result))
        return;

    PhoneNumber parsed;
    const std::string utf8 = number.toString().toStdString();
    if (util().Parse(utf8, m_regionCode, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util().IsValidNumber(parsed)) {
        result.invalid.append(part.toString());
        return;
    }
    std::string e164;
    util().Format(parsed, PhoneNumberUtil::E164, &e164);
    const QString formatted = QString::fromStdString(e164);
    if (!result.e164.contains(formatted))
        result.e164.append(formatted);
}

bool PhoneNormalizer::tryFastPath(QStringView number, PhoneResult &result) const
{
    std::array<char16_t, 16> digits{};
    qsizetype count = 0;
    const bool plus = number[0] == u'+';
    for (qsizetype i = plus ? 1 : 0; i < number.size(); ++i) {
        const QChar c = number[i];
        if (isAsciiDigit(c)) {
            if (count == qsizetype(digits.size()))
                return false;
            digits[count++] = c.unicode();
        } else if (!isFormatting(c)) {
            return false;
        }
    }
    // +7XXXXXXXXXX anywhere; 8XXXXXXXXXX, 7XXXXXXXXXX and XXXXXXXXXX in Russia.
    qsizetype national = -1;
    if (plus && count == 11 && digits[0] == u'7')
        national = 1;
    else if (!plus && m_russianTrunk && count == 11 && (digits[0] == u'8' || digits[0] == u'7'))
        national = 1;
    else if (!plus && m_russianTrunk && count == 10)
        national = 0;
    if (national < 0)
        return false;
    const int prefix = (digits[national] - u'0') * 100 + (digits[national + 1] - u'0') * 10 + (digits[national + 2] - u'0');
    if (prefixTable()[prefix] != PrefixValidity::Valid)
        return false;
    QString e164(12, Qt::Uninitialized);
    QChar *out = e164.data();
    out[0] = u'+';
    out[1] = u'7';
    for (qsizetype i = 0; i < 10; ++i)
        out[2 + i] = QChar(digits[national + i]);
    if (!result.e164.contains(e164))
        result.e164.append(e164);
    return true;
}

QString PhoneNormalizer::nationalList(const QString &storedPhones) const
{
    QStringList shown;
    for (const QString &phone : storedListItems(storedPhones))
        shown << national(phone);
    return shown.join(QStringLiteral(", "));
}

QString PhoneNormalizer::national(const QString &e164) const
{
    PhoneNumber parsed;
    if (util().Parse(e164.toStdString(), m_regionCode, &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string region;
    util().GetRegionCodeForNumber(parsed, &region);
    std::string formatted;
    const bool ours = region == m_regionCode;
    util().Format(parsed, ours ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

QString PhoneNormalizer::defaultRegionForLocale(const QLocale &locale)
{
    const QString code = QLocale::territoryToCode(locale.territory());
    return isKnownRegion(code) ? code : QStringLiteral("RU");
}

bool PhoneNormalizer::isKnownRegion(const QString &region)
{
    return region.size() == 2 && util().GetCountryCodeForRegion(region.toUpper().toStdString()) != 0;
}

} // namespace kartoteka
