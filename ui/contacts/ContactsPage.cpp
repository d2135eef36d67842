#include "ContactsPage.h"

#include "widgets/PageHeading.h"

#include "OrganizationCard.h"
#include "OrganizationFilterBar.h"
#include "OrganizationListModel.h"
#include "SearchResultsModel.h"
#include "contacts/UserRepository.h"
#include "search/ClientSearch.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

namespace {

constexpr int offeredCities = 1000;
constexpr int copiedNoteMs = 4000;
const QString splitterKey = QStringLiteral("ContactsPage/splitter");

QTableView *newTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    // A fixed row height: the view then never measures a million rows.
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
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
        const QString title = m_list->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(metrics.horizontalAdvance(QString::fromUtf8(sample)) + 12,
                                               header->fontMetrics().horizontalAdvance(title) + 28));
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

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(24, 24, 12, 12);
    listLayout->addWidget(title);
    listLayout->addWidget(description);
    listLayout->addSpacing(8);
    listLayout->addWidget(m_searchBox);
    listLayout->addWidget(m_filters);
    listLayout->addWidget(m_views, 1);
    listLayout->addWidget(m_count);

    auto *cardPanel = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(cardPanel);
    cardLayout->setContentsMargins(12, 24, 24, 12);
    cardLayout->addWidget(m_card);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("contactsSplitter"));
    splitter->addWidget(listPanel);
    splitter->addWidget(cardPanel);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({760, 420});
    splitter->restoreState(QSettings().value(splitterKey).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(splitterKey, splitter->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

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
    connect(&m_database, &DatabaseController::databaseChanged, this, &ContactsPage::onDatabaseChanged);
    onDatabaseChanged();
}

ContactsPage::~ContactsPage()
{
    // The models and the card hold the connection: let it go before closing it.
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
    m_list->setFilter(m_filters->filter());
    m_list->setDatabase(db);
    m_card->setDatabase(db);
    search();
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
    m_list->refresh();
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
    m_count->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
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

} // namespace kartoteka::ui
