#include "MainWindow.h"

#include "calendar/CalendarPage.h"
#include "contacts/ContactsPage.h"
#include "contacts/OrganizationCard.h"
#include "contacts/ContactsExchange.h"
#include "contacts/CustomFieldsDialog.h"
#include "contacts/PersonsView.h"
#include "tasks/TaskFilter.h"
#include "demo/DemoDataRunner.h"
#include "duplicates/DuplicatesDialog.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/KeyboardShortcuts.h"
#include "importing/ImportPage.h"
#include "segmentation/SegmentationPage.h"
#include "settings/SettingsDialog.h"
#include "taskreports/TaskReportsPage.h"
#include "storage/DatabaseBackup.h"
#include "storage/DatabaseController.h"
#include "tasks/ReminderService.h"
#include "tasks/TasksIcsActions.h"
#include "tasks/TasksPage.h"
#include "tasks/TaskEditing.h"
#include "tasks/TaskEditor.h"
#include "widgets/DatabaseStatusWidget.h"
#include "widgets/Sidebar.h"
#include "widgets/WelcomePage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>

static void initResources()
{
    Q_INIT_RESOURCE(kartoteka);
}

namespace kartoteka::ui {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
constexpr int statusTimeoutMs = 5000;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

// A non-modal window asked for again comes to the front rather than staying behind.
void bringToFront(QWidget *window)
{
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_database(new DatabaseController(this))
    , m_demo(new DemoDataRunner(this))
    , m_sidebar(new Sidebar(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_import(new ImportPage(*m_database, m_stack))
    , m_status(new DatabaseStatusWidget(this))
    , m_undoStack(new QUndoStack(this))
    , m_demoOptions(std::make_unique<DemoOptions>())
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kartoteka"));
    setWindowIcon(QIcon(QStringLiteral(":/kartoteka/icons/kartoteka.svg")));

    createPages();
    createMenus();
    statusBar()->addPermanentWidget(m_status, 1);

    connect(m_database, &DatabaseController::databaseChanged, this, &MainWindow::onDatabaseChanged);
    connect(m_database, &DatabaseController::currentUserChanged, this, &MainWindow::onCurrentUserChanged);
    connect(m_database, &DatabaseController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    connect(m_demo, &DemoDataRunner::finished, this, &MainWindow::onDemoDataFinished);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::refreshStatus);
    m_reminders = new ReminderService(*m_taskEditing, this);
    connect(m_reminders, &ReminderService::openTaskRequested, m_taskEditing, &TaskEditing::editTask);
    connect(m_reminders, &ReminderService::taskModified, this, &MainWindow::refreshStatus);
    // A task edited, added or imported may remind sooner than the service planned to look.
    connect(m_undoStack, &QUndoStack::indexChanged, m_reminders, &ReminderService::tasksChanged);
    connect(m_import, &ImportPage::databaseModified, m_reminders, &ReminderService::tasksChanged);

    // A list beside a card wants room: 1280 × 800 at first, less on a smaller screen.
    QSize size(1280, 800);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // Its commands and open windows hold the connection that closes with the controller.
    m_undoStack->clear();
    m_reminders->setDatabase({}, false);
    for (auto *dialog : findChildren<DuplicatesDialog *>())
        delete dialog;
    for (auto *editor : findChildren<TaskEditor *>())
        delete editor;
    for (auto *settings : findChildren<SettingsDialog *>())
        delete settings;
    // So do the pages' models: they go before the controller (the first child, deleted first).
    delete takeCentralWidget();
}

void MainWindow::createPages()
{
    auto *contacts = new ContactsPage(*m_database, m_stack);
    contacts->setUndoStack(m_undoStack);
    m_taskEditing = new TaskEditing(*m_database, *m_undoStack, this);
    connect(contacts->card(), &OrganizationCard::addTaskRequested, m_taskEditing,
            [this](qint64 organizationId) { m_taskEditing->newTask(organizationId); });
    connect(contacts->card(), &OrganizationCard::logCallRequested, m_taskEditing, &TaskEditing::logCall);
    connect(contacts->card(), &OrganizationCard::taskActivated, m_taskEditing, &TaskEditing::editTask);
    connect(m_database, &DatabaseController::currentUserChanged, contacts->card(), [this, contacts] {
        const auto user = m_database->currentUser();
        contacts->card()->setViewer(user ? TaskViewer::of(*user) : TaskViewer{0, false});
    });
    // Contacts: organizations and persons, a tab each (Ctrl+Tab between them).
    auto *contactTabs = new QTabWidget(m_stack);
    contactTabs->setObjectName(QStringLiteral("contactTabs"));
    contactTabs->setDocumentMode(true);
    contactTabs->addTab(contacts, tr("Organizations"));
    auto *persons = new PersonsView(*m_database, contactTabs);
    persons->setUndoStack(m_undoStack);
    contactTabs->addTab(persons, tr("Persons"));
    m_stack->addWidget(contactTabs);
    const auto openOrganization = [this, contactTabs, contacts](qint64 id) {
        showPage(Page::Contacts);
        contactTabs->setCurrentWidget(contacts);
        contacts->showOrganization(id);
    };
    connect(persons, &PersonsView::organizationActivated, this, openOrganization);
    connect(persons, &PersonsView::taskActivated, m_taskEditing, &TaskEditing::editTask);
    connect(persons, &PersonsView::message, this, [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    connect(m_undoStack, &QUndoStack::indexChanged, persons, &PersonsView::refresh);
    const auto showPersonsTo = [this, persons] {
        if (const auto user = m_database->currentUser())
            persons->setViewer(TaskViewer::of(*user));
    };
    connect(m_database, &DatabaseController::currentUserChanged, persons, showPersonsTo);
    showPersonsTo();
    auto *tasks = new TasksPage(*m_database, *m_taskEditing, m_stack);
    connect(m_undoStack, &QUndoStack::indexChanged, tasks, &TasksPage::refresh);
    m_stack->addWidget(tasks);
    auto *calendar = new CalendarPage(*m_database, m_stack);
    calendar->setUndoStack(m_undoStack);
    connect(calendar, &CalendarPage::createTaskRequested, m_taskEditing, &TaskEditing::newTaskAt);
    connect(calendar, &CalendarPage::openTaskRequested, m_taskEditing, &TaskEditing::editTask);
    m_stack->addWidget(calendar);
    connect(m_database, &DatabaseController::currentUserChanged, calendar, [this, calendar] {
        const auto user = m_database->currentUser();
        calendar->setViewer(user ? TaskViewer::of(*user) : TaskViewer::everything());
    });
    auto *segmentation = new SegmentationPage(*m_database, m_stack);
    m_stack->addWidget(segmentation);
    connect(segmentation, &SegmentationPage::organizationActivated, this, openOrganization);
    m_taskReports = new TaskReportsPage(*m_database, m_stack);
    m_stack->addWidget(m_taskReports);
    // A merge, or its undo, changes the card index under the page.
    connect(m_undoStack, &QUndoStack::indexChanged, contacts, &ContactsPage::refresh);
    m_stack->addWidget(m_import);
    m_stack->addWidget(m_welcome);

    m_sidebar->addPage(themedIcon(QStringLiteral("x-office-address-book"), QStyle::SP_DirHomeIcon), tr("Contacts"));
    m_sidebar->addPage(themedIcon(QStringLiteral("view-task"), QStyle::SP_FileDialogDetailedView), tr("Tasks"));
    m_sidebar->addPage(themedIcon(QStringLiteral("x-office-calendar"), QStyle::SP_FileDialogInfoView),
                       tr("Calendar"));
    m_sidebar->addPage(themedIcon(QStringLiteral("office-chart-pie"), QStyle::SP_FileDialogListView),
                       tr("Segmentation"));
    m_sidebar->addPage(themedIcon(QStringLiteral("x-office-spreadsheet"), QStyle::SP_FileDialogContentsView),
                       tr("Reports"));
    m_sidebar->addPage(themedIcon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton), tr("Import"));
    // Selection, not the current row: a list view makes its first row current when it gets
    // the focus, which must not hide the welcome page.
    connect(m_sidebar, &Sidebar::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_sidebar->selectedItems();
        if (!selected.isEmpty())
            m_stack->setCurrentIndex(m_sidebar->row(selected.first()));
    });
    m_sidebar->setCurrentRow(0);

    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::startImport);
    connect(m_import, &ImportPage::databaseModified, this, &MainWindow::refreshStatus);
    connect(m_welcome, &WelcomePage::addOrganizationRequested, this, [this, contactTabs, contacts] {
        showPage(Page::Contacts);
        contactTabs->setCurrentWidget(contacts);
        contacts->newOrganization();
    });
    connect(m_welcome, &WelcomePage::demoDataRequested, this, &MainWindow::createDemoData);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDatabase = file->addAction(themedIcon(QStringLiteral("document-new"), QStyle::SP_FileIcon),
                                           tr("&New database…"), m_database, &DatabaseController::chooseNewDatabase);
    newDatabase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *open = file->addAction(themedIcon(QStringLiteral("document-open"), QStyle::SP_DialogOpenButton),
                                    tr("&Open database…"), m_database, &DatabaseController::chooseDatabaseToOpen);
    open->setShortcut(QKeySequence::Open);
    auto *backup = new DatabaseBackup(*m_database, this);
    file->addAction(themedIcon(QStringLiteral("document-save-as"), QStyle::SP_DialogSaveButton), tr("&Back up…"), backup,
                    &DatabaseBackup::start);
    connect(backup, &DatabaseBackup::message, this, [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    file->addSeparator();
    m_newTask = file->addAction(themedIcon(QStringLiteral("appointment-new"), QStyle::SP_FileIcon), tr("New &task…"),
                                this, &MainWindow::newTask);
    m_newTask->setObjectName(QStringLiteral("newTaskAction"));
    m_newTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newTask->setEnabled(false); // until a database opens with somebody working in it
    QAction *switchUser = file->addAction(themedIcon(QStringLiteral("system-switch-user"), QStyle::SP_DirHomeIcon),
                                          tr("S&witch user…"), m_database, &DatabaseController::switchUser);
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    file->addSeparator();
    QAction *import = file->addAction(themedIcon(QStringLiteral("document-import"), QStyle::SP_DialogOpenButton),
                                      tr("&Import…"), this, &MainWindow::startImport);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *calendarFiles = new TasksIcsActions(*m_database, this);
    file->addAction(tr("Import c&alendar (.ics)…"), calendarFiles, &TasksIcsActions::importTasks)
        ->setObjectName(QStringLiteral("importIcsAction"));
    file->addAction(tr("&Export tasks to calendar (.ics)…"), calendarFiles, &TasksIcsActions::exportTasks)
        ->setObjectName(QStringLiteral("exportIcsAction"));
    connect(calendarFiles, &TasksIcsActions::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    connect(calendarFiles, &TasksIcsActions::tasksImported, this, [this] {
        refreshStatus();
        m_reminders->tasksChanged();
    });
    auto *contactFiles = new ContactsExchange(*m_database, this);
    QMenu *exportContacts = file->addMenu(tr("E&xport contacts"));
    const std::pair<ContactsExchange::Export, QString> exports[] = {
        {ContactsExchange::Export::OrganizationsCsv, tr("&Organizations as CSV…")},
        {ContactsExchange::Export::PersonsCsv, tr("&Persons as CSV…")},
        {ContactsExchange::Export::PersonsVCard, tr("Persons as &vCard…")}};
    for (const auto &[what, text] : exports)
        exportContacts->addAction(text, contactFiles, [contactFiles, what = what] { contactFiles->exportTo(what); });
    file->addAction(tr("Import v&Card…"), contactFiles, [contactFiles] { contactFiles->importVCard(); })
        ->setObjectName(QStringLiteral("importVCardAction"));
    connect(contactFiles, &ContactsExchange::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, statusTimeoutMs); });
    connect(contactFiles, &ContactsExchange::databaseModified, this, [this] {
        refreshStatus();
        findChild<ContactsPage *>()->refresh();
        findChild<PersonsView *>()->refresh();
    });
    file->addSeparator();
    QAction *quit = file->addAction(themedIcon(QStringLiteral("application-exit"), QStyle::SP_DialogCloseButton),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(redo);
    edit->addSeparator();
    m_findDuplicates = edit->addAction(tr("Find &duplicate organizations…"), this, &MainWindow::findDuplicates);
    m_findDuplicates->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_findDuplicates->setToolTip(tr("Organizations with the same INN, e-mail or phone, or nearly the same name in one city"));
    QAction *customFields = edit->addAction(tr("Custom &fields…"), this, [this] {
        if (!m_database->isOpen() || m_database->isReadOnly())
            return;
        auto *dialog = new CustomFieldsDialog(*m_database, *m_undoStack, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_database, &DatabaseController::databaseChanged, dialog, &QWidget::close);
        dialog->open();
    });
    customFields->setObjectName(QStringLiteral("customFieldsAction"));
    customFields->setToolTip(tr("The extra fields of organizations and persons: text, number, date, yes/no or a choice"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(themedIcon(QStringLiteral("preferences-system"), QStyle::SP_FileDialogDetailedView),
                                           tr("&Preferences…"), this, &MainWindow::showSettings);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_sidebar->count(); ++row) {
        QAction *go = view->addAction(m_sidebar->item(row)->icon(), m_sidebar->item(row)->text(), this,
                                      [this, row] { showPage(Page(row)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *contents = help->addAction(themedIcon(QStringLiteral("help-contents"), QStyle::SP_DialogHelpButton),
                                        tr("Kartoteka &Help"), this, &MainWindow::showHelp);
    contents->setObjectName(QStringLiteral("helpAction"));
    contents->setShortcut(QKeySequence::HelpContents);
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showKeyboardShortcuts);
    keys->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Kartoteka"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDemoOptions(const DemoOptions &options)
{
    *m_demoOptions = options;
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
    m_stack->setCurrentIndex(int(page));
}

std::optional<MainWindow::Page> MainWindow::currentPage() const
{
    if (isWelcomeShown())
        return std::nullopt;
    return Page(m_stack->currentIndex());
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::findDuplicates()
{
    if (!m_database->isOpen() || m_database->isReadOnly())
        return;
    auto *dialog = new DuplicatesDialog(m_database->path(), m_database->connection(), m_database->dialogs(), *m_undoStack, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::organizationsChanged, this, &MainWindow::refreshStatus);
    // The commands it pushes hold the connection of this database.
    connect(m_database, &DatabaseController::databaseChanged, dialog, &QWidget::close);
    dialog->show();
}

void MainWindow::newTask()
{
    std::optional<qint64> organization;
    if (currentPage() == Page::Contacts) {
        if (const qint64 shown = findChild<ContactsPage *>()->card()->organizationId(); shown != 0)
            organization = shown;
    }
    m_taskEditing->newTask(organization);
}

void MainWindow::showSettings()
{
    if (!m_database->isOpen())
        return;
    auto *dialog = new SettingsDialog(*m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_database, &DatabaseController::databaseChanged, dialog, &QWidget::close);
    dialog->open();
}

void MainWindow::onCurrentUserChanged()
{
    const auto user = m_database->currentUser();
    m_reminders->setUserId(user ? user->id : 0);
    m_taskReports->setViewer(user ? TaskViewer::of(*user) : TaskViewer::everything());
    m_newTask->setEnabled(m_taskEditing->isWritable());
    m_status->setToolTip(user ? tr("Working as %1 (%2)").arg(user->displayName, user->login) : QString());
    setWindowTitle(user ? tr("Kartoteka — %1").arg(user->displayName) : tr("Kartoteka"));
}

void MainWindow::onDatabaseChanged()
{
    m_undoStack->clear(); // its commands belong to the database that was open
    // Reminders of the new database only, then the current user's (at once: those that came due
    // while the program was closed).
    m_reminders->setUserId(0);
    m_reminders->setDatabase(m_database->connection(), m_database->isReadOnly());
    m_reminders->setUserId(m_database->currentUser() ? m_database->currentUser()->id : 0);
    m_findDuplicates->setEnabled(m_database->isOpen() && !m_database->isReadOnly());
    m_status->setDatabase(m_database->path(), m_database->isReadOnly());
    m_welcome->setWritable(!m_database->isReadOnly());
    setWindowFilePath(m_database->path());
    refreshStatus();
    auto statistics = m_database->statistics();
    if (statistics && statistics->organizations == 0) {
        m_sidebar->clearSelection();
        m_stack->setCurrentWidget(m_welcome);
    } else if (isWelcomeShown()) {
        showPage(Page::Contacts);
    }
}

void MainWindow::refreshStatus()
{
    auto statistics = m_database->statistics();
    if (statistics)
        m_status->setStatistics(*statistics);
    else
        statusBar()->showMessage(statistics.error().message, statusTimeoutMs);
}

void MainWindow::createDemoData()
{
    if (!m_demo->isRunning() && m_database->isOpen())
        m_demo->start(m_database->path(), *m_demoOptions);
}

void MainWindow::startImport()
{
    showPage(Page::Import);
    m_import->startImport();
}

void MainWindow::onDemoDataFinished(bool written, const QString &error)
{
    refreshStatus();
    if (written) {
        statusBar()->showMessage(tr("Demo data created"), statusTimeoutMs);
        showPage(Page::Contacts);
    } else if (!error.isEmpty()) {
        m_database->dialogs().reportError(this, tr("Cannot create demo data"), error);
    } else {
        statusBar()->showMessage(tr("Demo data cancelled; nothing was written"), statusTimeoutMs);
    }
    Q_EMIT demoDataFinished(written);
}

QString MainWindow::aboutText()
{
    return tr("<h3>Kartoteka %1</h3>"
              "<p>A desktop CRM workstation for sales managers: the client card index, tasks and "
              "contacts on a calendar, and ABC/XYZ segmentation.</p>"
              "<p>Built with Qt %2 (running on Qt %3).</p>")
        .arg(QStringLiteral(KARTOTEKA_VERSION))
        .arg(QStringLiteral(QT_VERSION_STR))
        .arg(QString::fromLatin1(qVersion()));
}

void MainWindow::showHelp()
{
    help::HelpWindow *window = helpWindow();
    window->showTopic(help::topicFor(currentPage()));
    bringToFront(window);
}

void MainWindow::showKeyboardShortcuts()
{
    help::HelpWindow *window = helpWindow();
    window->showTopic(help::Topic::Shortcuts);
    bringToFront(window);
}

help::HelpWindow *MainWindow::helpWindow()
{
    if (!m_help)
        m_help = new help::HelpWindow(help::languageFor(QLocale()), this);
    std::vector<std::pair<QString, QWidget *>> pages;
    for (int row = 0; row < m_sidebar->count(); ++row)
        pages.emplace_back(m_sidebar->item(row)->text(), m_stack->widget(row));
    m_help->setShortcutsTable(help::KeyboardShortcuts::toHtml(help::KeyboardShortcuts::collect(*menuBar(), pages)));
    return m_help;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Kartoteka"), aboutText());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    restoreState(settings.value(stateKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState());
}

} // namespace kartoteka::ui
