#pragma once

#include "segmentation/Segmentation.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QToolButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class DatabaseController;
class DatabaseWorker;
class SegmentationHistoryDialog;
class SegmentationMatrixWidget;
class SegmentationTableModel;

// The ABC/XYZ analysis of the clients: the settings, a run off the GUI thread with progress
// and Cancel, then the matrix, the charts, the ranked table and the lost clients. A run can be
// saved as a snapshot (the organizations' current classes) and compared with earlier ones.
class SegmentationPage : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentationPage(DatabaseController &database, QWidget *parent = nullptr);
    ~SegmentationPage() override;

    // What the controls say now.
    SegmentationParameters parameters() const;
    void setParameters(const SegmentationParameters &parameters);

    bool isRunning() const;
    // The result shown; nullopt before the first run.
    const std::optional<SegmentationResult> &result() const { return m_result; }
    SegmentationHistoryDialog *historyDialog() const;

    // Bars of the Pareto chart before the rest are summed into one.
    static constexpr int paretoBars = 40;

public Q_SLOTS:
    // Starts an analysis with the controls' parameters; a parameter problem is shown instead.
    void run();
    void cancel();
    void saveSnapshot();
    void showHistory();
    void showAll();
    // The report of the result shown: print preview (Ctrl+P), PDF and CSV files (the file
    // names are asked through the window's UserDialogs, so tests can answer them).
    void printReport();
    void saveReportPdf();
    void exportReportCsv();

Q_SIGNALS:
    // A client was chosen in the table (double-click or Enter).
    void organizationActivated(qint64 id);
    // A run ended: with a new result, cancelled, or failed.
    void runFinished();
    void snapshotSaved(qint64 snapshotId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createResults();
    void loadSettings();
    void saveSettings() const;
    void onDatabaseChanged();
    void onWorkerFinished(bool succeeded, const QString &error);
    void maybeRunAutomatically();
    bool hasSales() const;
    void showResult(SegmentationResult result);
    void showNoSales();
    void showEmptyState(const QString &text);
    void showStatus(const QString &text, bool error = false);
    void setChart(QChartView *view, QChart *chart);
    void connectBars(QChart *chart, bool pareto);
    void filterToCell(AbcClass abc, XyzClass xyz);
    void filterToClass(AbcClass abc);
    void selectClient(int clientIndex);
    void updateFilterLabel();
    void updateButtons();
    void onSnapshotSaved(bool succeeded, const QString &error);
    void fillLostClients(const SegmentationResult &result);

    DatabaseController &m_database;
    std::unique_ptr<Database> m_connection; // the GUI thread's own: snapshots and history
    DatabaseWorker *m_worker;
    DatabaseWorker *m_saver; // Save as snapshot, on a connection of its own
    // Where the running job puts its result; read once the worker's thread has ended.
    std::shared_ptr<std::optional<SegmentationResult>> m_pending;
    std::optional<SegmentationResult> m_result;
    bool m_saved = false;   // the result shown is saved already
    std::shared_ptr<qint64> m_savedId; // the snapshot m_saver wrote; read once it finished
    bool m_autoRun = false; // run when the page is next shown (a new database, or no sales yet)

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_metric;
    QComboBox *m_granularity;
    QDoubleSpinBox *m_abcA;
    QDoubleSpinBox *m_abcB;
    QDoubleSpinBox *m_xyzX;
    QDoubleSpinBox *m_xyzY;
    QPushButton *m_run;
    QPushButton *m_save;
    QPushButton *m_history;
    QToolButton *m_report;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    QLabel *m_status;
    QLabel *m_summary;
    QStackedWidget *m_views;
    QLabel *m_emptyHint;
    QWidget *m_results;
    SegmentationMatrixWidget *m_matrix;
    QChartView *m_paretoView;
    QChartView *m_classView;
    SegmentationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_filterLabel;
    QPushButton *m_showAll;
    QTreeWidget *m_lost;
    QTabWidget *m_lists;
    QPointer<SegmentationHistoryDialog> m_historyDialog;
};

} // namespace kartoteka::ui
