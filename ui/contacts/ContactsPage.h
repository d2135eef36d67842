#pragma once

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QModelIndex;
class QStackedWidget;
class QTableView;
class QTimer;

namespace kartoteka {
class Database;
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

public Q_SLOTS:
    // Shows the card of an organization (chosen elsewhere: the segmentation page).
    void showOrganization(qint64 organizationId);
    // Reads the list, the card and the search results again (after a merge, an undo, ...).
    void refresh();
    // Runs the search for the text typed now, without waiting for the typing to pause.
    void search();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onDatabaseChanged();
    void onListRowChanged(const QModelIndex &current);
    void onFoundRowChanged(const QModelIndex &current);
    void updateCount();
    void showMessage(const QString &text, bool error = false);

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
};

} // namespace kartoteka::ui
