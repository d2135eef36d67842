#include "VCard.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace kartoteka {

namespace {

// Backslash, comma, semicolon and line breaks escaped as the RFCs ask for text values.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || c == QLatin1Char(';'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QString unescaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text.at(++i);
            out += (next == QLatin1Char('n') || next == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : next;
        } else {
            out += c;
        }
    }
    return out;
}

// Splits at separators that are not escaped.
QStringList splitUnescaped(const QString &text, QChar separator)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            parts.last() += c;
            parts.last() += text.at(++i);
        } else if (c == separator) {
            parts << QString();
        } else {
            parts.last() += c;
        }
    }
    return parts;
}

// A content line folded after 75 bytes without cutting a UTF-8 sequence; CRLF ended.
QByteArray folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (utf8.size() - start > limit) {
        qsizetype cut = start + limit;
        while (cut > start && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
            --cut; // not inside a multi-byte character
        out += utf8.mid(start, cut - start) + "\r\n ";
        start = cut;
        limit = 74; // the leading space counts
    }
    out += utf8.mid(start) + "\r\n";
    return out;
}

// "Иванов Пётр Сергеевич" -> N:Иванов;Пётр;Сергеевич;; (family name first, as Russian lists
// write it; one word is the given name).
QString structuredName(const QString &fullName)
{
    const QStringList words = fullName.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() == 1)
        return QStringLiteral(";%1;;;").arg(escaped(words[0]));
    if (words.size() == 2)
        return QStringLiteral("%1;%2;;;").arg(escaped(words[0]), escaped(words[1]));
    return QStringLiteral("%1;%2;%3;;").arg(escaped(words.value(0)), escaped(words.value(1)),
                                            escaped(words.mid(2).join(QLatin1Char(' '))));
}

QByteArray decodedQuotedPrintable(const QByteArray &value)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == '=' && i + 2 < value.size()) {
            bool ok = false;
            const int byte = value.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out += char(byte);
                i += 2;
                continue;
            }
        }
        out += value.at(i);
    }
    return out;
}

QDate parsedDate(const QString &value)
{
    for (const char *format : {"yyyy-MM-dd", "yyyyMMdd", "--MMdd", "--MM-dd"}) {
        const QDate date = QDate::fromString(value.left(10), QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

struct ContentLine
{
    QString name; // upper case, without a group prefix
    QStringList parameters;
    QString value; // decoded, still escaped
};

ContentLine parsedLine(const QByteArray &raw)
{
    ContentLine line;
    const qsizetype colon = raw.indexOf(':');
    if (colon < 0)
        return line;
    const QList<QByteArray> head = raw.left(colon).split(';');
    QByteArray name = head.value(0).trimmed().toUpper();
    if (const qsizetype dot = name.indexOf('.'); dot >= 0)
        name = name.mid(dot + 1); // "item1.TEL"
    line.name = QString::fromLatin1(name);
    QByteArray value = raw.mid(colon + 1);
    QByteArray charset = "UTF-8";
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QString parameter = QString::fromLatin1(head.at(i)).trimmed();
        line.parameters << parameter.toUpper();
        if (parameter.compare(QLatin1String("ENCODING=QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0
            || parameter.compare(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive) == 0)
            value = decodedQuotedPrintable(value);
        else if (parameter.startsWith(QLatin1String("CHARSET="), Qt::CaseInsensitive))
            charset = parameter.mid(8).toLatin1();
    }
    QStringDecoder decoder(charset.constData());
    line.value = decoder.isValid() ? decoder.decode(value) : QString::fromUtf8(value);
    return line;
}

// Physical lines joined into content lines: a line starting with a space or tab continues the
// one before; a quoted-printable line ending in '=' continues on the next.
std::vector<std::pair<qint64, QByteArray>> contentLines(const QByteArray &data)
{
    std::vector<std::pair<qint64, QByteArray>> lines;
    qint64 number = 0;
    bool softBreak = false;
    for (QByteArray physical : data.split('\n')) {
        ++number;
        if (physical.endsWith('\r'))
            physical.chop(1);
        if (!lines.empty() && (softBreak || physical.startsWith(' ') || physical.startsWith('\t'))) {
            lines.back().second += softBreak ? physical : physical.mid(1);
        } else if (!physical.isEmpty()) {
            lines.emplace_back(number, physical);
        }
        const QByteArray &last = lines.empty() ? physical : lines.back().second;
        softBreak = last.toUpper().contains("QUOTED-PRINTABLE") && last.endsWith('=');
        if (softBreak)
            lines.back().second.chop(1);
    }
    return lines;
}

} // namespace

QByteArray VCard::write(const std::vector<VCardContact> &contacts, Version version)
{
    const bool v4 = version == Version::V4;
    QByteArray out;
    for (const VCardContact &c : contacts) {
        out += folded(QStringLiteral("BEGIN:VCARD"));
        out += folded(v4 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        out += folded(QStringLiteral("FN:") + escaped(c.fullName));
        out += folded(QStringLiteral("N:") + structuredName(c.fullName));
        if (!c.organization.isEmpty())
            out += folded(QStringLiteral("ORG:") + escaped(c.organization));
        if (!c.title.isEmpty())
            out += folded(QStringLiteral("TITLE:") + escaped(c.title));
        for (const QString &phone : c.phones)
            out += folded(v4 ? QStringLiteral("TEL;VALUE=uri;TYPE=work:tel:") + phone
                             : QStringLiteral("TEL;TYPE=WORK,VOICE:") + escaped(phone));
        for (const QString &email : c.emails)
            out += folded((v4 ? QStringLiteral("EMAIL;TYPE=work:") : QStringLiteral("EMAIL;TYPE=INTERNET,WORK:"))
                          + escaped(email));
        if (c.birthday.isValid())
            out += folded(QStringLiteral("BDAY:")
                          + c.birthday.toString(v4 ? QStringLiteral("yyyyMMdd") : QStringLiteral("yyyy-MM-dd")));
        if (!c.note.isEmpty())
            out += folded(QStringLiteral("NOTE:") + escaped(c.note));
        out += folded(QStringLiteral("END:VCARD"));
    }
    return out;
}

VCard::Parsed VCard::parse(const QByteArray &data)
{
    Parsed parsed;
    QByteArray bytes = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
    bool inCard = false;
    VCardContact card;
    QString structured; // N, for a card without FN
    for (const auto &[number, raw] : contentLines(bytes)) {
        const ContentLine line = parsedLine(raw);
        if (line.name == QLatin1String("BEGIN") && line.value.trimmed().compare(QLatin1String("VCARD"), Qt::CaseInsensitive) == 0) {
            if (inCard)
                parsed.problems.push_back({card.line, tr("the card has no END:VCARD")});
            inCard = true;
            card = VCardContact();
            card.line = number;
            structured.clear();
            continue;
        }
        if (!inCard)
            continue;
        if (line.name == QLatin1String("END")) {
            if (card.fullName.isEmpty())
                card.fullName = structured;
            if (card.fullName.isEmpty())
                parsed.problems.push_back({card.line, tr("the card has no name (FN or N)")});
            else
                parsed.contacts.push_back(card);
            inCard = false;
        } else if (line.name == QLatin1String("FN")) {
            card.fullName = unescaped(line.value).trimmed();
        } else if (line.name == QLatin1String("N")) {
            // family;given;additional;prefix;suffix -> "family given additional"
            QStringList parts;
            for (const QString &part : splitUnescaped(line.value, QLatin1Char(';')).mid(0, 3)) {
                if (!part.trimmed().isEmpty())
                    parts << unescaped(part).trimmed();
            }
            structured = parts.join(QLatin1Char(' '));
        } else if (line.name == QLatin1String("ORG")) {
            card.organization = unescaped(splitUnescaped(line.value, QLatin1Char(';')).value(0)).trimmed();
        } else if (line.name == QLatin1String("TITLE")) {
            card.title = unescaped(line.value).trimmed();
        } else if (line.name == QLatin1String("TEL")) {
            QString phone = unescaped(line.value).trimmed();
            if (phone.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                phone = phone.mid(4);
            if (!phone.isEmpty())
                card.phones << phone;
        } else if (line.name == QLatin1String("EMAIL")) {
            const QString email = unescaped(line.value).trimmed();
            if (!email.isEmpty())
                card.emails << email;
        } else if (line.name == QLatin1String("BDAY")) {
            card.birthday = parsedDate(line.value.trimmed());
        } else if (line.name == QLatin1String("NOTE")) {
            card.note = unescaped(line.value);
        }
    }
    if (inCard)
        parsed.problems.push_back({card.line, tr("the card has no END:VCARD")});
    return parsed;
}

} // namespace kartoteka
