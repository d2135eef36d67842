#pragma once

#include "contacts/CustomField.h"
#include "contacts/PersonListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {
class PhoneNormalizer;
}

namespace kartoteka::ui {

// The persons list: by name, read a page at a time as the view scrolls down (fetchMore), or
// the rows a search found; the persons' custom fields are columns after the fixed ones.
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Organization, Position, Phone, Email, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int pageSize = 200;

    explicit PersonListModel(const PhoneNormalizer &phones, QObject *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setFilter(const PersonListFilter &filter);
    const PersonListFilter &filter() const { return m_filter; }
    // Shows these rows instead of the list (a search's); reload() brings the list back.
    void setFoundRows(std::vector<PersonListRow> rows);
    bool isShowingFound() const { return m_showingFound; }
    // Reads the list again from its start (after changes).
    void reload();

    // How many persons the list holds (not only the rows read).
    qint64 totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    int rowOf(qint64 personId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void readFailed(const QString &message);
    void countChanged(qint64 count);

private:
    // Reads the custom columns' values of rows [first, end).
    void readCustomValues(std::size_t first);

    const PhoneNormalizer &m_phones;
    std::vector<CustomField> m_customFields;
    std::vector<QHash<qint64, QString>> m_custom; // per row: field id -> value
    QSqlDatabase m_db;
    PersonListFilter m_filter;
    std::vector<PersonListRow> m_rows;
    qint64 m_total = 0;
    bool m_atEnd = true;
    bool m_showingFound = false;
};

} // namespace kartoteka::ui
