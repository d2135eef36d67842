#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;
class QUndoCommand;
class QUndoStack;

namespace kartoteka {
class Database;
struct User;
}

namespace kartoteka::ui {

class DatabaseController;
class OrganizationCard;
class OrganizationFilterBar;
class OrganizationListModel;
class SearchResultsModel;

// The card index: the list of organizations over the whole table (sorted and filtered in SQL,
// read a window at a time), search as you type, and the card of the organization chosen.
// While the search box holds text, the list shows what the search found instead.
class ContactsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsPage(DatabaseController &database, QWidget *parent = nullptr);
    ~ContactsPage() override;

    static constexpr int searchDelayMs = 120;
    static constexpr int searchLimit = 200;

    OrganizationListModel *listModel() const { return m_list; }
    SearchResultsModel *searchModel() const { return m_found; }
    OrganizationCard *card() const { return m_card; }
    bool isSearching() const;
    // Where the changes made here go for Edit > Undo; without one they cannot be undone.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *archiveAction() const { return m_archiveAction; }
    QAction *deleteAction() const { return m_deleteAction; }

public Q_SLOTS:
    // Shows the card of an organization (chosen elsewhere: the segmentation page).
    void showOrganization(qint64 organizationId);
    // Reads the list, the card and the search results again (after a merge, an undo, ...).
    void refresh();
    // Runs the search for the text typed now, without waiting for the typing to pause.
    void search();
    // Open the editor for a new organization / the one shown (non-modal for the rest of the app;
    // OK writes through an undoable command).
    void newOrganization();
    void editOrganization();
    // Archives the organization shown, or restores it when it is archived.
    void toggleArchive();
    // Deletes the organization shown after asking; refused (with the reason) when it has history.
    void deleteOrganization();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDatabaseChanged();
    void onListRowChanged(const QModelIndex &current);
    void onFoundRowChanged(const QModelIndex &current);
    void updateCount();
    void showMessage(const QString &text, bool error = false);
    void updateActions();
    std::vector<User> managers(std::optional<qint64> current) const;
    bool isWritable() const;
    // Runs `command` through the undo stack (or once, without one); false when it failed.
    bool execute(QUndoCommand *command, const std::function<void()> &done = {});
    void reportError(const QString &title, const QString &message);

    DatabaseController &m_database;
    std::unique_ptr<Database> m_connection; // the GUI thread's own: every read of this page
    bool m_shownOnce = false;

    QLineEdit *m_searchBox;
    QTimer *m_searchTimer;
    OrganizationFilterBar *m_filters;
    QLabel *m_count;
    QStackedWidget *m_views;
    QTableView *m_listView;
    QTableView *m_foundView;
    QLabel *m_emptyHint;
    OrganizationListModel *m_list;
    SearchResultsModel *m_found;
    OrganizationCard *m_card;
    QToolBar *m_toolBar;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_archiveAction;
    QAction *m_deleteAction;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace kartoteka::ui
