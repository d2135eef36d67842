#pragma once

#include "segmentation/SegmentSnapshotRepository.h"

#include <QDialog>
#include <QSqlDatabase>

#include <array>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QTableWidget;

namespace kartoteka::ui {

class ClassMovesModel;

// The saved segmentation snapshots: choose two and see how clients moved between classes,
// each client's move (falling ones in red) and a from × to count of the ABC classes.
class SegmentationHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SegmentationHistoryDialog(QSqlDatabase db, QWidget *parent = nullptr);
    ~SegmentationHistoryDialog() override;

    // Reads the snapshots again and compares the two newest.
    void reload();
    const std::vector<SegmentSnapshot> &snapshots() const { return m_snapshots; }
    // Compares the snapshots at these positions of snapshots() (newest first).
    void compare(int earlierIndex, int laterIndex);

    // Clients moved from ABC class `from` to `to` in the comparison shown; nullopt is "not ranked".
    int moveCount(std::optional<AbcClass> from, std::optional<AbcClass> to) const;

    static QString snapshotTitle(const SegmentSnapshot &snapshot);
    // The months of an analysis in words, "January 2026 – March 2026"; the page says it too.
    static QString periodText(const SegmentationParameters &parameters);

Q_SIGNALS:
    void organizationActivated(qint64 id);

private:
    void compareChosen();
    void showSummary(const std::vector<ClassMove> &moves);
    void showMessage(const QString &text, bool error = false);

    QSqlDatabase m_db;
    std::vector<SegmentSnapshot> m_snapshots;
    QComboBox *m_earlier;
    QComboBox *m_later;
    QCheckBox *m_changedOnly;
    QLabel *m_message;
    QTableView *m_movesView;
    ClassMovesModel *m_moves;
    QTableWidget *m_summary;
    std::array<std::array<int, 4>, 4> m_counts{}; // [from][to], index 3 = not ranked
};

} // namespace kartoteka::ui
