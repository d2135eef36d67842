#include "ImportWizard.h"

#include "ChooseFilePage.h"
#include "ImportContext.h"
#include "MappingPage.h"
#include "OptionsPage.h"
#include "PreviewPage.h"
#include "RunPage.h"
#include "SummaryPage.h"

namespace kartoteka::ui {

ImportWizard::ImportWizard(const QString &databasePath, const QSqlDatabase &db, ImportDialogs &dialogs, QWidget *parent)
    : QWizard(parent)
    , m_context(std::make_unique<ImportContext>(databasePath, db, dialogs))
    , m_run(new RunPage(*m_context, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(ChooseFile, new ChooseFilePage(*m_context, this));
    setPage(Preview, new PreviewPage(*m_context, this));
    setPage(Mapping, new MappingPage(*m_context, this));
    setPage(Options, new OptionsPage(*m_context, this));
    setPage(Run, m_run);
    auto *summary = new SummaryPage(*m_context, this);
    setPage(Summary, summary);
    connect(m_run, &RunPage::databaseModified, this, &ImportWizard::databaseModified);
    connect(summary, &SummaryPage::databaseModified, this, &ImportWizard::databaseModified);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(980, 660);
}

ImportWizard::~ImportWizard() = default;

bool ImportWizard::isRunning() const
{
    return m_run->isRunning();
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace kartoteka::ui
