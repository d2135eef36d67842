#include "SearchResultsModel.h"
#include "importing/PhoneRegions.h"

#include "ContactTexts.h"
#include "contacts/StoredList.h"
#include "search/SearchText.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace kartoteka::ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_phones(PhoneRegions::defaultCode())
{
}

void SearchResultsModel::setHits(std::vector<SearchHit> hits, const QString &query)
{
    beginResetModel();
    m_hits = std::move(hits);
    const std::vector<search::QueryTerm> terms = search::queryTerms(query);
    m_phoneDigits = terms.size() == 1 && terms.front().phoneDigits ? terms.front().text : QString();
    endResetModel();
}

qint64 SearchResultsModel::organizationIdAt(int row) const
{
    const SearchHit &hit = hitAt(row);
    return hit.type == SearchHit::Type::Organization ? hit.id : hit.organizationId;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultsModel::matchedText(const SearchHit &hit) const
{
    if (hit.matchedField == SearchHit::Field::Name)
        return {};
    QString value = hit.matchedText;
    if (hit.matchedField == SearchHit::Field::Phone) {
        // The phones that matched, not the whole list, in the national format.
        QStringList phones;
        for (const QString &phone : storedListItems(hit.matchedText)) {
            if (m_phoneDigits.isEmpty() || search::phoneDigits(phone).contains(m_phoneDigits))
                phones << m_phones.national(phone);
        }
        if (!phones.isEmpty())
            value = phones.join(QStringLiteral(", "));
    }
    return tr("%1: %2").arg(ContactTexts::matchedFieldName(hit.matchedField), value);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchHit &hit = hitAt(index.row());
    const bool person = hit.type == SearchHit::Type::Person;
    switch (role) {
    case OrganizationIdRole:
        return organizationIdAt(index.row());
    case IsPersonRole:
        return person;
    case Qt::DecorationRole:
        if (index.column() == Name && person)
            return QIcon::fromTheme(QStringLiteral("user-identity"),
                                    QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return person ? tr("Contact person of %1").arg(hit.organization) : hit.name;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Name: return hit.archived ? tr("%1 (archived)").arg(hit.name) : hit.name;
    case Organization: return person ? hit.organization : QString();
    case Inn: return hit.inn;
    case City: return hit.city;
    case Matched: return matchedText(hit);
    case ColumnCount: break;
    }
    return {};
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Organization: return tr("Organization");
    case Inn: return tr("INN");
    case City: return tr("City");
    case Matched: return tr("Matched");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kartoteka::ui
