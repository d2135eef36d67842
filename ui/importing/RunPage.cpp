#include "RunPage.h"

#include "ImportContext.h"
#include "importing/ClientImporter.h"
#include "importing/SalesImporter.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/ProblemsLabel.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWizard>

namespace kartoteka::ui {

RunPage::RunPage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_worker(new DatabaseWorker(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("Cancel stops the import and writes nothing."));
    setCommitPage(true);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_status->setWordWrap(true);
    m_progress->setRange(0, 100);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(2);

    connect(m_worker, &DatabaseWorker::progressChanged, this, [this](int percent) {
        m_progress->setValue(percent);
        // The rows are in; a big file's indexes take a while longer.
        if (percent >= CsvImport::rowsPercent && m_worker->isRunning() && !m_worker->isCancelled())
            m_status->setText(tr("Building the indexes for sorting and search…"));
    });
    connect(m_worker, &DatabaseWorker::finished, this, &RunPage::onFinished);
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    m_context.report.reset();
    m_context.undone = false;
    m_progress->setValue(0);
    m_progress->show();
    markAsError(m_status, false);
    m_status->setText(tr("Importing «%1»…").arg(QFileInfo(m_context.file).fileName()));

    const ImportPlan plan = *m_context.plan;
    m_result = std::make_shared<std::optional<ImportReport>>();
    auto report = m_result;
    m_worker->start(m_context.databasePath, [plan, report](Database &database, const DatabaseWorker::Progress &progress) {
        std::unique_ptr<CsvImport> importer;
        if (plan.settings.target == ImportTarget::Clients)
            importer = std::make_unique<ClientImporter>(database);
        else
            importer = std::make_unique<SalesImporter>(database);
        auto result = importer->run(plan, progress);
        if (!result)
            return result.error().message;
        *report = std::move(*result);
        return QString();
    });
    setButtons(Buttons::Running);
}

void RunPage::cleanupPage()
{
    setButtons(Buttons::Standard);
}

bool RunPage::isRunning() const
{
    return m_worker->isRunning();
}

void RunPage::cancel()
{
    m_worker->cancel();
    m_status->setText(tr("Cancelling…"));
}

void RunPage::setButtons(Buttons buttons)
{
    if (!wizard())
        return;
    switch (buttons) {
    case Buttons::Running:
        wizard()->setButtonLayout({QWizard::Stretch, QWizard::CancelButton});
        wizard()->setButtonText(QWizard::CancelButton, tr("&Cancel import"));
        break;
    case Buttons::Stopped:
        wizard()->setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::CancelButton});
        wizard()->setButtonText(QWizard::CancelButton, tr("&Close"));
        break;
    case Buttons::Standard:
        wizard()->setButtonLayout({QWizard::Stretch, QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                                   QWizard::FinishButton, QWizard::CancelButton});
        wizard()->setButtonText(QWizard::CancelButton, tr("Cancel"));
        break;
    }
}

void RunPage::onFinished(bool succeeded, const QString &error)
{
    // The worker's thread has ended: its result is safe to read.
    m_context.report = succeeded ? *m_result : std::nullopt;
    if (succeeded && m_context.report) {
        setButtons(Buttons::Standard);
        m_progress->setValue(100);
        if (m_context.report->written)
            Q_EMIT databaseModified();
        Q_EMIT completeChanged();
        Q_EMIT runFinished();
        wizard()->next();
        return;
    }
    setButtons(Buttons::Stopped);
    m_progress->hide();
    if (error.isEmpty()) {
        m_status->setText(tr("The import was cancelled; nothing was written to the database. "
                             "Go back to change the options and import again, or close the wizard."));
    } else {
        m_status->setText(tr("The import failed; nothing was written to the database.\n%1").arg(error));
        markAsError(m_status);
    }
    Q_EMIT completeChanged();
    Q_EMIT runFinished();
}

bool RunPage::isComplete() const
{
    return !isRunning() && m_context.report.has_value();
}

} // namespace kartoteka::ui
