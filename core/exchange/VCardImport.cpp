#include "VCardImport.h"

#include "VCard.h"
#include "importing/ClientImporter.h"
#include "importing/CsvCells.h"
#include "importing/ImportPlan.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

namespace kartoteka {

Result<ImportReport> VCardImport::run(Database &db, const QString &path, ImportSettings settings,
                                      const CsvImport::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseError(DatabaseError::Kind::Invalid, tr("Cannot read «%1»: %2").arg(path, file.errorString()));
    const VCard::Parsed parsed = VCard::parse(file.readAll());
    if (parsed.contacts.empty() && parsed.problems.empty())
        return DatabaseError(DatabaseError::Kind::Invalid, tr("«%1» holds no vCard.").arg(path));
    if (settings.strict && !parsed.problems.empty())
        return DatabaseError(DatabaseError::Kind::Invalid,
                             tr("--strict: the card at line %1 cannot be read (%2), so nothing was imported.")
                                 .arg(parsed.problems.front().line)
                                 .arg(parsed.problems.front().reason));

    // The cards as a client list, and where each card's row starts in it.
    csv::CsvText text;
    text.addLine({QStringLiteral("contact"), QStringLiteral("position"), QStringLiteral("phone"), QStringLiteral("email"),
                  QStringLiteral("birthday"), QStringLiteral("contact_notes"), QStringLiteral("name")});
    QHash<qint64, qint64> cardLineOfRow;
    qint64 csvLine = 2;
    for (const VCardContact &card : parsed.contacts) {
        const QStringList cells{csv::textCell(card.fullName),
                                csv::textCell(card.title),
                                csv::textCell(card.phones.join(QStringLiteral(", "))),
                                csv::textCell(card.emails.join(QStringLiteral(", "))),
                                card.birthday.isValid() ? card.birthday.toString(Qt::ISODate) : QString(),
                                csv::textCell(card.note),
                                csv::textCell(card.organization)};
        text.addLine(cells);
        cardLineOfRow.insert(csvLine, card.line);
        csvLine += 1 + cells.join(QLatin1Char(';')).count(QLatin1Char('\n'));
    }
    QTemporaryDir folder;
    if (!folder.isValid())
        return DatabaseError(DatabaseError::Kind::CannotOpen, tr("Cannot create a temporary folder: %1").arg(folder.errorString()));
    const QString converted = folder.filePath(QStringLiteral("vcard.csv"));
    if (const QString problem = csv::writeFile(text.toUtf8(), converted); !problem.isEmpty())
        return DatabaseError(DatabaseError::Kind::CannotOpen, problem);

    settings.target = ImportTarget::Clients;
    settings.encoding = QStringLiteral("UTF-8");
    settings.delimiter = QLatin1Char(';');
    settings.hasHeader = true;
    settings.mapping.clear(); // the headers are field names
    settings.dateOrder = DateOrder::DayMonth; // birthdays are ISO dates: the order never matters
    auto plan = ImportPlan::prepare(converted, settings);
    if (!plan)
        return plan.error();
    plan->sourcePath = path;
    auto report = ClientImporter(db).run(*plan, progress);
    if (!report)
        return report.error();

    const auto cardLine = [&](qint64 line) { return cardLineOfRow.value(line, line); };
    for (RejectedRow &row : report->rejects) {
        row.line = cardLine(row.line);
        if (row.fields.value(6).trimmed().isEmpty()) // the name column: no ORG on the card
            row.reason = tr("the card has no organization (ORG)");
    }
    for (ImportWarning &warning : report->warnings)
        warning.line = cardLine(warning.line);
    for (const VCard::Problem &problem : parsed.problems)
        report->rejects.push_back({problem.line, problem.reason, {}});
    return report;
}

} // namespace kartoteka
