#pragma once

#include <QString>
#include <QStringList>

namespace kartoteka {

// The form of an e-mail used for matching duplicates: trimmed, lower-cased, without "mailto:",
// surrounding quotes or angle brackets ("Nancy <Nancy@X.ru>" → "nancy@x.ru").
QString normalizeEmail(const QString &text);

// A plausible address: one '@', a local part and a dotted domain, no spaces. Not RFC 5322:
// legacy lists need a warning for typos, not a parser for quoted local parts.
bool looksLikeEmail(const QString &email);

struct EmailResult
{
    QStringList emails;  // normalized, plausible, each once
    QStringList invalid; // the parts that do not look like e-mails, as typed
};

// Several e-mails in one cell, split on , ; / | line breaks (and on spaces between addresses).
EmailResult normalizeEmails(const QString &cell);

} // namespace kartoteka
