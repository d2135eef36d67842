#include "NameNormalizer.h"

#include <QVarLengthArray>

#include <array>
#include <initializer_list>

namespace kartoteka {

namespace {

// Legal forms as single normalized words. Short Latin words that are often real names
// ("AS", "IP") are left out.
constexpr std::array<QStringView, 43> legalWords{
    u"ооо", u"оао", u"зао", u"ао", u"пао", u"нао", u"ип", u"чп", u"тоо", u"одо", u"нко", u"ано",
    u"гуп", u"муп", u"фгуп", u"гбу", u"мбу", u"фгбу", u"кфх", u"тов",
    u"llc", u"ltd", u"limited", u"inc", u"incorporated", u"corp", u"corporation", u"co", u"gmbh",
    u"ag", u"plc", u"llp", u"lp", u"sa", u"sarl", u"srl", u"bv", u"nv", u"pte", u"pty", u"ooo",
    u"zao", u"oao"};

// Legal forms of several words; matched before the single words.
struct Phrase
{
    std::array<QStringView, 4> words;
    qsizetype size;
};
constexpr std::array<Phrase, 11> legalPhrases{{
    {{u"общество", u"с", u"ограниченной", u"ответственностью"}, 4},
    {{u"индивидуальный", u"предприниматель"}, 2},
    {{u"публичное", u"акционерное", u"общество"}, 3},
    {{u"непубличное", u"акционерное", u"общество"}, 3},
    {{u"открытое", u"акционерное", u"общество"}, 3},
    {{u"закрытое", u"акционерное", u"общество"}, 3},
    {{u"акционерное", u"общество"}, 2},
    {{u"limited", u"liability", u"company"}, 3},
    {{u"sa", u"de", u"cv"}, 3},
    {{u"de", u"cv"}, 2},
    {{u"s", u"de", u"rl"}, 3},
}};

// Chinese legal forms end a word ("杭州西湖茶业有限公司"); longest first.
constexpr std::array<QStringView, 5> legalSuffixes{u"股份有限公司", u"有限责任公司", u"集团有限公司", u"有限公司", u"公司"};

struct Token
{
    qsizetype begin;
    qsizetype size;
    bool removed = false;
    bool single = false; // made of one-letter words only
};

bool isDroppedInside(char16_t c)
{
    // Apostrophes join what they stand between: "McDonald's".
    return c == u'\'' || c == u'\u2019';
}

// Initials and dotted abbreviations become one word however they are spaced: "А.А.", "А. А."
// and "АА" give "аа", "S.A." gives "sa". Tokens lie back to back in the folded text, so joining
// neighbours only widens the first.
void joinSingleLetters(QVarLengthArray<Token, 16> &tokens)
{
    qsizetype kept = 0;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const bool joins = kept > 0 && tokens[i].size == 1 && tokens[kept - 1].single;
        if (joins) {
            tokens[kept - 1].size += 1;
            continue;
        }
        tokens[kept] = tokens[i];
        tokens[kept].single = tokens[i].size == 1;
        ++kept;
    }
    tokens.resize(kept);
}

} // namespace

QString normalizedOrganizationName(const QString &name)
{
    QString folded;
    folded.reserve(name.size());
    QVarLengthArray<Token, 16> tokens;
    qsizetype tokenBegin = 0;
    const auto closeToken = [&] {
        if (folded.size() > tokenBegin)
            tokens.append({tokenBegin, folded.size() - tokenBegin});
        tokenBegin = folded.size();
    };
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name[i].unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                folded.append(QChar(c));
            else if (c >= u'A' && c <= u'Z')
                folded.append(QChar(char16_t(c + 32)));
            else if (!isDroppedInside(c))
                closeToken();
        } else if (QChar::isHighSurrogate(c) && i + 1 < name.size()) {
            folded.append(name[i]); // a rare ideograph: kept as it is
            folded.append(name[++i]);
        } else if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing) {
            char16_t lower = QChar::toCaseFolded(c);
            folded.append(QChar(lower == u'ё' ? u'е' : lower));
        } else if (!isDroppedInside(c)) {
            closeToken();
        }
    }
    closeToken();
    joinSingleLetters(tokens);

    const auto word = [&folded](const Token &token) { return QStringView(folded).sliced(token.begin, token.size); };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        bool phrase = false;
        for (const Phrase &legal : legalPhrases) {
            if (i + legal.size > tokens.size())
                continue;
            qsizetype matched = 0;
            while (matched < legal.size && word(tokens[i + matched]) == legal.words[matched])
                ++matched;
            if (matched == legal.size) {
                for (qsizetype j = 0; j < legal.size; ++j)
                    tokens[i + j].removed = true;
                i += legal.size - 1;
                phrase = true;
                break;
            }
        }
        if (phrase)
            continue;
        const QStringView current = word(tokens[i]);
        for (const QStringView legal : legalWords) {
            if (current == legal)
                tokens[i].removed = true;
        }
        for (const QStringView suffix : legalSuffixes) {
            if (current.size() > suffix.size() && current.endsWith(suffix)) {
                tokens[i].size -= suffix.size();
                break;
            }
            if (current == suffix) {
                tokens[i].removed = true;
                break;
            }
        }
    }

    bool anyKept = false;
    for (const Token &token : tokens)
        anyKept = anyKept || !token.removed;
    QString key;
    key.reserve(folded.size());
    for (const Token &token : tokens) {
        if (token.removed && anyKept)
            continue;
        if (!key.isEmpty())
            key.append(u' ');
        key.append(word(token));
    }
    return key;
}

} // namespace kartoteka
