#include "SummaryPage.h"

#include "widgets/ProblemsLabel.h"

#include "ImportContext.h"
#include "ImportDialogs.h"
#include "ImportUndoFlow.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kartoteka::ui {

SummaryPage::SummaryPage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_headline(new QLabel(this))
    , m_counts(new QWidget(this))
    , m_issues(new QTableWidget(0, 3, this))
    , m_openRejects(new QPushButton(tr("&Open rejects file"), this))
    , m_undo(new QPushButton(tr("&Undo import"), this))
    , m_undoFlow(new ImportUndoFlow(context.dialogs, this))
    , m_undoStatus(new QLabel(this))
{
    setTitle(tr("Summary"));
    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_issues->setObjectName(QStringLiteral("issuesTable"));
    m_openRejects->setObjectName(QStringLiteral("openRejectsButton"));
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undoStatus->setObjectName(QStringLiteral("undoStatus"));
    m_headline->setWordWrap(true);
    m_undoStatus->setWordWrap(true);

    auto *counts = new QFormLayout(m_counts);
    counts->setContentsMargins(0, 0, 0, 0);
    addCount(QStringLiteral("rows"), tr("Rows read:"));
    addCount(QStringLiteral("created"), tr("Created:"));
    addCount(QStringLiteral("merged"), tr("Merged into existing clients:"));
    addCount(QStringLiteral("skipped"), tr("Skipped as duplicates:"));
    addCount(QStringLiteral("newClients"), tr("New clients for sales:"));
    addCount(QStringLiteral("rejected"), tr("Rejected:"));
    addCount(QStringLiteral("warnings"), tr("Warnings:"));

    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Kind"), tr("Reason")});
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->verticalHeader()->hide();
    m_issues->verticalHeader()->setDefaultSectionSize(m_issues->fontMetrics().height() + 8);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(m_openRejects, &QPushButton::clicked, this, &SummaryPage::openRejects);
    connect(m_undo, &QPushButton::clicked, this, &SummaryPage::undo);
    connect(m_undoFlow, &ImportUndoFlow::finished, this, &SummaryPage::onUndoFinished);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openRejects);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_undoStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_issues, 1);
    layout->addLayout(buttons);
}

void SummaryPage::addCount(const QString &name, const QString &label)
{
    auto *value = new QLabel(m_counts);
    value->setObjectName(QStringLiteral("count_") + name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *caption = new QLabel(label, m_counts);
    caption->setObjectName(QStringLiteral("caption_") + name);
    static_cast<QFormLayout *>(m_counts->layout())->addRow(caption, value);
}

QString SummaryPage::countText(const QString &name) const
{
    const auto *label = m_counts->findChild<QLabel *>(QStringLiteral("count_") + name);
    return label ? label->text() : QString();
}

void SummaryPage::initializePage()
{
    const ImportReport &report = *m_context.report;
    const QLocale locale;
    const auto set = [this, &locale](const char *name, qint64 value, bool shown = true) {
        const QString key = QLatin1String(name);
        m_counts->findChild<QLabel *>(QStringLiteral("count_") + key)->setText(locale.toString(value));
        auto *layout = static_cast<QFormLayout *>(m_counts->layout());
        layout->setRowVisible(m_counts->findChild<QLabel *>(QStringLiteral("count_") + key), shown);
    };
    const bool clients = m_context.settings.target == ImportTarget::Clients;
    set("rows", report.rows);
    set("created", report.created);
    set("merged", report.merged, clients);
    set("skipped", report.skipped, clients);
    set("newClients", report.newClients, !clients);
    set("rejected", report.rejected());
    set("warnings", report.warnings.size());

    const QString file = QFileInfo(m_context.file).fileName();
    if (report.written)
        m_headline->setText(tr("Import #%1 of «%2» is done.").arg(report.batchId).arg(file));
    else
        m_headline->setText(tr("Strict mode: nothing was imported from «%1», because %n row(s) could not be read. "
                               "Fix them (see below) or import without Strict.",
                               nullptr, static_cast<int>(report.rejected()))
                                .arg(file));
    if (!report.rejectsError.isEmpty()) // the rows are listed below all the same
        m_headline->setText(m_headline->text() + QLatin1Char(' ') + report.rejectsError);
    markAsError(m_headline, !report.written || !report.rejectsError.isEmpty());

    m_issues->setRowCount(0);
    const auto addIssue = [this](qint64 line, const QString &kind, const QString &text) {
        const int row = m_issues->rowCount();
        m_issues->insertRow(row);
        auto *lineItem = new QTableWidgetItem;
        lineItem->setData(Qt::DisplayRole, line);
        m_issues->setItem(row, 0, lineItem);
        m_issues->setItem(row, 1, new QTableWidgetItem(kind));
        auto *textItem = new QTableWidgetItem(text);
        textItem->setToolTip(text);
        m_issues->setItem(row, 2, textItem);
    };
    for (const RejectedRow &reject : report.rejects)
        addIssue(reject.line, tr("Rejected"), reject.reason);
    for (const ImportWarning &warning : report.warnings)
        addIssue(warning.line, tr("Warning"),
                 warning.column.isEmpty() ? warning.message : tr("%1: %2").arg(warning.column).arg(warning.message));
    m_issues->setVisible(m_issues->rowCount() > 0);

    m_openRejects->setEnabled(!report.rejectsPath.isEmpty());
    m_openRejects->setToolTip(report.rejectsError.isEmpty() ? QDir::toNativeSeparators(report.rejectsPath) : report.rejectsError);
    m_undo->setEnabled(report.written && !m_context.undone);
    m_undo->setVisible(report.written);
    m_undoStatus->clear();
}

void SummaryPage::openRejects()
{
    const QString path = m_context.report->rejectsPath;
    if (!m_context.dialogs.openUrl(QUrl::fromLocalFile(path)))
        m_context.dialogs.reportError(this, tr("Cannot open the rejects file"),
                                      tr("No application opened «%1».").arg(QDir::toNativeSeparators(path)));
}

void SummaryPage::undo()
{
    m_undo->setEnabled(false);
    m_undoFlow->start(m_context.databasePath, m_context.report->batchId, m_context.file);
    if (!m_undoFlow->isRunning())
        onUndoFinished(false); // declined
}

void SummaryPage::onUndoFinished(bool undone)
{
    if (!undone) {
        m_undo->setEnabled(true);
        m_undoStatus->setText(tr("The import is still in the database."));
        return;
    }
    m_context.undone = true;
    m_undoStatus->setText(tr("Import #%1 was undone: the database is as it was before it.").arg(m_context.report->batchId));
    Q_EMIT databaseModified();
}

} // namespace kartoteka::ui
