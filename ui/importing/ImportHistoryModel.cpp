#include "ImportHistoryModel.h"

#include "importing/ImportBatchRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace kartoteka::ui {

ImportHistoryModel::ImportHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DatabaseError ImportHistoryModel::reload(const QSqlDatabase &db)
{
    beginResetModel();
    m_batches.clear();
    DatabaseError error;
    if (db.isValid()) {
        auto batches = ImportBatchRepository(db).list();
        if (batches)
            m_batches = std::move(*batches);
        else
            error = batches.error();
    }
    endResetModel();
    return error;
}

int ImportHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_batches.size());
}

int ImportHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportHistoryModel::kindName(ImportBatch::Kind kind)
{
    switch (kind) {
    case ImportBatch::Kind::Clients:
        return tr("Clients");
    case ImportBatch::Kind::Sales:
        return tr("Sales");
    case ImportBatch::Kind::VCard:
        return tr("vCard");
    case ImportBatch::Kind::Ics:
        return tr("Calendar");
    }
    return {};
}

QVariant ImportHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ImportBatch &batch = batchAt(index.row());
    if (role == Qt::ToolTipRole && index.column() == File)
        return QDir::toNativeSeparators(batch.filePath);
    if (role == Qt::TextAlignmentRole && index.column() >= Rows && index.column() <= Rejected)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (Column(index.column())) {
    case Started:
        return locale.toString(batch.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind:
        return kindName(batch.kind);
    case File:
        return QFileInfo(batch.filePath).fileName();
    case Rows:
        return locale.toString(batch.counts.rowsRead);
    case Created:
        return locale.toString(batch.counts.created);
    case Merged:
        return locale.toString(batch.counts.merged);
    case Rejected:
        return locale.toString(batch.counts.rejected);
    case Undone:
        return batch.isUndone() ? locale.toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Started:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case File:
        return tr("File");
    case Rows:
        return tr("Rows");
    case Created:
        return tr("Created");
    case Merged:
        return tr("Merged");
    case Rejected:
        return tr("Rejected");
    case Undone:
        return tr("Undone");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kartoteka::ui
