#pragma once

#include "importing/PhoneNormalizer.h"
#include "search/ClientSearch.h"

#include <QAbstractTableModel>

#include <vector>

namespace kartoteka::ui {

// What a search found, best first: organizations and contact persons, with what matched
// ("phone: 8 (495) 912-03-13"). A person's row names their organization, whose card it opens.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Organization, Inn, City, Matched, ColumnCount };
    enum Role { OrganizationIdRole = Qt::UserRole + 1, IsPersonRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // The hits of `query`, which says which of several phones matched.
    void setHits(std::vector<SearchHit> hits, const QString &query);
    void clear() { setHits({}, {}); }
    const SearchHit &hitAt(int row) const { return m_hits.at(std::size_t(row)); }
    // The organization a row stands for: the organization itself, or a person's; 0 for staff.
    qint64 organizationIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString matchedText(const SearchHit &hit) const;

    std::vector<SearchHit> m_hits;
    QString m_phoneDigits; // the query's digits when it was a phone number
    PhoneNormalizer m_phones;
};

} // namespace kartoteka::ui
