#include "PreviewPage.h"

#include "widgets/ProblemsLabel.h"

#include "ImportContext.h"
#include "ImportPreviewModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStringDecoder>
#include <QTableView>

namespace kartoteka::ui {

namespace {

// Encodings of legacy lists, as QStringDecoder names them.
const char *const encodings[] = {"UTF-8",  "windows-1251", "KOI8-R",  "IBM866",     "GB18030",
                                 "Big5",   "UTF-16LE",     "UTF-16BE", "ISO-8859-1", "windows-1252"};

} // namespace

PreviewPage::PreviewPage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_encoding(new QComboBox(this))
    , m_delimiter(new QComboBox(this))
    , m_header(new QCheckBox(tr("First row is the &header"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
{
    setTitle(tr("Check how the file reads"));
    setSubTitle(tr("The first rows as they were decoded. If the letters look wrong or the columns are split badly, "
                   "choose another encoding or delimiter."));
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_header->setObjectName(QStringLiteral("headerCheck"));
    m_status->setObjectName(QStringLiteral("previewStatus"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_status->setWordWrap(true);

    m_encoding->addItem(tr("Auto"), QString());
    for (const char *name : encodings) {
        if (QStringDecoder(name).isValid())
            m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    }
    m_delimiter->addItem(tr("Auto"), QString());
    for (QChar delimiter : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')})
        m_delimiter->addItem(delimiterName(delimiter), QString(delimiter));
    m_encoding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    auto *delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    delimiterLabel->setBuddy(m_delimiter);

    auto *controls = new QHBoxLayout;
    controls->addWidget(encodingLabel);
    controls->addWidget(m_encoding);
    controls->addSpacing(16);
    controls->addWidget(delimiterLabel);
    controls->addWidget(m_delimiter);
    controls->addSpacing(16);
    controls->addWidget(m_header);
    controls->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_encoding, &QComboBox::activated, this, &PreviewPage::reread);
    connect(m_delimiter, &QComboBox::activated, this, &PreviewPage::reread);
    connect(m_header, &QCheckBox::toggled, this, [this](bool checked) {
        m_context.settings.hasHeader = checked;
        reread();
    });
}

QString PreviewPage::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case ';':
        return tr("Semicolon ;");
    case ',':
        return tr("Comma ,");
    case '\t':
        return tr("Tab");
    case '|':
        return tr("Vertical bar |");
    default:
        return tr("«%1»").arg(delimiter);
    }
}

void PreviewPage::initializePage()
{
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m_context.settings.encoding)));
    m_delimiter->setCurrentIndex(
        std::max(0, m_delimiter->findData(m_context.settings.delimiter.isNull() ? QString() : QString(m_context.settings.delimiter))));
    refresh();
}

void PreviewPage::reread()
{
    m_context.settings.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    m_context.settings.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    // The columns may change: the mapping is guessed anew.
    m_context.settings.mapping.clear();
    m_context.prepare();
    refresh();
}

void PreviewPage::refresh()
{
    const bool ok = m_context.problem.isEmpty() && m_context.plan;
    if (ok) {
        const ImportPlan &plan = *m_context.plan;
        m_encoding->setItemText(0, tr("Auto (%1)").arg(plan.sniff.encoding));
        m_delimiter->setItemText(0, tr("Auto (%1)").arg(delimiterName(plan.sniff.delimiter)));
        {
            const QSignalBlocker block(m_header);
            m_header->setChecked(plan.sniff.hasHeader);
        }
        m_model->setPreview(plan.sniff.hasHeader ? plan.headers : QStringList(), plan.sniff.preview);
        m_status->setText(tr("%1  ·  %n column(s)  ·  %2  ·  %3", nullptr, static_cast<int>(plan.headers.size()))
                              .arg(QFileInfo(m_context.file).fileName())
                              .arg(plan.sniff.encoding)
                              .arg(delimiterName(plan.sniff.delimiter)));
        markAsError(m_status, false);
    } else {
        m_model->setPreview({}, {});
        m_status->setText(m_context.problem);
        markAsError(m_status);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 320));
    Q_EMIT completeChanged();
}

bool PreviewPage::isComplete() const
{
    return m_context.problem.isEmpty() && m_context.plan.has_value();
}

} // namespace kartoteka::ui
