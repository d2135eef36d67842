#include "ChooseFilePage.h"

#include "PhoneRegions.h"

#include "ImportContext.h"
#include "ImportDialogs.h"
#include "importing/PhoneNormalizer.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
const QString folderKey = QStringLiteral("import/folder");
} // namespace

ChooseFilePage::ChooseFilePage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_clients(new QRadioButton(tr("&Clients: organizations and their contact persons"), this))
    , m_sales(new QRadioButton(tr("&Sales history: client, date, amount"), this))
    , m_file(new QLineEdit(this))
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file exported from another program or a spreadsheet, in any common encoding."));
    m_clients->setObjectName(QStringLiteral("clientsRadio"));
    m_sales->setObjectName(QStringLiteral("salesRadio"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("Path to a .csv or .txt file"));
    m_clients->setChecked(true);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_clients);
    kinds->addButton(m_sales);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ChooseFilePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    auto *what = new QLabel(tr("What does the file hold?"), this);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);

    auto *layout = new QGridLayout(this);
    layout->addWidget(what, 0, 0, 1, 3);
    layout->addWidget(m_clients, 1, 0, 1, 3);
    layout->addWidget(m_sales, 2, 0, 1, 3);
    layout->setRowMinimumHeight(3, 16);
    layout->addWidget(fileLabel, 4, 0);
    layout->addWidget(m_file, 4, 1);
    layout->addWidget(browse, 4, 2);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(5, 1);
}

QString ChooseFilePage::defaultRegion()
{
    return PhoneRegions::defaultCode();
}

void ChooseFilePage::browse()
{
    const QString folder = QSettings().value(folderKey, QDir::homePath()).toString();
    const QString file = m_context.dialogs.chooseOpenFile(
        this, tr("Import a file"), folder, tr("CSV and text files (*.csv *.txt *.tsv);;All files (*)"));
    if (file.isEmpty())
        return;
    m_file->setText(QDir::toNativeSeparators(file));
    QSettings().setValue(folderKey, QFileInfo(file).absolutePath());
}

bool ChooseFilePage::isComplete() const
{
    return QFileInfo(QDir::fromNativeSeparators(m_file->text().trimmed())).isFile();
}

bool ChooseFilePage::validatePage()
{
    const QString file = QDir::fromNativeSeparators(m_file->text().trimmed());
    const ImportTarget target = m_sales->isChecked() ? ImportTarget::Sales : ImportTarget::Clients;
    if (m_context.start(file, target, defaultRegion()))
        return true;
    m_context.dialogs.reportError(this, tr("Cannot read the file"), m_context.problem);
    return false;
}

} // namespace kartoteka::ui
