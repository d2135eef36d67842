#pragma once

#include "tasks/TaskReport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QToolButton;

namespace kartoteka::ui {

class ChoiceButton;
class DatabaseController;
class DatabaseWorker;
class OrganizationPicker;

// Task reports: a period and filters (assignees, authors, controllers, types, states,
// importance, organization, project), a grouping, a run off the GUI thread with progress and
// Cancel, then the table of groups with the totals and four charts; the report prints, saves
// as PDF and exports as CSV. Who is looking (setViewer) decides which personal tasks count.
class TaskReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TaskReportsPage(DatabaseController &database, QWidget *parent = nullptr);
    ~TaskReportsPage() override;

    void setViewer(TaskViewer viewer);
    TaskViewer viewer() const { return m_viewer; }

    // What the controls say now ("now" is the current time).
    TaskReportParameters parameters() const;
    // Sets the period (local days, `to` included) and the grouping.
    void setPeriod(const QDate &from, const QDate &to);
    void setGrouping(TaskReportGrouping grouping);

    bool isRunning() const;
    // The report shown; nullopt before the first run.
    const std::optional<TaskReportResult> &result() const { return m_result; }

public Q_SLOTS:
    // Starts a report with the controls' parameters; a problem with them is shown instead.
    void run();
    void cancel();
    // The report shown: print preview (Ctrl+P), PDF and CSV files (file names are asked
    // through the window's UserDialogs, so tests can answer them).
    void printReport();
    void saveReportPdf();
    void exportReportCsv();

Q_SIGNALS:
    // A run ended: with a new result, cancelled, or failed.
    void runFinished();

protected:
    // Users, types and projects added since are offered in the filters.
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createControls();
    QWidget *createResults();
    void onDatabaseChanged();
    void reloadChoices();
    void onWorkerFinished(bool succeeded, const QString &error);
    void showResult(TaskReportResult result);
    void showStatus(const QString &text, bool error = false);
    void setChart(QChartView *view, QChart *chart);
    void loadSettings();
    void saveSettings() const;
    void updateButtons();

    DatabaseController &m_database;
    DatabaseWorker *m_worker;
    TaskViewer m_viewer = TaskViewer::everything();
    std::shared_ptr<std::optional<TaskReportResult>> m_pending;
    std::optional<TaskReportResult> m_result;

    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_grouping;
    ChoiceButton *m_assignees;
    ChoiceButton *m_authors;
    ChoiceButton *m_controllers;
    ChoiceButton *m_types;
    ChoiceButton *m_states;
    ChoiceButton *m_importances;
    ChoiceButton *m_projects;
    OrganizationPicker *m_organization = nullptr;
    QWidget *m_organizationSlot;
    QPushButton *m_run;
    QToolButton *m_report;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    QLabel *m_status;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QTabWidget *m_charts;
    QChartView *m_hoursView;
    QChartView *m_stateView;
    QChartView *m_typeView;
    QChartView *m_workloadView;
};

} // namespace kartoteka::ui
