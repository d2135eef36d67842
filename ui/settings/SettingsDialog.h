#pragma once

#include <QDialog>

class QListWidget;
class QStackedWidget;

namespace kartoteka::ui {

class DatabaseController;
class UsersSettingsPage;

// Edit > Preferences (Ctrl+,): the program's settings, a page for each subject chosen in a
// list on the left. It opens on the page shown last time.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(DatabaseController &database, QWidget *parent = nullptr);

    // Adds a page after the others (the place for the settings of later features).
    void addPage(const QString &title, QWidget *page);
    void showPage(int index);
    int currentPage() const;
    UsersSettingsPage *usersPage() const { return m_users; }

private:
    QListWidget *m_pages;
    QStackedWidget *m_stack;
    UsersSettingsPage *m_users;
};

} // namespace kartoteka::ui
