#include "ContactChecks.h"

#include "importing/EmailNormalizer.h"
#include "importing/PhoneNormalizer.h"

#include <QRegularExpression>

namespace kartoteka::ui {

QString ContactChecks::phonesProblem(const QString &typed, const PhoneNormalizer &normalizer, QString *stored)
{
    stored->clear();
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const PhoneResult phones = normalizer.normalize(text);
    if (!phones.invalid.isEmpty())
        return tr("Not a phone number: %1.").arg(phones.invalid.join(QStringLiteral(", ")));
    if (phones.e164.isEmpty())
        return tr("No phone number found in «%1».").arg(text);
    *stored = phones.e164.join(QStringLiteral(", "));
    return {};
}

QString ContactChecks::emailProblem(const QString &typed, QString *stored)
{
    stored->clear();
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return {};
    const QString email = normalizeEmail(text);
    if (!looksLikeEmail(email))
        return tr("«%1» does not look like an e-mail address (name@example.ru).").arg(text);
    *stored = email;
    return {};
}

QString ContactChecks::emailsProblem(const QString &typed, QString *stored)
{
    stored->clear();
    QStringList emails;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString &part : typed.split(separators, Qt::SkipEmptyParts)) {
        QString email;
        if (QString problem = emailProblem(part, &email); !problem.isEmpty())
            return problem;
        if (!email.isEmpty())
            emails.append(email);
    }
    *stored = emails.join(QStringLiteral(", "));
    return {};
}

} // namespace kartoteka::ui
