#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace kartoteka {

// One contact as a vCard carries it (RFC 2426 for 3.0, RFC 6350 for 4.0).
struct VCardContact
{
    qint64 line = 0; // where its BEGIN:VCARD is, for messages
    QString fullName;     // FN
    QString organization; // the first component of ORG
    QString title;        // TITLE
    QStringList phones;   // TEL
    QStringList emails;   // EMAIL
    QDate birthday;       // BDAY
    QString note;         // NOTE
};

// Reads and writes vCard files: the vCard 3.0 and 4.0 that phones and mail clients exchange
// (and the 2.1 quoted-printable of older phones on reading).
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(VCard)

public:
    enum class Version { V3, V4 };

    // CRLF lines folded at 75 bytes, text escaped; UTF-8.
    static QByteArray write(const std::vector<VCardContact> &contacts, Version version);

    struct Problem
    {
        qint64 line = 0; // where the card begins
        QString reason;
    };
    struct Parsed
    {
        std::vector<VCardContact> contacts;
        std::vector<Problem> problems; // cards that could not be read
    };
    // Reads every card of a file (UTF-8; a CHARSET parameter is honoured). A card without a
    // name (FN or N) or without END:VCARD is reported and skipped; the others are read.
    static Parsed parse(const QByteArray &data);
};

} // namespace kartoteka
