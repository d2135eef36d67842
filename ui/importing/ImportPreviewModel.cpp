#include "ImportPreviewModel.h"

#include "PreviewCellChecker.h"

#include <QBrush>
#include <QColor>

namespace kartoteka::ui {

namespace {

const QColor rejectColor(0xf6, 0xc6, 0xc6);
const QColor warningColor(0xfb, 0xe8, 0xa6);

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ImportPreviewModel::~ImportPreviewModel() = default;

void ImportPreviewModel::setPreview(const QStringList &headers, const QList<CsvRecord> &records)
{
    beginResetModel();
    m_headers = headers;
    m_records = records;
    m_columns = static_cast<int>(headers.size());
    for (const CsvRecord &record : records)
        m_columns = std::max(m_columns, static_cast<int>(record.fields.size()));
    endResetModel();
}

void ImportPreviewModel::setHeaderLabels(const QStringList &headers)
{
    m_headers = headers;
    if (m_columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, m_columns - 1);
}

void ImportPreviewModel::setChecker(std::unique_ptr<PreviewCellChecker> checker)
{
    m_checker = std::move(checker);
    if (rowCount() > 0 && m_columns > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const CsvRecord &record = m_records.at(index.row());
    const QString text = record.fields.value(index.column());
    if (role == Qt::DisplayRole) {
        QString shown = text;
        return shown.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ ")).remove(QLatin1Char('\r'));
    }
    if (!m_checker)
        return role == Qt::ToolTipRole && text.contains(QLatin1Char('\n')) ? QVariant(text) : QVariant();
    if (role != Qt::BackgroundRole && role != Qt::ToolTipRole && role != SeverityRole && role != Qt::ForegroundRole)
        return {};
    const CellIssue issue = m_checker->check(record, index.column());
    switch (role) {
    case SeverityRole:
        return static_cast<int>(issue.severity);
    case Qt::ToolTipRole:
        return issue.message.isEmpty() ? QVariant() : QVariant(issue.message);
    case Qt::BackgroundRole:
        if (issue.severity == CellIssue::Severity::Reject)
            return QBrush(rejectColor);
        if (issue.severity == CellIssue::Severity::Warning)
            return QBrush(warningColor);
        return {};
    case Qt::ForegroundRole:
        // The tinted cells keep dark text under a dark theme too.
        return issue.severity == CellIssue::Severity::None ? QVariant() : QVariant(QBrush(Qt::black));
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? m_headers.at(section) : QStringLiteral("#%1").arg(section + 1);
    if (section < m_records.size())
        return m_records.at(section).line;
    return {};
}

} // namespace kartoteka::ui
