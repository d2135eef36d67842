#include "DuplicatesDialog.h"

#include "MergeCommand.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/UserDialogs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

// More pairs than anyone works through in one sitting; the rest come after merging these.
constexpr std::size_t shownPairs = 5000;

QString reasonText(DuplicatePair::Reason reason)
{
    switch (reason) {
    case DuplicatePair::Reason::SameInn: return DuplicatesDialog::tr("same INN");
    case DuplicatePair::Reason::SameEmail: return DuplicatesDialog::tr("same e-mail");
    case DuplicatePair::Reason::SamePhone: return DuplicatesDialog::tr("same phone");
    case DuplicatePair::Reason::SimilarName: return DuplicatesDialog::tr("similar name, same city");
    }
    return {};
}

} // namespace

DuplicatesDialog::DuplicatesDialog(const QString &databasePath, QSqlDatabase connection, UserDialogs &dialogs,
                                   QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_connection(std::move(connection)), m_dialogs(dialogs),
      m_undoStack(undoStack), m_worker(new DatabaseWorker(this))
{
    setWindowTitle(tr("Duplicate organizations"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("duplicatesStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Why"), tr("Organization"), tr("Probable duplicate"), tr("Shared")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_keepFirst = new QPushButton(tr("Keep the &first, merge the second into it"), this);
    m_keepFirst->setObjectName(QStringLiteral("keepFirstButton"));
    m_keepSecond = new QPushButton(tr("Keep the &second, merge the first into it"), this);
    m_keepSecond->setObjectName(QStringLiteral("keepSecondButton"));
    const QString mergeHint = tr("Persons, tasks, sales, projects and deals move to the kept organization; empty fields "
                                 "are filled from the other. Edit > Undo takes a merge back.");
    m_keepFirst->setToolTip(mergeHint);
    m_keepSecond->setToolTip(mergeHint);
    auto *again = new QPushButton(tr("Search &again"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto *mergeRow = new QHBoxLayout;
    mergeRow->addWidget(m_keepFirst);
    mergeRow->addWidget(m_keepSecond);
    mergeRow->addStretch(1);
    mergeRow->addWidget(again);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(mergeRow);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_cancel, &QPushButton::clicked, m_worker, &DatabaseWorker::cancel);
    connect(again, &QPushButton::clicked, this, &DuplicatesDialog::search);
    connect(m_keepFirst, &QPushButton::clicked, this, &DuplicatesDialog::mergeIntoFirst);
    connect(m_keepSecond, &QPushButton::clicked, this, &DuplicatesDialog::mergeIntoSecond);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_worker, &DatabaseWorker::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_worker, &DatabaseWorker::finished, this, &DuplicatesDialog::onSearchFinished);
    search();
}

DuplicatesDialog::~DuplicatesDialog() = default;

bool DuplicatesDialog::isSearching() const
{
    return m_worker->isRunning();
}

void DuplicatesDialog::search()
{
    if (m_worker->isRunning())
        return;
    m_status->setText(tr("Looking for organizations that are probably one…"));
    m_progress->setValue(0);
    m_pending = std::make_shared<std::optional<std::vector<Row>>>();
    auto pending = m_pending;
    m_worker->start(m_databasePath, [pending](Database &database, const DatabaseWorker::Progress &progress) -> QString {
        auto pairs = DuplicateFinder::find(database.connection(), shownPairs, progress);
        if (!pairs)
            return pairs.error().message;
        std::vector<Row> rows;
        for (const DuplicatePair &pair : *pairs) {
            QStringList names;
            for (const qint64 id : {pair.first, pair.second}) {
                auto name = sql::scalar(database.connection(), QStringLiteral("SELECT name FROM organizations WHERE id = ?"), {id});
                if (!name)
                    return name.error().message;
                names.append(name->toString());
            }
            rows.push_back({pair, names.at(0), names.at(1)});
        }
        *pending = std::move(rows);
        return {};
    });
    updateButtons();
}

void DuplicatesDialog::onSearchFinished(bool succeeded, const QString &error)
{
    if (succeeded && m_pending && m_pending->has_value()) {
        m_rows = std::move(**m_pending);
        fillTable();
        m_status->setText(m_rows.empty() ? tr("No probable duplicates were found.")
                                         : tr("Probable duplicates: %1. Choose a pair and which one to keep.")
                                               .arg(QLocale().toString(qulonglong(m_rows.size()))));
    } else if (!error.isEmpty()) {
        m_status->setText(tr("The search failed: %1").arg(error));
        m_dialogs.reportError(this, tr("Cannot look for duplicates"), error);
    } else {
        m_status->setText(tr("The search was cancelled."));
    }
    m_pending.reset();
    updateButtons();
    Q_EMIT searchFinished();
}

void DuplicatesDialog::fillTable()
{
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < int(m_rows.size()); ++row) {
        const Row &r = m_rows[std::size_t(row)];
        const QStringList cells{reasonText(r.pair.reason), r.firstName, r.secondName, r.pair.detail};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
}

void DuplicatesDialog::mergeIntoFirst()
{
    merge(true);
}

void DuplicatesDialog::mergeIntoSecond()
{
    merge(false);
}

void DuplicatesDialog::merge(bool keepFirst)
{
    const QModelIndexList chosen = m_table->selectionModel()->selectedRows();
    const int selected = chosen.isEmpty() ? -1 : chosen.first().row();
    if (selected < 0 || selected >= int(m_rows.size()))
        return;
    const Row row = m_rows[std::size_t(selected)];
    const qint64 kept = keepFirst ? row.pair.first : row.pair.second;
    const qint64 dropped = keepFirst ? row.pair.second : row.pair.first;
    auto *command = new MergeCommand(m_connection, kept, dropped, keepFirst ? row.secondName : row.firstName,
                                     [this](const QString &message) {
                                         m_dialogs.reportError(this, tr("Cannot merge the organizations"), message);
                                     });
    m_undoStack.push(command); // runs the merge
    if (m_undoStack.count() == 0 || m_undoStack.command(m_undoStack.count() - 1) != command)
        return; // failed and dropped as obsolete
    // The dropped organization is gone from every pair it was in.
    std::erase_if(m_rows, [dropped](const Row &r) { return r.pair.first == dropped || r.pair.second == dropped; });
    fillTable();
    if (!m_rows.empty())
        m_table->selectRow(std::min(selected, int(m_rows.size()) - 1));
    m_status->setText(tr("«%1» was merged into «%2». Edit > Undo takes it back.")
                          .arg(keepFirst ? row.secondName : row.firstName, keepFirst ? row.firstName : row.secondName));
    Q_EMIT organizationsChanged();
}

void DuplicatesDialog::updateButtons()
{
    const bool running = m_worker->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    const bool chosen = !running && m_table->selectionModel()->hasSelection();
    m_keepFirst->setEnabled(chosen);
    m_keepSecond->setEnabled(chosen);
}

} // namespace kartoteka::ui
