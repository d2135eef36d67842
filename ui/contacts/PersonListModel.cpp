#include "PersonListModel.h"

#include "ContactTexts.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/StoredList.h"
#include "importing/PhoneNormalizer.h"

#include <QFont>

namespace kartoteka::ui {

PersonListModel::PersonListModel(const PhoneNormalizer &phones, QObject *parent)
    : QAbstractTableModel(parent), m_phones(phones)
{
}

void PersonListModel::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    reload();
}

void PersonListModel::setFilter(const PersonListFilter &filter)
{
    m_filter = filter;
    reload();
}

void PersonListModel::readCustomValues(std::size_t first)
{
    m_custom.resize(m_rows.size());
    if (m_customFields.empty() || first >= m_rows.size())
        return;
    std::vector<qint64> fieldIds;
    std::vector<qint64> ids;
    for (const CustomField &field : m_customFields)
        fieldIds.push_back(field.id);
    for (std::size_t row = first; row < m_rows.size(); ++row)
        ids.push_back(m_rows[row].id);
    auto values = CustomFieldRepository(m_db).valuesOf(fieldIds, ids);
    if (!values) {
        Q_EMIT readFailed(values.error().message);
        return;
    }
    for (std::size_t row = first; row < m_rows.size(); ++row)
        m_custom[row] = values->value(m_rows[row].id);
}

void PersonListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_custom.clear();
    m_customFields.clear();
    m_showingFound = false;
    m_total = 0;
    m_atEnd = true;
    if (m_db.isOpen()) {
        const PersonListQuery query(m_db, m_filter);
        auto count = query.count();
        auto first = query.after(nullptr, pageSize);
        if (!count || !first) {
            Q_EMIT readFailed(!count ? count.error().message : first.error().message);
        } else {
            m_total = *count;
            m_rows = std::move(first).value();
            if (auto fields = CustomFieldRepository(m_db).list(CustomField::Entity::Person))
                m_customFields = std::move(fields).value();
            readCustomValues(0);
            m_atEnd = qint64(m_rows.size()) >= m_total || int(m_rows.size()) < pageSize;
        }
    }
    endResetModel();
    Q_EMIT countChanged(m_total);
}

void PersonListModel::setFoundRows(std::vector<PersonListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_custom.clear();
    readCustomValues(0);
    m_showingFound = true;
    m_total = qint64(m_rows.size());
    m_atEnd = true;
    endResetModel();
    Q_EMIT countChanged(m_total);
}

bool PersonListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void PersonListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto next = PersonListQuery(m_db, m_filter).after(&m_rows.back(), pageSize);
    if (!next) {
        m_atEnd = true;
        Q_EMIT readFailed(next.error().message);
        return;
    }
    m_atEnd = int(next->size()) < pageSize;
    if (next->empty())
        return;
    const std::size_t first = m_rows.size();
    beginInsertRows({}, int(first), int(first + next->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(next->begin()), std::make_move_iterator(next->end()));
    readCustomValues(first);
    endInsertRows();
}

qint64 PersonListModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[row].id : 0;
}

int PersonListModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < int(m_rows.size()); ++row)
        if (m_rows[row].id == personId)
            return row;
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + int(m_customFields.size());
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const PersonListRow &row = m_rows[index.row()];
    if (role == IdRole)
        return row.id;
    if (role == Qt::FontRole && row.archived) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && row.archived)
        return tr("Archived");
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() >= ColumnCount && index.column() < columnCount()) {
        const CustomField &field = m_customFields[std::size_t(index.column() - ColumnCount)];
        return ContactTexts::customValue(field, m_custom[std::size_t(index.row())].value(field.id));
    }
    switch (index.column()) {
    case Name: return row.fullName;
    case Organization: return row.isStaff ? tr("our staff") : row.organization;
    case Position: return row.position;
    case Phone: return m_phones.national(firstStoredItem(row.phones));
    case Email: return firstStoredItem(row.emails);
    default: return {};
    }
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section >= ColumnCount && section < columnCount())
        return m_customFields[std::size_t(section - ColumnCount)].label;
    switch (section) {
    case Name: return tr("Name");
    case Organization: return tr("Organization");
    case Position: return tr("Position");
    case Phone: return tr("Phone");
    case Email: return tr("E-mail");
    default: return {};
    }
}

} // namespace kartoteka::ui
