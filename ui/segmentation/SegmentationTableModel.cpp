#include "SegmentationTableModel.h"

#include "SegmentationCharts.h"

#include <QLocale>

#include <algorithm>

namespace kartoteka::ui {

SegmentationTableModel::SegmentationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentationTableModel::setResult(const SegmentationResult &result)
{
    beginResetModel();
    m_clients = result.clients;
    m_metric = result.parameters.metric;
    m_abc.reset();
    m_xyz.reset();
    rebuildRows();
    endResetModel();
}

void SegmentationTableModel::clear()
{
    setResult(SegmentationResult());
}

void SegmentationTableModel::setFilter(AbcClass abc, std::optional<XyzClass> xyz)
{
    beginResetModel();
    m_abc = abc;
    m_xyz = xyz;
    rebuildRows();
    endResetModel();
}

void SegmentationTableModel::clearFilter()
{
    beginResetModel();
    m_abc.reset();
    m_xyz.reset();
    rebuildRows();
    endResetModel();
}

void SegmentationTableModel::rebuildRows()
{
    m_rows.clear();
    for (int i = 0; i < int(m_clients.size()); ++i) {
        const SegmentedClient &client = m_clients[std::size_t(i)];
        if ((!m_abc || client.abc == *m_abc) && (!m_xyz || client.xyz == *m_xyz))
            m_rows.push_back(i);
    }
}

int SegmentationTableModel::rowOfClient(int clientIndex) const
{
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), clientIndex);
    return found != m_rows.end() && *found == clientIndex ? int(found - m_rows.begin()) : -1;
}

const SegmentedClient &SegmentationTableModel::clientAt(int row) const
{
    return m_clients.at(std::size_t(m_rows.at(std::size_t(row))));
}

int SegmentationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SegmentationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int clientIndex = m_rows[std::size_t(index.row())];
    const SegmentedClient &client = m_clients[std::size_t(clientIndex)];
    switch (role) {
    case Qt::DisplayRole:
        return display(client, clientIndex, index.column());
    case SortRole:
        return sortValue(client, clientIndex, index.column());
    case IdRole:
        return client.id;
    case ClientIndexRole:
        return clientIndex;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Name:
        case Inn:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        case Abc:
        case Xyz:
            return QVariant::fromValue(Qt::AlignCenter);
        default:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        if (index.column() == Abc || index.column() == Xyz)
            return cellColor(client.abc, client.xyz);
        return {};
    case Qt::ForegroundRole:
        // The class cells have a light background of their own whatever the palette.
        if (index.column() == Abc || index.column() == Xyz)
            return QColor(0x20, 0x20, 0x20);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Cv || index.column() == Xyz) {
            if (!client.cv)
                return tr("Fewer than three months (or quarters) to measure: not classed by XYZ.");
            return tr("Months (or quarters) measured: %1").arg(QLocale().toString(client.periods));
        }
        return {};
    default:
        return {};
    }
}

QVariant SegmentationTableModel::display(const SegmentedClient &client, int clientIndex, int column) const
{
    const QLocale locale;
    switch (column) {
    case Rank:
        return locale.toString(clientIndex + 1);
    case Name:
        return client.name;
    case Inn:
        return client.inn;
    case Value:
        return locale.toString(client.value, 'f', 2);
    case Share:
        return locale.toString(client.share, 'f', 2);
    case Cumulative:
        return locale.toString(client.cumulative, 'f', 2);
    case Cv:
        return client.cv ? locale.toString(*client.cv, 'f', 1) : QStringLiteral("—");
    case Abc:
        return abcCode(client.abc);
    case Xyz:
        return client.xyz == XyzClass::New ? tr("new") : xyzCode(client.xyz);
    default:
        return {};
    }
}

QVariant SegmentationTableModel::sortValue(const SegmentedClient &client, int clientIndex, int column) const
{
    switch (column) {
    case Rank:
    case Cumulative:
        return clientIndex;
    case Name:
        return client.name;
    case Inn:
        return client.inn;
    case Value:
    case Share:
        return client.value;
    case Cv:
        return client.cv ? *client.cv : -1.0; // new clients first
    case Abc:
        return int(client.abc);
    case Xyz:
        return int(client.xyz);
    default:
        return {};
    }
}

QVariant SegmentationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Share:
            return tr("The client's share of the total, percent");
        case Cumulative:
            return tr("The share of this client and all ranked above it, percent");
        case Cv:
            return tr("Coefficient of variation of the monthly (or quarterly) value, percent: the lower, the steadier");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Name:
        return tr("Client");
    case Inn:
        return tr("INN");
    case Value:
        return m_metric == SegmentMetric::Revenue ? tr("Revenue") : tr("Profit");
    case Share:
        return tr("Share, %");
    case Cumulative:
        return tr("Cumulative, %");
    case Cv:
        return tr("CV, %");
    case Abc:
        return tr("ABC");
    case Xyz:
        return tr("XYZ");
    default:
        return {};
    }
}

} // namespace kartoteka::ui
