#pragma once

#include "segmentation/Segmentation.h"

#include <QWidget>

#include <array>
#include <optional>
#include <utility>

class QToolButton;

namespace kartoteka::ui {

// The ABC×XYZ matrix: rows A, B, C; columns X, Y, Z and the new clients. Each cell shows its
// clients and its share of the total value. A cell is a button: clicking selects it (and
// says so with cellClicked); clicking the selected cell again clears the selection.
class SegmentationMatrixWidget : public QWidget
{
    Q_OBJECT

public:
    using CellKey = std::pair<AbcClass, XyzClass>;

    explicit SegmentationMatrixWidget(QWidget *parent = nullptr);

    // Shows the cells of `result` and clears the selection.
    void setResult(const SegmentationResult &result);
    // Empty cells, no selection.
    void clear();

    std::optional<CellKey> selectedCell() const { return m_selected; }
    // Selects a cell without emitting anything; nullopt clears.
    void setSelectedCell(std::optional<CellKey> cell);
    QToolButton *cellButton(AbcClass abc, XyzClass xyz) const;

Q_SIGNALS:
    void cellClicked(kartoteka::AbcClass abc, kartoteka::XyzClass xyz);
    // The selected cell was clicked again.
    void selectionCleared();

private:
    void onCellClicked(AbcClass abc, XyzClass xyz);
    void updateCellStyles();

    std::array<std::array<QToolButton *, 4>, 3> m_cells{}; // [abc][xyz]
    std::optional<CellKey> m_selected;
};

} // namespace kartoteka::ui
