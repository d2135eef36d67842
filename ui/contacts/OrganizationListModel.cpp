#include "OrganizationListModel.h"

#include "contacts/CustomFieldRepository.h"

#include "ContactTexts.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace kartoteka::ui {

OrganizationListModel::OrganizationListModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_farPageTimer(new QTimer(this))
{
    m_farPageTimer->setSingleShot(true);
    m_farPageTimer->setInterval(farPageDelayMs);
    connect(m_farPageTimer, &QTimer::timeout, this, &OrganizationListModel::loadRequestedPages);
}

OrganizationListModel::~OrganizationListModel() = default;

OrganizationSortColumn OrganizationListModel::sortColumn(Column column)
{
    switch (column) {
    case Inn: return OrganizationSortColumn::Inn;
    case City: return OrganizationSortColumn::City;
    case Manager: return OrganizationSortColumn::Manager;
    case Class: return OrganizationSortColumn::Class;
    case LastContact: return OrganizationSortColumn::LastContact;
    case Kind: return OrganizationSortColumn::Kind;
    case Name:
    case ColumnCount: break;
    }
    return OrganizationSortColumn::Name;
}

void OrganizationListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void OrganizationListModel::setFilter(const OrganizationListFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrganizationListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return; // custom fields' columns are not sorted: no index keeps their order
    m_sort = {sortColumn(Column(column)), order == Qt::DescendingOrder};
    reload();
}

void OrganizationListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_requested.clear();
    m_farPageTimer->stop();
    m_count = 0;
    m_query.reset();
    m_customFields.clear();
    if (m_db.isOpen()) {
        if (auto fields = CustomFieldRepository(m_db).list(CustomField::Entity::Organization))
            m_customFields = std::move(fields).value();
        m_query = std::make_unique<OrganizationListQuery>(m_db, m_filter, m_sort);
        auto count = m_query->count();
        if (count) {
            m_count = *count;
            // The first page now: the view shows rows as soon as it is shown.
            if (auto first = m_query->page(0, pageSize))
                store(0, std::move(first).value());
            else
                fail(first.error());
        } else {
            fail(count.error());
        }
    }
    endResetModel();
    Q_EMIT countChanged(m_count);
}

void OrganizationListModel::refresh()
{
    if (!m_db.isOpen())
        return;
    auto query = std::make_unique<OrganizationListQuery>(m_db, m_filter, m_sort);
    auto count = query->count();
    if (!count) {
        fail(count.error());
        return;
    }
    if (*count != m_count) {
        reload();
        return;
    }
    m_query = std::move(query);
    m_pages.clear();
    m_requested.clear();
    if (auto first = m_query->page(0, pageSize))
        store(0, std::move(first).value());
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OrganizationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int OrganizationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_customFields.size());
}

int OrganizationListModel::loadedRowCount() const
{
    int rows = 0;
    for (const auto &[number, page] : m_pages)
        rows += int(page.rows.size());
    return rows;
}

qint64 OrganizationListModel::idAt(int row) const
{
    const OrganizationListRow *found = rowAt(row);
    return found ? found->id : 0;
}

int OrganizationListModel::rowOf(qint64 organizationId) const
{
    for (const auto &[number, page] : m_pages) {
        for (std::size_t i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].id == organizationId)
                return int(number * pageSize + qint64(i));
        }
    }
    return -1;
}

const OrganizationListRow *OrganizationListModel::rowAt(int row) const
{
    if (!m_query || row < 0 || row >= m_count)
        return nullptr;
    const qint64 number = row / pageSize;
    auto found = m_pages.find(number);
    if (found == m_pages.end()) {
        if (!readNextToNeighbour(number)) {
            requestFarPage(number);
            return nullptr;
        }
        found = m_pages.find(number);
    }
    found->second.lastUse = ++m_uses;
    const std::size_t inPage = std::size_t(row % pageSize);
    return inPage < found->second.rows.size() ? &found->second.rows[inPage] : nullptr;
}

bool OrganizationListModel::readNextToNeighbour(qint64 page) const
{
    // Keyset reads from a full neighbour: rows after the page above, or before the page below.
    const auto above = m_pages.find(page - 1);
    if (above != m_pages.end() && int(above->second.rows.size()) == pageSize) {
        auto rows = m_query->after(above->second.rows.back().cursor, pageSize);
        if (!rows) {
            fail(rows.error());
            return false;
        }
        store(page, std::move(rows).value());
        return true;
    }
    const auto below = m_pages.find(page + 1);
    if (below != m_pages.end() && !below->second.rows.empty()) {
        auto rows = m_query->before(below->second.rows.front().cursor, pageSize);
        if (!rows) {
            fail(rows.error());
            return false;
        }
        if (int(rows->size()) != pageSize)
            return false; // the list changed meanwhile: read it by offset
        store(page, std::move(rows).value());
        return true;
    }
    return false;
}

void OrganizationListModel::requestFarPage(qint64 page) const
{
    // A page asked for again (a repaint of the same place) waits no longer. A new page
    // restarts the wait, and the first new page of a paint drops those of earlier paints:
    // dragging the scroll bar reads only where it stops.
    if (std::find(m_requested.begin(), m_requested.end(), page) != m_requested.end())
        return;
    if (!m_collecting) {
        m_collecting = true;
        m_requested.clear();
        QTimer::singleShot(0, this, [this] { m_collecting = false; });
    }
    m_requested.push_back(page);
    m_farPageTimer->start();
}

void OrganizationListModel::loadRequestedPages()
{
    m_farPageTimer->stop();
    std::vector<qint64> pages;
    pages.swap(m_requested);
    std::sort(pages.begin(), pages.end());
    for (const qint64 page : pages) {
        if (!m_query || m_pages.count(page) != 0)
            continue;
        if (!readNextToNeighbour(page)) {
            auto rows = m_query->page(page * pageSize, pageSize);
            if (!rows) {
                fail(rows.error());
                return;
            }
            store(page, std::move(rows).value());
        }
        const int first = int(page * pageSize);
        const int last = int(std::min<qint64>(m_count, (page + 1) * pageSize)) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
}

void OrganizationListModel::store(qint64 page, std::vector<OrganizationListRow> rows) const
{
    if (!m_customFields.empty()) {
        // The custom columns' values of the page, in one query.
        std::vector<qint64> fieldIds;
        std::vector<qint64> ids;
        for (const CustomField &field : m_customFields)
            fieldIds.push_back(field.id);
        for (const OrganizationListRow &row : rows)
            ids.push_back(row.id);
        if (auto values = CustomFieldRepository(m_db).valuesOf(fieldIds, ids)) {
            for (OrganizationListRow &row : rows)
                row.custom = values->value(row.id);
        } else {
            fail(values.error());
        }
    }
    m_pages[page] = Page{std::move(rows), ++m_uses};
    while (int(m_pages.size()) > cachedPages) {
        const auto oldest = std::min_element(m_pages.begin(), m_pages.end(), [](const auto &a, const auto &b) {
            return a.second.lastUse < b.second.lastUse;
        });
        m_pages.erase(oldest);
    }
}

void OrganizationListModel::fail(const DatabaseError &error) const
{
    // A signal from a const reader: the page shows it; the model's data did not change.
    Q_EMIT const_cast<OrganizationListModel *>(this)->readFailed(error.message);
}

QVariant OrganizationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != ArchivedRole
        && role != Qt::FontRole && role != Qt::ForegroundRole)
        return {};
    const OrganizationListRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case ArchivedRole:
        return row->archived;
    case Qt::FontRole:
        if (row->archived) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row->archived)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return row->archived ? tr("%1 (archived)").arg(row->name) : row->name;
        return {};
    default:
        break;
    }
    if (index.column() >= ColumnCount) {
        const CustomField &field = m_customFields[std::size_t(index.column() - ColumnCount)];
        return ContactTexts::customValue(field, row->custom.value(field.id));
    }
    switch (Column(index.column())) {
    case Name: return row->name;
    case Inn: return row->inn;
    case City: return row->city;
    case Manager: return row->manager;
    case Class: return ContactTexts::className(row->abcClass, row->xyzClass);
    case LastContact: return ContactTexts::date(row->lastContactAt);
    case Kind: return ContactTexts::kindName(row->kind);
    case ColumnCount: break;
    }
    return {};
}

QVariant OrganizationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount && section < columnCount())
        return m_customFields[std::size_t(section - ColumnCount)].label;
    switch (Column(section)) {
    case Name: return tr("Name");
    case Inn: return tr("INN");
    case City: return tr("City");
    case Manager: return tr("Manager");
    case Class: return tr("Class");
    case LastContact: return tr("Last contact");
    case Kind: return tr("Kind");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kartoteka::ui
