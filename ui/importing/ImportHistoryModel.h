#pragma once

#include "importing/ImportBatch.h"
#include "storage/Result.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka::ui {

// The past import runs, newest first: date, kind, file, rows, created, merged, rejected, undone.
class ImportHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Kind, File, Rows, Created, Merged, Rejected, Undone, ColumnCount };

    explicit ImportHistoryModel(QObject *parent = nullptr);

    // Reads the batches again; an invalid `db` empties the model.
    DatabaseError reload(const QSqlDatabase &db);
    const ImportBatch &batchAt(int row) const { return m_batches.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(ImportBatch::Kind kind);

private:
    std::vector<ImportBatch> m_batches;
};

} // namespace kartoteka::ui
