#include "OptionsPage.h"

#include "ImportContext.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

OptionsPage::OptionsPage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_duplicates(new QGroupBox(tr("When a client is already in the database or earlier in the file"), this))
    , m_salesNote(new QLabel(this))
    , m_merge(new QRadioButton(tr("&Merge (recommended)"), m_duplicates))
    , m_skip(new QRadioButton(tr("S&kip"), m_duplicates))
    , m_create(new QRadioButton(tr("C&reate anyway"), m_duplicates))
    , m_strict(new QCheckBox(tr("S&trict: import nothing unless every row can be read"), this))
{
    setTitle(tr("Choose the options"));
    setSubTitle(tr("A backup of the database is taken before the import, and the whole import can be undone later."));
    m_merge->setObjectName(QStringLiteral("mergeRadio"));
    m_skip->setObjectName(QStringLiteral("skipRadio"));
    m_create->setObjectName(QStringLiteral("createRadio"));
    m_strict->setObjectName(QStringLiteral("strictCheck"));
    m_salesNote->setObjectName(QStringLiteral("salesNote"));

    auto *duplicates = new QVBoxLayout(m_duplicates);
    duplicates->addWidget(new QLabel(tr("Duplicates are found by INN, then e-mail, then phone, then name."), m_duplicates));
    duplicates->addWidget(m_merge);
    duplicates->addWidget(explanation(tr("Fill the empty fields of the existing client and add the new contact persons "
                                         "to it. Nothing already filled in is overwritten."),
                                      m_duplicates));
    duplicates->addWidget(m_skip);
    duplicates->addWidget(explanation(tr("Leave the existing client as it is and do not import the row."), m_duplicates));
    duplicates->addWidget(m_create);
    duplicates->addWidget(explanation(tr("Add the row as a new client even though that makes a duplicate."), m_duplicates));

    m_salesNote->setWordWrap(true);
    m_salesNote->setText(tr("Every sales line is added. Its client is found by INN, else by name; clients not yet in "
                            "the database are created."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_salesNote);
    layout->addSpacing(12);
    layout->addWidget(m_strict);
    layout->addWidget(explanation(tr("Otherwise the rows that cannot be read are left out and listed with their line "
                                     "numbers. Values kept with a warning never count against a row."),
                                  this));
    layout->addStretch(1);
    setButtonText(QWizard::NextButton, tr("&Import"));
}

void OptionsPage::initializePage()
{
    const bool clients = m_context.settings.target == ImportTarget::Clients;
    m_duplicates->setVisible(clients);
    m_salesNote->setVisible(!clients);
    switch (m_context.settings.onDuplicate) {
    case DuplicatePolicy::Merge:
        m_merge->setChecked(true);
        break;
    case DuplicatePolicy::Skip:
        m_skip->setChecked(true);
        break;
    case DuplicatePolicy::Create:
        m_create->setChecked(true);
        break;
    }
    m_strict->setChecked(m_context.settings.strict);
}

bool OptionsPage::validatePage()
{
    DuplicatePolicy policy = DuplicatePolicy::Merge;
    if (m_skip->isChecked())
        policy = DuplicatePolicy::Skip;
    else if (m_create->isChecked())
        policy = DuplicatePolicy::Create;
    m_context.settings.onDuplicate = policy;
    m_context.settings.strict = m_strict->isChecked();
    m_context.plan->settings.onDuplicate = policy;
    m_context.plan->settings.strict = m_strict->isChecked();
    m_context.plan->settings.defaultRegion = m_context.settings.defaultRegion;
    return true;
}

} // namespace kartoteka::ui
