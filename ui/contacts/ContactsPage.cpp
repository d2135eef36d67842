#include "ContactsPage.h"

#include "widgets/PageHeading.h"
#include "widgets/ProblemsLabel.h"
#include "widgets/RecordTable.h"

#include "ListBesideCard.h"
#include "OrganizationCard.h"
#include "CustomFieldCommands.h"
#include "CustomFieldFilters.h"
#include "CustomValuesEditor.h"
#include "OrganizationCommands.h"
#include "OrganizationEditor.h"
#include "OrganizationFilterBar.h"
#include "OrganizationListModel.h"
#include "SearchResultsModel.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "search/ClientSearch.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace kartoteka::ui {

namespace {

constexpr int offeredCities = 1000;
constexpr int copiedNoteMs = 4000;
const QString splitterKey = QStringLiteral("ContactsPage/splitter");

QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    setUpRecordTable(view, model, name);
    return view;
}

} // namespace

ContactsPage::ContactsPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_searchBox(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_filters(new OrganizationFilterBar(this))
    , m_count(new QLabel(this))
    , m_views(new QStackedWidget(this))
    , m_list(new OrganizationListModel(this))
    , m_found(new SearchResultsModel(this))
    , m_card(new OrganizationCard(this))
    , m_toolBar(new QToolBar(this))
    , m_newAction(new QAction(tr("&New organization…"), this))
    , m_editAction(new QAction(tr("Ed&it…"), this))
    , m_archiveAction(new QAction(tr("&Archive"), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
{
    QLabel *title = createPageHeading(tr("Contacts"), this);
    QLabel *description = createPageDescription(tr("The card index: organizations, contact persons, their journal and sales."), this);

    m_searchBox->setObjectName(QStringLiteral("searchBox"));
    m_searchBox->setPlaceholderText(tr("Search by name, INN, phone, e-mail or city"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchTimer->setObjectName(QStringLiteral("searchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_listView = newTable(m_list, QStringLiteral("organizationList"), this);
    QHeaderView *header = m_listView->horizontalHeader();
    header->setSectionResizeMode(OrganizationListModel::Name, QHeaderView::Stretch);
    // Each column as wide as a typical value or its title (with room for the sort arrow);
    // the name takes the rest.
    const QFontMetrics metrics = m_listView->fontMetrics();
    const std::pair<int, const char *> samples[] = {
        {OrganizationListModel::Inn, "0000000000"},     {OrganizationListModel::City, "Екатеринбург"},
        {OrganizationListModel::Manager, "Мария Соколова"}, {OrganizationListModel::Class, "AX"},
        {OrganizationListModel::LastContact, "00.00.0000"}, {OrganizationListModel::Kind, "Prospect"}};
    for (const auto &[column, sample] : samples) {
        // A title much longer than its values ("Последний контакт" over a date) is cut short
        // rather than taking the name's room; its tooltip says it whole.
        const QString title = m_list->headerData(column, Qt::Horizontal).toString();
        const int value = metrics.horizontalAdvance(QString::fromUtf8(sample)) + 12;
        header->resizeSection(column, std::clamp(header->fontMetrics().horizontalAdvance(title) + 28, value,
                                                 value + metrics.averageCharWidth() * 5));
    }
    header->setMinimumSectionSize(metrics.averageCharWidth() * 4);
    header->setSortIndicator(OrganizationListModel::Name, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    // Sorting is the model's (in SQL); the view only passes the header clicks on.
    m_listView->setSortingEnabled(true);

    m_foundView = newTable(m_found, QStringLiteral("searchResults"), this);
    QHeaderView *foundHeader = m_foundView->horizontalHeader();
    foundHeader->setSectionResizeMode(SearchResultsModel::Name, QHeaderView::Stretch);
    foundHeader->resizeSection(SearchResultsModel::Organization, metrics.averageCharWidth() * 22);
    foundHeader->resizeSection(SearchResultsModel::Inn, header->sectionSize(OrganizationListModel::Inn));
    foundHeader->resizeSection(SearchResultsModel::City, header->sectionSize(OrganizationListModel::City));
    foundHeader->resizeSection(SearchResultsModel::Matched,
                               metrics.horizontalAdvance(QStringLiteral("phone: 8 (000) 000-00-00")) + 24);

    m_emptyHint = new QLabel(tr("No organizations yet. Import a client list (File › Import…) or create demo data "
                                "from the welcome page."),
                             this);
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_views->addWidget(m_listView);
    m_views->addWidget(m_foundView);
    m_views->addWidget(m_emptyHint);

    QVBoxLayout *listLayout = createListPanel(this, title, description, m_searchBox);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_views, 1);
    listLayout->addWidget(m_count);

    m_newAction->setObjectName(QStringLiteral("newOrganizationAction"));
    m_newAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QKeySequence(Qt::Key_Insert)});
    m_newAction->setToolTip(tr("Create an organization (Ctrl+Shift+O)"));
    m_editAction->setObjectName(QStringLiteral("editOrganizationAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(tr("Edit the organization shown (F2)"));
    m_archiveAction->setObjectName(QStringLiteral("archiveOrganizationAction"));
    m_deleteAction->setObjectName(QStringLiteral("deleteOrganizationAction"));
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_deleteAction->setToolTip(tr("Delete the organization shown (Del); one with history can only be archived"));
    m_toolBar->setObjectName(QStringLiteral("organizationToolBar"));
    addRecordActions(this, m_toolBar, {m_newAction, m_editAction, m_archiveAction, m_deleteAction});
    layOutListBesideCard(this, listLayout, m_toolBar, m_card, splitterKey);

    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Clearing the box brings the list back at once; typing waits for a pause.
        if (text.trimmed().isEmpty())
            search();
        else
            m_searchTimer->start();
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this, [this] {
        search();
        if (isSearching() && m_found->rowCount() > 0) {
            m_foundView->setFocus();
            m_foundView->setCurrentIndex(m_found->index(0, 0));
        }
    });
    connect(m_searchTimer, &QTimer::timeout, this, &ContactsPage::search);
    connect(m_filters, &OrganizationFilterBar::filterChanged, m_list, &OrganizationListModel::setFilter);
    connect(m_list, &OrganizationListModel::countChanged, this, &ContactsPage::updateCount);
    connect(m_list, &OrganizationListModel::readFailed, this, [this](const QString &message) {
        showMessage(tr("Cannot read the list: %1").arg(message), true);
    });
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPage::onListRowChanged);
    connect(m_foundView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ContactsPage::onFoundRowChanged);
    connect(m_card, &OrganizationCard::copied, this, [this](const QString &text) {
        showMessage(tr("Copied to the clipboard: %1").arg(text));
        QTimer::singleShot(copiedNoteMs, this, &ContactsPage::updateCount);
    });
    connect(m_newAction, &QAction::triggered, this, &ContactsPage::newOrganization);
    connect(m_editAction, &QAction::triggered, this, &ContactsPage::editOrganization);
    connect(m_archiveAction, &QAction::triggered, this, &ContactsPage::toggleArchive);
    connect(m_deleteAction, &QAction::triggered, this, &ContactsPage::deleteOrganization);
    connect(m_card, &OrganizationCard::organizationShown, this, &ContactsPage::updateActions);
    connect(m_card, &OrganizationCard::editRequested, this, &ContactsPage::editOrganization);
    connect(m_listView, &QTableView::doubleClicked, this, &ContactsPage::editOrganization);
    connect(m_foundView, &QTableView::doubleClicked, this, &ContactsPage::editOrganization);
    connect(&m_database, &DatabaseController::databaseChanged, this, &ContactsPage::onDatabaseChanged);
    onDatabaseChanged();
}

ContactsPage::~ContactsPage()
{
    // The models and the card hold the connection: let it go before closing it (the database
    // controller may be gone already: the card tells nothing to this page any more).
    disconnect(m_card, nullptr, this, nullptr);
    m_list->setDatabase({});
    m_card->setDatabase({});
}

bool ContactsPage::isSearching() const
{
    return m_views->currentWidget() == m_foundView;
}

void ContactsPage::onDatabaseChanged()
{
    m_list->setDatabase({});
    m_card->setDatabase({});
    m_found->clear();
    m_connection.reset();
    if (m_database.isOpen()) {
        auto connection = std::make_unique<Database>();
        if (DatabaseError error = connection->open(m_database.path()))
            m_database.dialogs().reportError(this, tr("Cannot read the card index"), error.message);
        else
            m_connection = std::move(connection);
    }
    const QSqlDatabase db = m_connection ? m_connection->connection() : QSqlDatabase();
    std::vector<User> managers;
    QStringList cities;
    if (m_connection) {
        if (auto users = UserRepository(db).list(true))
            managers = std::move(users).value();
        if (auto found = OrganizationListQuery::cities(db, offeredCities))
            cities = std::move(found).value();
    }
    m_filters->setChoices(managers, cities);
    m_filters->customFilters()->load(db, CustomField::Entity::Organization);
    m_list->setFilter(m_filters->filter());
    m_list->setDatabase(db);
    m_card->setDatabase(db);
    search();
    updateActions();
}

void ContactsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Imports, demo data and other pages write through connections of their own.
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

void ContactsPage::refresh()
{
    if (!m_connection)
        return;
    // Custom fields added, changed or deleted: new columns and filters, the list read again.
    if (m_filters->customFilters()->loadIfFieldsChanged(m_connection->connection(), CustomField::Entity::Organization)) {
        m_list->setFilter(m_filters->filter());
    } else {
        m_list->refresh();
    }
    m_card->reload();
    if (isSearching())
        search();
}

void ContactsPage::search()
{
    m_searchTimer->stop();
    const QString text = m_searchBox->text().trimmed();
    if (text.isEmpty() || !m_connection) {
        m_found->clear();
        updateCount();
        return;
    }
    auto hits = ClientSearch(m_connection->connection()).find(text, searchLimit);
    if (!hits) {
        m_found->clear();
        showMessage(tr("Cannot search: %1").arg(hits.error().message), true);
        m_views->setCurrentWidget(m_foundView);
        return;
    }
    m_found->setHits(std::move(hits).value(), text);
    m_views->setCurrentWidget(m_foundView);
    updateCount();
}

void ContactsPage::updateCount()
{
    const QString text = m_searchBox->text().trimmed();
    if (!text.isEmpty() && m_connection) {
        m_views->setCurrentWidget(m_foundView);
        const int found = m_found->rowCount();
        showMessage(found == 0             ? tr("Nothing found")
                    : found >= searchLimit ? tr("The first %Ln found", nullptr, found)
                                           : tr("%Ln found", nullptr, found));
        return;
    }
    const int count = m_list->rowCount();
    const OrganizationListFilter filter = m_list->filter();
    const bool filtered = filter.kind || filter.managerId || !filter.abcClass.isEmpty() || !filter.xyzClass.isEmpty()
                          || !filter.city.isEmpty();
    m_views->setCurrentWidget(count == 0 && !filtered && !filter.includeArchived ? static_cast<QWidget *>(m_emptyHint)
                                                                                 : m_listView);
    showMessage(filtered && count == 0 ? tr("No organization matches the filters")
                                       : tr("%Ln organization(s)", nullptr, count));
}

void ContactsPage::showMessage(const QString &text, bool error)
{
    m_count->setText(text);
    markAsError(m_count, error);
}

void ContactsPage::onListRowChanged(const QModelIndex &current)
{
    if (const qint64 id = current.isValid() ? m_list->idAt(current.row()) : 0; id != 0)
        m_card->showOrganization(id);
}

void ContactsPage::onFoundRowChanged(const QModelIndex &current)
{
    if (const qint64 id = current.isValid() ? m_found->organizationIdAt(current.row()) : 0; id != 0)
        m_card->showOrganization(id);
}

void ContactsPage::showOrganization(qint64 organizationId)
{
    m_card->showOrganization(organizationId);
    // Select it in the list when its row has been read; it stays chosen otherwise.
    const int row = isSearching() ? -1 : m_list->rowOf(organizationId);
    if (row >= 0) {
        m_listView->selectionModel()->setCurrentIndex(m_list->index(row, 0),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_listView->scrollTo(m_list->index(row, 0));
    } else if (!isSearching()) {
        m_listView->clearSelection();
    }
}

bool ContactsPage::isWritable() const
{
    return m_connection && m_database.isOpen() && !m_database.isReadOnly();
}

void ContactsPage::updateActions()
{
    const bool writable = isWritable();
    const bool shown = writable && m_card->organizationId() != 0;
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(shown);
    m_archiveAction->setEnabled(shown);
    m_deleteAction->setEnabled(shown);
    m_archiveAction->setText(m_card->isArchived() ? tr("&Restore") : tr("&Archive"));
    m_archiveAction->setToolTip(m_card->isArchived() ? tr("Bring the organization back from the archive")
                                                     : tr("Hide the organization in the archive; it keeps its history"));
}

void ContactsPage::reportError(const QString &title, const QString &message)
{
    m_database.dialogs().reportError(this, title, message);
}

bool ContactsPage::execute(QUndoCommand *command, const std::function<void()> &done)
{
    if (m_undoStack) {
        const int before = m_undoStack->index();
        m_undoStack->push(command); // runs redo(); an obsolete command is deleted
        if (m_undoStack->index() == before)
            return false;
        if (done)
            done();
        return true;
    }
    command->redo();
    const bool succeeded = !command->isObsolete();
    if (succeeded && done)
        done();
    delete command;
    refresh();
    return succeeded;
}

std::vector<User> ContactsPage::managers(std::optional<qint64> current) const
{
    // The active users, and the current manager even when no longer active (or it would be lost).
    std::vector<User> offered;
    if (auto users = UserRepository(m_connection->connection()).list(true)) {
        for (const User &user : *users) {
            if (user.active || (current && user.id == *current))
                offered.push_back(user);
        }
    }
    return offered;
}

void ContactsPage::newOrganization()
{
    if (!isWritable())
        return;
    auto *editor = new OrganizationEditor(m_connection->connection(), Organization(), managers(std::nullopt), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (!isWritable())
            return;
        const Organization organization = editor->organization();
        const auto report = [this](const QString &message) { reportError(tr("Cannot create the organization"), message); };
        auto *command = new RecordChangeCommand(tr("create «%1»").arg(organization.name));
        auto *create = new CreateOrganizationCommand(m_database.connection(), organization, report, command);
        new SetCustomValuesCommand(m_database.connection(), [create] { return create->organizationId(); }, {},
                                   editor->customValues()->values(), report, command);
        qint64 id = 0;
        execute(command, [&id, create] { id = create->organizationId(); });
        if (id != 0) {
            m_searchBox->clear();
            showOrganization(id);
        }
    });
    editor->open();
}

void ContactsPage::editOrganization()
{
    const qint64 id = m_card->organizationId();
    if (!isWritable() || id == 0)
        return;
    auto before = OrganizationRepository(m_connection->connection()).get(id);
    if (!before) {
        reportError(tr("Cannot edit the organization"), before.error().message);
        return;
    }
    auto *editor = new OrganizationEditor(m_connection->connection(), *before, managers(before->managerId), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, original = *before] {
        if (!isWritable())
            return;
        const Organization changed = editor->organization();
        const CustomValuesEditor::Values oldValues = editor->customValues()->original();
        const CustomValuesEditor::Values newValues = editor->customValues()->values();
        if (OrganizationMapping::values(changed) == OrganizationMapping::values(original) && oldValues == newValues)
            return; // nothing to save or to undo
        const auto report = [this](const QString &message) { reportError(tr("Cannot save the organization"), message); };
        auto *command = new RecordChangeCommand(tr("edit «%1»").arg(changed.name));
        new EditOrganizationCommand(m_database.connection(), original, changed, report, command);
        const qint64 id = original.id;
        new SetCustomValuesCommand(m_database.connection(), [id] { return id; }, oldValues, newValues, report, command);
        execute(command);
    });
    editor->open();
}

void ContactsPage::toggleArchive()
{
    const qint64 id = m_card->organizationId();
    if (!isWritable() || id == 0)
        return;
    auto organization = OrganizationRepository(m_connection->connection()).get(id);
    if (!organization) {
        reportError(tr("Cannot archive the organization"), organization.error().message);
        return;
    }
    const bool archive = !organization->isArchived();
    execute(new ArchiveOrganizationCommand(m_database.connection(), id, organization->name, archive,
                                           [this, archive](const QString &message) {
                                               reportError(archive ? tr("Cannot archive the organization")
                                                                   : tr("Cannot restore the organization"),
                                                           message);
                                           }));
}

void ContactsPage::deleteOrganization()
{
    const qint64 id = m_card->organizationId();
    if (!isWritable() || id == 0)
        return;
    const QSqlDatabase db = m_database.connection();
    auto organization = OrganizationRepository(db).get(id);
    if (!organization) {
        reportError(tr("Cannot delete the organization"), organization.error().message);
        return;
    }
    auto blocker = OrganizationRepository(db).deletionBlocker(id);
    if (!blocker) {
        reportError(tr("Cannot delete the organization"), blocker.error().message);
        return;
    }
    if (!blocker->isEmpty()) {
        reportError(tr("Cannot delete the organization"),
                    tr("«%1» cannot be deleted: %2.").arg(organization->name, *blocker));
        return;
    }
    if (!m_database.dialogs().confirm(this, tr("Delete the organization"),
                                      tr("Delete «%1» and its contact persons?").arg(organization->name)))
        return;
    auto *command = new DeleteOrganizationCommand(db, id, organization->name, [this](const QString &message) {
        reportError(tr("Cannot delete the organization"), message);
    });
    if (execute(command))
        m_card->clear();
}

} // namespace kartoteka::ui
