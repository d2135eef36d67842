#include "CalendarPage.h"

#include "AgendaView.h"
#include "CalendarTaskLoader.h"
#include "CalendarUserChooser.h"
#include "MonthView.h"
#include "RescheduleTaskCommand.h"
#include "TimeGridView.h"
#include "contacts/UserRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseController.h"
#include "widgets/DateTexts.h"
#include "widgets/PageHeading.h"
#include "widgets/ProblemsLabel.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

const QString modeKey = QStringLiteral("CalendarPage/view");
const QString usersKey = QStringLiteral("CalendarPage/users");

CalendarView periodView(CalendarPage::Mode mode)
{
    switch (mode) {
    case CalendarPage::Mode::Day:
    case CalendarPage::Mode::Agenda:
        return CalendarView::Day;
    case CalendarPage::Mode::Week:
        return CalendarView::Week;
    case CalendarPage::Mode::Decade:
        return CalendarView::Decade;
    case CalendarPage::Mode::Month:
        return CalendarView::Month;
    }
    return CalendarView::Week;
}

} // namespace

CalendarPage::CalendarPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_date(QDate::currentDate())
    , m_periodLabel(new QLabel(this))
    , m_modeButtons(new QButtonGroup(this))
    , m_users(new CalendarUserChooser(this))
    , m_views(new QStackedWidget(this))
    , m_timeGrid(new TimeGridView(this))
    , m_monthView(new MonthView(this))
    , m_agenda(new AgendaView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    QLabel *title = createPageHeading(tr("Calendar"), this);
    QLabel *description = createPageDescription(
        tr("Planned work by day, week, decade and month, and the daily schedule. Drag a task to move it, "
           "its lower edge to change its end; double-click an empty slot to plan a new one."),
        this);

    auto *today = new QToolButton(this);
    auto *previous = new QToolButton(this);
    auto *next = new QToolButton(this);
    m_periodLabel->setObjectName(QStringLiteral("periodLabel"));
    QFont periodFont = m_periodLabel->font();
    periodFont.setBold(true);
    periodFont.setPointSizeF(periodFont.pointSizeF() * 1.15);
    m_periodLabel->setFont(periodFont);
    // A long period name is cut rather than widening the window.
    m_periodLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setObjectName(QStringLiteral("calendarStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(today);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addSpacing(8);
    bar->addWidget(m_periodLabel, 1);
    const QString modeNames[] = {tr("Day"), tr("Week"), tr("Decade"), tr("Month"), tr("Schedule")};
    const char *modeObjects[] = {"dayButton", "weekButton", "decadeButton", "monthButton", "agendaButton"};
    for (int mode = 0; mode < 5; ++mode) {
        auto *button = new QToolButton(this);
        button->setObjectName(QString::fromLatin1(modeObjects[mode]));
        button->setText(modeNames[mode]);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setToolTip(tr("%1 (%2 or Ctrl+Alt+%2)").arg(modeNames[mode]).arg(mode + 1));
        m_modeButtons->addButton(button, mode);
        bar->addWidget(button);
    }
    m_modeButtons->setExclusive(true);
    bar->addSpacing(8);
    bar->addWidget(m_users);

    m_views->addWidget(m_timeGrid);
    m_views->addWidget(m_monthView);
    m_views->addWidget(m_agenda);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 12);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_views, 1);
    layout->addWidget(m_status);

    createActions();
    const QList<QAction *> pageActions = actions();
    today->setDefaultAction(pageActions.at(0));
    previous->setDefaultAction(pageActions.at(1));
    next->setDefaultAction(pageActions.at(2));
    previous->setArrowType(Qt::LeftArrow);
    next->setArrowType(Qt::RightArrow);

    connect(m_modeButtons, &QButtonGroup::idClicked, this, [this](int id) { setMode(Mode(id)); });
    connect(m_users, &CalendarUserChooser::changed, this, [this] {
        QSettings().setValue(usersKey, m_users->saved());
        reload();
    });
    connect(m_timeGrid, &TimeGridView::createRequested, this, &CalendarPage::requestCreate);
    connect(m_timeGrid, &TimeGridView::openRequested, this, &CalendarPage::openTaskRequested);
    connect(m_timeGrid, &TimeGridView::rescheduleRequested, this, &CalendarPage::reschedule);
    connect(m_timeGrid, &TimeGridView::dayActivated, this, [this](const QDate &day) {
        m_date = day;
        setMode(Mode::Day);
    });
    connect(m_monthView, &MonthView::createRequested, this, &CalendarPage::requestCreate);
    connect(m_monthView, &MonthView::openRequested, this, &CalendarPage::openTaskRequested);
    connect(m_monthView, &MonthView::rescheduleRequested, this, &CalendarPage::reschedule);
    connect(m_monthView, &MonthView::dayActivated, this, [this](const QDate &day) {
        m_date = day;
        setMode(Mode::Day);
    });
    connect(m_agenda, &AgendaView::openRequested, this, &CalendarPage::openTaskRequested);
    connect(&m_database, &DatabaseController::databaseChanged, this, &CalendarPage::onDatabaseChanged);

    const int savedMode = QSettings().value(modeKey, int(Mode::Week)).toInt();
    m_mode = savedMode >= 0 && savedMode <= int(Mode::Agenda) ? Mode(savedMode) : Mode::Week;
    m_modeButtons->button(int(m_mode))->setChecked(true);
    onDatabaseChanged();
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::createActions()
{
    auto add = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    QAction *today = add(tr("Today"), QStringLiteral("todayAction"),
                         {QKeySequence(Qt::Key_T), QKeySequence(Qt::CTRL | Qt::Key_T)}, &CalendarPage::showToday);
    today->setToolTip(tr("Show today (T)"));
    QAction *previous = add(tr("Previous"), QStringLiteral("previousAction"),
                            {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Left)}, &CalendarPage::showPrevious);
    previous->setToolTip(tr("The previous day, week, decade or month (Page Up, Alt+Left)"));
    QAction *next = add(tr("Next"), QStringLiteral("nextAction"),
                        {QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Right)}, &CalendarPage::showNext);
    next->setToolTip(tr("The next day, week, decade or month (Page Down, Alt+Right)"));
    for (int mode = 0; mode < 5; ++mode) {
        add(m_modeButtons->button(mode)->text(), QStringLiteral("mode%1Action").arg(mode + 1),
            {QKeySequence(Qt::Key(Qt::Key_1 + mode)), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + mode))},
            [this, mode] { setMode(Mode(mode)); });
    }
}

void CalendarPage::setUndoStack(QUndoStack *stack)
{
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack = stack;
    // An undo or redo of a reschedule (or of anything else that touches tasks) changes what is shown.
    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
            if (isVisible())
                reload();
        });
}

void CalendarPage::setViewer(const TaskViewer &viewer)
{
    m_viewer = viewer;
    readUsers();
    reload();
}

void CalendarPage::readUsers()
{
    std::vector<User> users;
    if (m_connection) {
        if (auto active = UserRepository(m_connection->connection()).list())
            users = std::move(active).value();
    }
    m_users->setUsers(users, m_viewer.userId);
    m_users->restore(QSettings().value(usersKey, QStringLiteral("me")).toString());
}

Qt::DayOfWeek CalendarPage::firstDayOfWeek() const
{
    return QLocale().firstDayOfWeek();
}

DateRange CalendarPage::period() const
{
    return calendarPeriod(periodView(m_mode), m_date, firstDayOfWeek());
}

DateRange CalendarPage::shownDays() const
{
    return m_mode == Mode::Month ? MonthView::gridOf(period(), firstDayOfWeek()) : period();
}

QString CalendarPage::periodText() const
{
    const QLocale locale;
    const DateRange days = period();
    switch (m_mode) {
    case Mode::Day:
        return locale.toString(days.first, QLocale::LongFormat);
    case Mode::Agenda:
        return tr("Schedule for %1").arg(locale.toString(days.first, QLocale::LongFormat));
    case Mode::Week:
        return QStringLiteral("%1 – %2").arg(DateTexts::dayMonth(days.first), DateTexts::dayMonthYear(days.last));
    case Mode::Decade:
        return tr("Decade %1: %2 – %3")
            .arg((days.first.day() - 1) / 10 + 1)
            .arg(days.first.day())
            .arg(DateTexts::dayMonthYear(days.last));
    case Mode::Month: {
        // Standalone month names are lower case in some languages (Russian); a heading is not.
        QString month = DateTexts::monthYear(days.first);
        if (!month.isEmpty())
            month[0] = month[0].toUpper();
        return month;
    }
    }
    return {};
}

void CalendarPage::setMode(Mode mode)
{
    // The keys keep working in the view shown next (they need the focus inside the page).
    const bool focused = m_views->isAncestorOf(QApplication::focusWidget());
    m_mode = mode;
    m_modeButtons->button(int(mode))->setChecked(true);
    QSettings().setValue(modeKey, int(mode));
    reload();
    if (focused)
        m_views->currentWidget()->setFocus();
}

void CalendarPage::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_date = date;
    reload();
}

void CalendarPage::showToday()
{
    setDate(QDate::currentDate());
}

void CalendarPage::showPrevious()
{
    setDate(previousCalendarPeriod(periodView(m_mode), m_date, firstDayOfWeek()).first);
}

void CalendarPage::showNext()
{
    setDate(nextCalendarPeriod(periodView(m_mode), m_date, firstDayOfWeek()).first);
}

void CalendarPage::onDatabaseChanged()
{
    m_connection.reset();
    if (m_database.isOpen()) {
        auto connection = std::make_unique<Database>();
        if (DatabaseError error = connection->open(m_database.path()))
            m_database.dialogs().reportError(this, tr("Cannot read the calendar"), error.message);
        else
            m_connection = std::move(connection);
    }
    readUsers();
    const bool writable = isWritable();
    m_timeGrid->setEditable(writable);
    m_monthView->setEditable(writable);
    reload();
}

bool CalendarPage::isWritable() const
{
    return m_connection && m_database.isOpen() && !m_database.isReadOnly();
}

void CalendarPage::reload()
{
    m_periodLabel->setText(periodText());
    const DateRange days = shownDays();
    m_items.clear();
    if (m_connection) {
        auto items = CalendarTaskLoader(m_connection->connection())
                         .load(days, m_viewer, m_users->assigneeIds(), QDateTime::currentDateTime());
        if (items) {
            m_items = std::move(items).value();
            showMessage(tr("%Ln task(s)", nullptr, int(m_items.size())));
        } else {
            showMessage(tr("Cannot read the tasks: %1").arg(items.error().message), true);
        }
    } else {
        showMessage(QString());
    }
    switch (m_mode) {
    case Mode::Day:
    case Mode::Week:
    case Mode::Decade:
        m_timeGrid->setItems(days, m_items);
        m_views->setCurrentWidget(m_timeGrid);
        if (!m_scrolledOnce) {
            m_timeGrid->scrollToTime(QTime(8, 0));
            m_scrolledOnce = true;
        }
        break;
    case Mode::Month:
        m_monthView->setItems(period(), firstDayOfWeek(), m_items);
        m_views->setCurrentWidget(m_monthView);
        break;
    case Mode::Agenda:
        m_agenda->setItems(days.first, m_items);
        m_views->setCurrentWidget(m_agenda);
        break;
    }
}

void CalendarPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The task editor, imports and demo data write through connections of their own.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void CalendarPage::showMessage(const QString &text, bool error)
{
    m_status->setText(text);
    markAsError(m_status, error);
}

void CalendarPage::requestCreate(const QDateTime &start, const QDateTime &end, bool allDay)
{
    if (isWritable())
        Q_EMIT createTaskRequested(start, end, allDay);
}

void CalendarPage::reschedule(qint64 id, const QDateTime &start, const QDateTime &end)
{
    if (!isWritable())
        return;
    QString subject;
    for (const CalendarItem &item : m_items) {
        if (item.id == id)
            subject = item.subject;
    }
    auto *command = new RescheduleTaskCommand(m_database.connection(), id, subject, start, end, [this](const QString &message) {
        m_database.dialogs().reportError(this, tr("Cannot move the task"), message);
    });
    if (m_undoStack) {
        const int before = m_undoStack->index();
        m_undoStack->push(command); // runs redo(); an obsolete command is deleted
        if (m_undoStack->index() == before)
            reload(); // it failed: show the task where it is
        else if (!isVisible())
            reload();
        return;
    }
    command->redo();
    delete command;
    reload();
}

} // namespace kartoteka::ui
