#pragma once

#include "importing/CsvReader.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <memory>

namespace kartoteka::ui {

class PreviewCellChecker;

// The first records of a file as decoded, one column per file column; with a checker, the cells
// that would be rejected or warned about are coloured and say why in their tooltip.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Data role holding a cell's CellIssue::Severity as an int.
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject *parent = nullptr);
    ~ImportPreviewModel() override;

    void setPreview(const QStringList &headers, const QList<CsvRecord> &records);
    void setHeaderLabels(const QStringList &headers);
    // Null: no colouring.
    void setChecker(std::unique_ptr<PreviewCellChecker> checker);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<CsvRecord> m_records;
    int m_columns = 0;
    std::unique_ptr<PreviewCellChecker> m_checker;
};

} // namespace kartoteka::ui
