#pragma once

#include "segmentation/Segmentation.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace kartoteka::ui {

// The ranked clients of a segmentation result, best first: rank, name, INN, value, share,
// cumulative share, CV, ABC and XYZ class. Shows all of them, or only one ABC class, or one
// cell of the matrix. Numbers are formatted for the user's locale; SortRole gives the raw
// values for a QSortFilterProxyModel.
class SegmentationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Rank, Name, Inn, Value, Share, Cumulative, Cv, Abc, Xyz, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, ClientIndexRole };

    explicit SegmentationTableModel(QObject *parent = nullptr);

    // Takes the clients of `result` and clears the filter.
    void setResult(const SegmentationResult &result);
    void clear();

    // Only the clients of class `abc`, and of `xyz` too when given.
    void setFilter(AbcClass abc, std::optional<XyzClass> xyz = std::nullopt);
    void clearFilter();
    bool isFiltered() const { return m_abc.has_value(); }
    std::optional<AbcClass> filterAbc() const { return m_abc; }
    std::optional<XyzClass> filterXyz() const { return m_xyz; }

    int clientCount() const { return int(m_clients.size()); }
    // The row showing the client ranked at `clientIndex` (0 = best); -1 when filtered out.
    int rowOfClient(int clientIndex) const;
    const SegmentedClient &clientAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildRows();
    QVariant display(const SegmentedClient &client, int clientIndex, int column) const;
    QVariant sortValue(const SegmentedClient &client, int clientIndex, int column) const;

    std::vector<SegmentedClient> m_clients;
    SegmentMetric m_metric = SegmentMetric::Revenue;
    std::vector<int> m_rows; // indexes into m_clients, in rank order
    std::optional<AbcClass> m_abc;
    std::optional<XyzClass> m_xyz;
};

} // namespace kartoteka::ui
