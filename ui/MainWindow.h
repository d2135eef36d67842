#pragma once

#include "demo/DemoDataGenerator.h"

#include <QMainWindow>

class QAction;
class QStackedWidget;
class QUndoStack;

namespace kartoteka::ui {

class DatabaseController;
class DatabaseStatusWidget;
class DemoDataRunner;
class ImportPage;
class ReminderService;
class Sidebar;
class TaskEditing;
class TaskReportsPage;
class WelcomePage;
namespace help {
class HelpWindow;
}

// The window: the sidebar, the pages, the menus and the status bar, wired together.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The pages in sidebar order; Ctrl+1 … Ctrl+6 show them.
    enum class Page { Contacts, Tasks, Calendar, Segmentation, Reports, Import };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DatabaseController &database() { return *m_database; }
    DatabaseStatusWidget *statusWidget() const { return m_status; }
    // Edit > Undo and Redo: every undoable change of the open database (cleared when another opens).
    QUndoStack *undoStack() const { return m_undoStack; }
    // Pops up the current user's reminders when they come due.
    ReminderService *reminders() const { return m_reminders; }
    // Opens the task editor for new and existing tasks; its changes go onto undoStack().
    TaskEditing *taskEditing() const { return m_taskEditing; }
    // How much "Create demo data" makes (tests make little).
    void setDemoOptions(const DemoOptions &options);

    void showPage(Page page);
    // The page shown, or nullopt while the welcome page is.
    std::optional<Page> currentPage() const;
    bool isWelcomeShown() const;

    static QString aboutText();

public Q_SLOTS:
    void refreshStatus();
    void createDemoData();
    // Shows the Import page and opens the import wizard (File > Import…, Ctrl+I).
    void startImport();
    // Opens the duplicate organizations window (Edit > Find duplicate organizations…).
    void findDuplicates();
    // File > New task… (Ctrl+N): a call of the current user at the next half hour, for the
    // organization shown on the Contacts page while it is the page shown.
    void newTask();
    // Edit > Preferences… (Ctrl+,): the settings dialog (users and roles).
    void showSettings();
    // Help > Kartoteka Help (F1): the help at the topic of the page shown.
    void showHelp();
    // Help > Keyboard shortcuts (Ctrl+F1): the help's list of keys, read from the menus and pages.
    void showKeyboardShortcuts();

Q_SIGNALS:
    void demoDataFinished(bool written);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void onDatabaseChanged();
    void onCurrentUserChanged();
    void onDemoDataFinished(bool written, const QString &error);
    void showAbout();
    // The help window, made on first use and kept (non-modal), with the shortcuts as they are now.
    help::HelpWindow *helpWindow();
    void restoreWindowState();
    void saveWindowState() const;

    DatabaseController *m_database;
    DemoDataRunner *m_demo;
    Sidebar *m_sidebar;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    ImportPage *m_import;
    DatabaseStatusWidget *m_status;
    QUndoStack *m_undoStack;
    ReminderService *m_reminders = nullptr;
    QAction *m_findDuplicates = nullptr;
    TaskEditing *m_taskEditing = nullptr;
    TaskReportsPage *m_taskReports = nullptr;
    QAction *m_newTask = nullptr;
    help::HelpWindow *m_help = nullptr;
    std::unique_ptr<DemoOptions> m_demoOptions;
};

} // namespace kartoteka::ui
