#include "ReminderWindow.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

const QString geometryKey = QStringLiteral("ReminderWindow/geometry");
constexpr int taskIdRole = Qt::UserRole;

QString shortTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ReminderWindow::ReminderWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_heading(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_problem(new QLabel(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_snooze(new QToolButton(this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_dismiss(new QPushButton(tr("D&ismiss"), this))
{
    setObjectName(QStringLiteral("reminderWindow"));
    setWindowTitle(tr("Reminders"));
    m_list->setObjectName(QStringLiteral("reminderList"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_snooze->setObjectName(QStringLiteral("snoozeButton"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Reminder"), tr("Task"), tr("Organization"), tr("Starts")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->hide();

    // The button snoozes for 5 minutes; its menu offers longer.
    m_snooze->setText(tr("&Snooze 5 min"));
    m_snooze->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_snooze->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_snooze);
    for (const auto &[minutes, text] : {std::pair{5, tr("5 minutes")}, std::pair{15, tr("15 minutes")},
                                        std::pair{60, tr("1 hour")}}) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("snooze%1").arg(minutes));
        connect(action, &QAction::triggered, this, [this, minutes = minutes] {
            actOnSelection([this, minutes](qint64 id) { Q_EMIT snoozeRequested(id, minutes); }, false);
        });
    }
    m_snooze->setMenu(menu);
    connect(m_snooze, &QToolButton::clicked, this,
            [this] { actOnSelection([this](qint64 id) { Q_EMIT snoozeRequested(id, 5); }, false); });
    connect(m_open, &QPushButton::clicked, this,
            [this] { actOnSelection([this](qint64 id) { Q_EMIT openRequested(id); }, true); });
    connect(m_done, &QPushButton::clicked, this,
            [this] { actOnSelection([this](qint64 id) { Q_EMIT doneRequested(id); }, false); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { actOnSelection([](qint64) {}, true); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_open->click(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ReminderWindow::updateButtons);
    auto *dismiss = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(dismiss, &QShortcut::activated, m_dismiss, &QPushButton::click);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    buttons->addWidget(m_dismiss);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    resize(560, 260);
    restoreGeometry(QSettings().value(geometryKey).toByteArray());
    updateButtons();
}

ReminderWindow::~ReminderWindow() = default;

void ReminderWindow::addReminders(const std::vector<Reminder> &reminders)
{
    const std::vector<qint64> listed = listedTasks();
    QTreeWidgetItem *firstNew = nullptr;
    for (const Reminder &reminder : reminders) {
        if (std::find(listed.begin(), listed.end(), reminder.taskId) != listed.end())
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(WhenColumn, taskIdRole, reminder.taskId);
        item->setText(WhenColumn, shortTime(reminder.remindAt));
        item->setText(SubjectColumn, reminder.subject);
        item->setToolTip(SubjectColumn, reminder.subject);
        item->setText(OrganizationColumn, reminder.organization);
        item->setText(StartColumn, shortTime(reminder.plannedStart));
        if (!firstNew)
            firstNew = item;
    }
    if (firstNew) {
        m_list->clearSelection();
        m_list->setCurrentItem(firstNew);
        firstNew->setSelected(true);
    }
    m_heading->setText(tr("%n reminder(s) came due.", nullptr, m_list->topLevelItemCount()));
    updateButtons();
}

void ReminderWindow::removeReminder(qint64 taskId)
{
    for (int row = m_list->topLevelItemCount() - 1; row >= 0; --row) {
        if (m_list->topLevelItem(row)->data(WhenColumn, taskIdRole).toLongLong() == taskId)
            delete m_list->takeTopLevelItem(row);
    }
    m_heading->setText(tr("%n reminder(s) came due.", nullptr, m_list->topLevelItemCount()));
    if (m_list->topLevelItemCount() == 0)
        hide();
    else if (m_list->selectedItems().isEmpty())
        m_list->topLevelItem(0)->setSelected(true);
    updateButtons();
}

void ReminderWindow::clear()
{
    m_list->clear();
    showProblem({});
    hide();
}

std::vector<qint64> ReminderWindow::listedTasks() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids.push_back(m_list->topLevelItem(row)->data(WhenColumn, taskIdRole).toLongLong());
    return ids;
}

void ReminderWindow::setWritable(bool writable)
{
    m_writable = writable;
    updateButtons();
}

void ReminderWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

std::vector<qint64> ReminderWindow::selectedTasks() const
{
    std::vector<qint64> ids;
    for (const QTreeWidgetItem *item : m_list->selectedItems())
        ids.push_back(item->data(WhenColumn, taskIdRole).toLongLong());
    return ids;
}

void ReminderWindow::actOnSelection(const std::function<void(qint64)> &action, bool remove)
{
    showProblem({});
    for (const qint64 id : selectedTasks()) {
        action(id);
        if (remove)
            removeReminder(id);
    }
}

void ReminderWindow::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_open->setEnabled(selected);
    m_dismiss->setEnabled(selected);
    m_snooze->setEnabled(selected && m_writable);
    m_done->setEnabled(selected && m_writable);
}

void ReminderWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(geometryKey, saveGeometry());
    // Closing dismisses what is listed: the next reminders open a fresh list.
    m_list->clear();
    showProblem({});
    QWidget::closeEvent(event);
}

} // namespace kartoteka::ui
