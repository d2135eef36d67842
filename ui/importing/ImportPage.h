#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace kartoteka {
class Database;
}

namespace kartoteka::ui {

class DatabaseController;
struct ImportDialogs;
class ImportHistoryModel;
class ImportUndoFlow;
class ImportWizard;

// The Import page: starts the import wizard and lists past imports, each of which can be undone.
class ImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImportPage(DatabaseController &database, QWidget *parent = nullptr);
    ~ImportPage() override;

    // The questions the import asks; tests answer them.
    ImportDialogs &dialogs() { return *m_dialogs; }
    // The wizard shown, if any.
    ImportWizard *wizard() const;
    ImportHistoryModel *history() const { return m_history; }

public Q_SLOTS:
    // Opens the wizard (or brings the open one forward).
    void startImport();
    void undoSelected();
    void reloadHistory();

Q_SIGNALS:
    // An import or an undo changed the database.
    void databaseModified();

private:
    void onDatabaseChanged();
    void updateButtons();

    DatabaseController &m_database;
    std::unique_ptr<ImportDialogs> m_dialogs;
    std::unique_ptr<Database> m_connection; // the GUI thread's own connection: history, profiles, undo
    QPushButton *m_start;
    QLabel *m_readOnly;
    QTableView *m_table;
    ImportHistoryModel *m_history;
    QPushButton *m_undo;
    ImportUndoFlow *m_undoFlow;
    QPointer<ImportWizard> m_wizard;
};

} // namespace kartoteka::ui
