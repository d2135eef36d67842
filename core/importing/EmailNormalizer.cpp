#include "EmailNormalizer.h"

namespace kartoteka {

namespace {

bool isCellSeparator(QChar c)
{
    switch (c.unicode()) {
    case u',': case u';': case u'/': case u'|': case u'\n': case u'\r': case u'，': case u'；': case u'、':
        return true;
    default:
        return false;
    }
}

void addPart(QStringView part, EmailResult &result)
{
    part = part.trimmed();
    if (part.isEmpty())
        return;
    const QString email = normalizeEmail(part.toString());
    if (!looksLikeEmail(email))
        result.invalid.append(part.toString());
    else if (!result.emails.contains(email))
        result.emails.append(email);
}

} // namespace

QString normalizeEmail(const QString &text)
{
    QStringView view = QStringView(text).trimmed();
    // "Name <address>": the address is what is between the brackets.
    const qsizetype open = view.lastIndexOf(u'<');
    if (open >= 0) {
        const qsizetype close = view.indexOf(u'>', open);
        view = view.sliced(open + 1, (close < 0 ? view.size() : close) - open - 1).trimmed();
    }
    if (view.startsWith(u"mailto:", Qt::CaseInsensitive))
        view = view.sliced(7).trimmed();
    while (!view.isEmpty() && (view.front() == u'"' || view.front() == u'\'' || view.front() == u'<'))
        view = view.sliced(1);
    while (!view.isEmpty() && (view.back() == u'"' || view.back() == u'\'' || view.back() == u'>' || view.back() == u'.'))
        view.chop(1);
    return view.toString().toLower();
}

bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@'))
        return false;
    const QStringView domain = QStringView(email).sliced(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    if (dot <= 0 || dot == domain.size() - 1 || domain.startsWith(u'.') || domain.contains(u".."))
        return false;
    if (email.startsWith(u'.') || email.contains(u".@") || email.contains(u"@-"))
        return false;
    for (const QChar c : email) {
        // Letters of any script are allowed (IDN domains, like почта@пример.рф), spaces and
        // separators are not.
        if (c.isSpace() || c == u',' || c == u';' || c == u'<' || c == u'>' || c == u'(' || c == u')'
            || c == u'[' || c == u']' || c == u'\\' || c == u'"' || c == u':')
            return false;
    }
    return true;
}

EmailResult normalizeEmails(const QString &cell)
{
    EmailResult result;
    const QStringView text(cell);
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && !isCellSeparator(text[i]))
            continue;
        const QStringView part = text.sliced(begin, i - begin).trimmed();
        begin = i + 1;
        // "a@x.ru b@y.ru": spaces separate addresses when the part holds more than one.
        if (part.count(u'@') > 1 && !part.contains(u'<')) {
            qsizetype wordBegin = 0;
            for (qsizetype j = 0; j <= part.size(); ++j) {
                if (j == part.size() || part[j].isSpace()) {
                    addPart(part.sliced(wordBegin, j - wordBegin), result);
                    wordBegin = j + 1;
                }
            }
        } else {
            addPart(part, result);
        }
    }
    return result;
}

} // namespace kartoteka
