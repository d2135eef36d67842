#pragma once

#include "duplicates/DuplicateFinder.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace kartoteka::ui {

class DatabaseWorker;
struct UserDialogs;

// Lists probable duplicate organizations (DuplicateFinder, run in a worker with progress and
// Cancel) and merges a chosen pair into one, either way round, through the undo stack.
class DuplicatesDialog : public QDialog
{
    Q_OBJECT

public:
    // `connection` is the GUI thread's own, for merging; the search opens its own.
    DuplicatesDialog(const QString &databasePath, QSqlDatabase connection, UserDialogs &dialogs, QUndoStack &undoStack,
                     QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    // One row of the list: the pair and the two names.
    struct Row
    {
        DuplicatePair pair;
        QString firstName;
        QString secondName;
    };
    const std::vector<Row> &rows() const { return m_rows; }
    bool isSearching() const;

public Q_SLOTS:
    void search();
    // Keeps the first (or second) of the selected pair and merges the other into it.
    void mergeIntoFirst();
    void mergeIntoSecond();

Q_SIGNALS:
    void searchFinished();
    // An organization was merged away (or back): lists showing it should reload.
    void organizationsChanged();

private:
    void onSearchFinished(bool succeeded, const QString &error);
    void merge(bool keepFirst);
    void fillTable();
    void updateButtons();

    QString m_databasePath;
    QSqlDatabase m_connection;
    UserDialogs &m_dialogs;
    QUndoStack &m_undoStack;
    DatabaseWorker *m_worker;
    std::shared_ptr<std::optional<std::vector<Row>>> m_pending;
    std::vector<Row> m_rows;

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_table;
    QPushButton *m_keepFirst;
    QPushButton *m_keepSecond;
};

} // namespace kartoteka::ui
