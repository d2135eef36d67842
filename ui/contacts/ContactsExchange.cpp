#include "ContactsExchange.h"

#include "exchange/ContactsCsvExport.h"
#include "exchange/PersonsVCardExport.h"
#include "exchange/VCardImport.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"
#include "widgets/WorkerProgressDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace kartoteka::ui {

ContactsExchange::ContactsExchange(DatabaseController &database, QWidget *window)
    : QObject(window), m_database(database), m_window(window), m_worker(new DatabaseWorker(this))
{
}

void ContactsExchange::exportTo(Export what, const QString &path)
{
    if (isRunning() || !m_database.isOpen())
        return;
    const bool vcard = what == Export::PersonsVCard;
    const QString suggested = what == Export::OrganizationsCsv ? tr("organizations.csv")
                              : vcard                          ? tr("contacts.vcf")
                                                               : tr("persons.csv");
    const QString file = !path.isEmpty() ? path
                                         : m_database.chooseOutputFile(
                                               m_window, tr("Export"), QDir::home().filePath(suggested),
                                               vcard ? tr("vCard files (*.vcf)") : tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    run(
        tr("Exporting…"),
        [what, file](Database &database, const DatabaseWorker::Progress &progress, qint64 &count, QString &) -> QString {
            // Written aside and put in place at the end: a failed or cancelled export leaves no half file.
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
            progress(0);
            Result<qint64> written =
                what == Export::OrganizationsCsv ? ContactsCsvExport::writeOrganizations(database.connection(), out)
                : what == Export::PersonsCsv     ? ContactsCsvExport::writePersons(database.connection(), out)
                                                 : PersonsVCardExport::write(database.connection(), out, VCard::Version::V4);
            if (!written)
                return written.error().message;
            if (!progress(100))
                return {}; // cancelled: the file is not committed
            if (!out.commit())
                return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString());
            count = *written;
            return {};
        },
        [what, file](qint64 count) {
            const QString name = QFileInfo(file).fileName();
            return what == Export::OrganizationsCsv ? tr("Exported %n organization(s) to %1", nullptr, int(count)).arg(name)
                                                    : tr("Exported %n person(s) to %1", nullptr, int(count)).arg(name);
        },
        false);
}

void ContactsExchange::importVCard(const QString &path)
{
    if (isRunning() || !m_database.isOpen() || m_database.isReadOnly())
        return;
    const QString file = !path.isEmpty() ? path
                                         : m_database.dialogs().chooseOpenFile(m_window, tr("Import vCard"), QDir::homePath(),
                                                                               tr("vCard files (*.vcf *.vcard)"));
    if (file.isEmpty())
        return;
    run(
        tr("Importing contacts…"),
        [file](Database &database, const DatabaseWorker::Progress &progress, qint64 &count, QString &warning) -> QString {
            auto report = VCardImport::run(database, file, ImportSettings(), progress);
            if (!report)
                return report.error().message;
            if (!report->written)
                return {};
            count = report->created + report->merged;
            if (!report->rejects.isEmpty())
                warning = tr("%n card(s) could not be read (the first at line %1: %2).", nullptr, int(report->rejects.size()))
                              .arg(report->rejects.first().line)
                              .arg(report->rejects.first().reason);
            return {};
        },
        [](qint64 count) {
            return tr("Imported %n contact(s); Import › History can undo it", nullptr, int(count));
        },
        true);
}

void ContactsExchange::run(const QString &title, Job job, std::function<QString(qint64)> doneText, bool modifies)
{
    auto count = std::make_shared<qint64>(0);
    auto warning = std::make_shared<QString>();
    auto *progress = new WorkerProgressDialog(m_worker, title, m_window);
    progress->setObjectName(QStringLiteral("exchangeProgress"));
    connect(
        m_worker, &DatabaseWorker::finished, this,
        [this, count, warning, doneText, modifies](bool succeeded, const QString &error) {
            disconnect(m_worker, nullptr, this, nullptr);
            if (modifies && (succeeded || *count > 0))
                Q_EMIT databaseModified();
            if (!error.isEmpty())
                m_database.dialogs().reportError(m_window, tr("Import or export did not finish"), error);
            else if (succeeded && !m_worker->isCancelled())
                Q_EMIT message(warning->isEmpty() ? doneText(*count) : doneText(*count) + QStringLiteral(". ") + *warning);
            else
                Q_EMIT message(tr("Cancelled; nothing was written"));
            Q_EMIT finished(succeeded && error.isEmpty());
        },
        Qt::QueuedConnection);
    m_worker->start(m_database.path(), [job, count, warning](Database &database, const DatabaseWorker::Progress &progress) {
        return job(database, progress, *count, *warning);
    });
}

} // namespace kartoteka::ui
