#include "ImportPage.h"

#include "widgets/PageHeading.h"

#include "ImportDialogs.h"
#include "ImportHistoryModel.h"
#include "ImportUndoFlow.h"
#include "ImportWizard.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoteka::ui {

ImportPage::ImportPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_dialogs(std::make_unique<ImportDialogs>(ImportDialogs::standard(database.dialogs())))
    , m_start(new QPushButton(tr("&Import a file…"), this))
    , m_readOnly(new QLabel(tr("The database is open read-only: nothing can be imported or undone."), this))
    , m_table(new QTableView(this))
    , m_history(new ImportHistoryModel(this))
    , m_undo(new QPushButton(tr("&Undo selected import"), this))
    , m_undoFlow(new ImportUndoFlow(*m_dialogs, this))
{
    QLabel *title = createPageHeading(tr("Import"), this);
    QLabel *text = createPageDescription(tr("Bring in client lists and sales histories from other programs and spreadsheets: "
                                            "CSV files in any encoding, with a preview, field mapping and duplicate checks. "
                                            "Every import can be undone."),
                                         this);

    m_start->setObjectName(QStringLiteral("startImportButton"));
    m_start->setDefault(true);
    m_start->setToolTip(tr("Import clients or a sales history from a CSV file (Ctrl+I)"));
    m_undo->setObjectName(QStringLiteral("undoBatchButton"));
    m_undo->setToolTip(tr("Take the chosen import back: what it created is deleted, what it changed restored"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_readOnly->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnly->setWordWrap(true);
    m_readOnly->hide();

    m_table->setModel(m_history);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ImportHistoryModel::File, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);

    auto *historyTitle = new QLabel(tr("Import history"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    auto *undoRow = new QHBoxLayout;
    undoRow->addStretch(1);
    undoRow->addWidget(m_undo);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addLayout(startRow);
    layout->addWidget(m_readOnly);
    layout->addSpacing(16);
    layout->addWidget(historyTitle);
    layout->addWidget(m_table, 1);
    layout->addLayout(undoRow);

    connect(m_start, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(m_undo, &QPushButton::clicked, this, &ImportPage::undoSelected);
    connect(m_undoFlow, &ImportUndoFlow::finished, this, [this](bool undone) {
        if (undone)
            Q_EMIT databaseModified();
        else
            reloadHistory();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportPage::updateButtons);
    connect(m_history, &QAbstractItemModel::modelReset, this, &ImportPage::updateButtons);
    connect(&m_database, &DatabaseController::databaseChanged, this, &ImportPage::onDatabaseChanged);
    connect(this, &ImportPage::databaseModified, this, &ImportPage::reloadHistory);
    onDatabaseChanged();
}

ImportPage::~ImportPage()
{
    delete m_wizard; // its worker ends before the connections go
}

ImportWizard *ImportPage::wizard() const
{
    return m_wizard;
}

void ImportPage::onDatabaseChanged()
{
    delete m_wizard; // it holds the connection about to close
    m_connection.reset();
    if (m_database.isOpen()) {
        auto connection = std::make_unique<Database>();
        if (DatabaseError error = connection->open(m_database.path()))
            m_dialogs->reportError(this, tr("Cannot read the import history"), error.message);
        else
            m_connection = std::move(connection);
    }
    reloadHistory();
}

void ImportPage::reloadHistory()
{
    if (DatabaseError error = m_history->reload(m_connection ? m_connection->connection() : QSqlDatabase()))
        m_dialogs->reportError(this, tr("Cannot read the import history"), error.message);
    updateButtons();
}

void ImportPage::updateButtons()
{
    const bool writable = m_connection && !m_connection->isReadOnly();
    m_start->setEnabled(writable);
    m_readOnly->setVisible(m_connection && m_connection->isReadOnly());
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    m_undo->setEnabled(writable && !m_undoFlow->isRunning() && !selected.isEmpty()
                       && !m_history->batchAt(selected.first().row()).isUndone());
}

void ImportPage::startImport()
{
    if (!m_connection || m_connection->isReadOnly())
        return;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    m_wizard = new ImportWizard(m_connection->path(), m_connection->connection(), *m_dialogs, window());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &ImportWizard::databaseModified, this, &ImportPage::databaseModified);
    m_wizard->show();
}

void ImportPage::undoSelected()
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty() || !m_connection)
        return;
    const ImportBatch batch = m_history->batchAt(selected.first().row());
    m_undoFlow->start(m_connection->path(), batch.id, batch.filePath);
    updateButtons();
}

} // namespace kartoteka::ui
