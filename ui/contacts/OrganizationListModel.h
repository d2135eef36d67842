#pragma once

#include "contacts/CustomField.h"
#include "contacts/OrganizationListQuery.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace kartoteka::ui {

// The organizations of the card index as a table over the whole list, holding only a window
// of it: rowCount() is the whole count, and pages of rows are read as the view asks for them.
// A page next to one already read is read at once from its neighbour's key (about a
// millisecond anywhere in the list); a page far away (a jump of the scroll bar) is read by
// offset a moment after the view stops asking, so that dragging the scroll bar does not read
// every page it passes. Its rows show empty until then. The pages least recently used are
// forgotten beyond cachedPages. Clicking a column header sorts in SQL.
class OrganizationListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Inn, City, Manager, Class, LastContact, Kind, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ArchivedRole };

    static constexpr int pageSize = 100;
    static constexpr int cachedPages = 40;
    static constexpr int farPageDelayMs = 40;

    explicit OrganizationListModel(QObject *parent = nullptr);
    ~OrganizationListModel() override;

    // Lists the organizations of `db` (none while it is not open) and reads the first page.
    void setDatabase(const QSqlDatabase &db);
    void setFilter(const OrganizationListFilter &filter);
    const OrganizationListFilter &filter() const { return m_filter; }
    const OrganizationListSort &listSort() const { return m_sort; }
    // Counts again and forgets the rows read: for changes made elsewhere. The view keeps its
    // place when the count is the same.
    void refresh();

    // The organization on `row`; 0 while its page is not read.
    qint64 idAt(int row) const;
    // The row of an organization among the rows read; -1 when not among them.
    int rowOf(qint64 organizationId) const;
    // How many rows are held in memory.
    int loadedRowCount() const;
    // Reads the far pages asked for now instead of a moment later (tests, the view's jump).
    void loadRequestedPages();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static OrganizationSortColumn sortColumn(Column column);
    // The custom fields shown as columns after Kind, in form order.
    const std::vector<CustomField> &customFields() const { return m_customFields; }

Q_SIGNALS:
    // Reading failed: the message says why (shown by the page, not as a dialog per page).
    void readFailed(const QString &message);
    // The whole count changed (a new filter, sort, database or refresh).
    void countChanged(qint64 count);

private:
    struct Page
    {
        std::vector<OrganizationListRow> rows;
        quint64 lastUse = 0;
    };

    void reload();
    const OrganizationListRow *rowAt(int row) const;
    bool readNextToNeighbour(qint64 page) const;
    void requestFarPage(qint64 page) const;
    void store(qint64 page, std::vector<OrganizationListRow> rows) const;
    void fail(const DatabaseError &error) const;

    QSqlDatabase m_db;
    OrganizationListFilter m_filter;
    OrganizationListSort m_sort;
    std::unique_ptr<OrganizationListQuery> m_query;
    qint64 m_count = 0;
    // The cache, filled from const data(): reading a row is not a change of the model.
    mutable std::map<qint64, Page> m_pages;
    mutable quint64 m_uses = 0;
    mutable std::vector<qint64> m_requested; // far pages the view asked for in its last paint
    mutable bool m_collecting = false;       // data() calls of one paint are being collected
    QTimer *m_farPageTimer;
    std::vector<CustomField> m_customFields;
};

} // namespace kartoteka::ui
