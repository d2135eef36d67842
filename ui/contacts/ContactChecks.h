#pragma once

#include <QCoreApplication>
#include <QString>

namespace kartoteka {
class PhoneNormalizer;
}

namespace kartoteka::ui {

// What the editors of the card index say about phones and e-mails as typed: a problem to
// show (empty when there is none) and the value to store.
class ContactChecks
{
    Q_DECLARE_TR_FUNCTIONS(ContactChecks)

public:
    // Phones in any format, several separated by commas; `stored` gets them as E.164 ", "-joined.
    static QString phonesProblem(const QString &typed, const PhoneNormalizer &normalizer, QString *stored);
    // One address; `stored` gets it trimmed and lower-cased.
    static QString emailProblem(const QString &typed, QString *stored);
    // Several addresses separated by commas or semicolons; `stored` gets them ", "-joined.
    static QString emailsProblem(const QString &typed, QString *stored);
};

} // namespace kartoteka::ui
