#include "TaskEditor.h"

#include "OptionalDateTimeEdit.h"
#include "OrganizationPicker.h"
#include "TaskTypesDialog.h"
#include "contacts/ContactTexts.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/DealRepository.h"
#include "tasks/ProjectRepository.h"
#include "tasks/TaskReport.h"
#include "tasks/TaskTypeRepository.h"
#include "widgets/BuddyLabel.h"
#include "widgets/ProblemsLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace kartoteka::ui {

namespace {

constexpr int reminderOffsets[] = {0, 5 * 60, 15 * 60, 30 * 60, 3600, 86400};

QComboBox *newBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

std::optional<qint64> chosenId(const QComboBox *box)
{
    const QVariant data = box->currentData();
    if (!data.isValid() || data.isNull())
        return std::nullopt;
    return data.toLongLong();
}

void select(QComboBox *box, std::optional<qint64> id)
{
    const int index = id ? box->findData(*id) : box->findData(QVariant());
    box->setCurrentIndex(std::max(index, 0));
}

// "(none)" and the (id, name) pairs; `kept` stays chosen when it is among them.
void fill(QComboBox *box, const std::vector<std::pair<qint64, QString>> &choices, std::optional<qint64> kept)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(TaskEditor::tr("(none)"), QVariant());
    for (const auto &[id, name] : choices)
        box->addItem(name, id);
    select(box, kept);
}

QIcon colourIcon(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(QColor(colour));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, 12, 12);
    return QIcon(pixmap);
}

} // namespace

TaskEditor::TaskEditor(QSqlDatabase db, const Task &task, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_original(task)
    , m_subject(new QLineEdit(task.subject, this))
    , m_type(newBox(QStringLiteral("typeBox"), this))
    , m_types(new QPushButton(tr("T&ypes…"), this))
    , m_state(newBox(QStringLiteral("stateBox"), this))
    , m_importance(newBox(QStringLiteral("importanceBox"), this))
    , m_percent(new QSpinBox(this))
    , m_organization(new OrganizationPicker(m_db, this))
    , m_person(newBox(QStringLiteral("personBox"), this))
    , m_project(newBox(QStringLiteral("projectBox"), this))
    , m_deal(newBox(QStringLiteral("dealBox"), this))
    , m_author(newBox(QStringLiteral("authorBox"), this))
    , m_assignee(newBox(QStringLiteral("assigneeBox"), this))
    , m_controller(newBox(QStringLiteral("controllerBox"), this))
    , m_personal(new QCheckBox(tr("Personal: seen by its aut&hor, assignee and controller only"), this))
    , m_allDay(new QCheckBox(tr("&All day"), this))
    , m_plannedStart(new OptionalDateTimeEdit(QStringLiteral("plannedStartEdit"), this))
    , m_plannedEnd(new OptionalDateTimeEdit(QStringLiteral("plannedEndEdit"), this))
    , m_actualStart(new OptionalDateTimeEdit(QStringLiteral("actualStartEdit"), this))
    , m_actualEnd(new OptionalDateTimeEdit(QStringLiteral("actualEndEdit"), this))
    , m_review(new OptionalDateTimeEdit(QStringLiteral("reviewEdit"), this))
    , m_reminder(newBox(QStringLiteral("reminderBox"), this))
    , m_reminderTime(new QDateTimeEdit(this))
    , m_expenses(new QDoubleSpinBox(this))
    , m_content(new QPlainTextEdit(task.content, this))
    , m_message(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("taskEditor"));
    setWindowTitle(task.id == 0 ? tr("New task") : tr("Edit task"));
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_types->setObjectName(QStringLiteral("typesButton"));
    m_types->setToolTip(tr("Add, rename and recolour task types"));
    m_percent->setObjectName(QStringLiteral("percentSpin"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_percent->setValue(task.percentComplete);
    m_organization->setObjectName(QStringLiteral("organizationPicker"));
    m_personal->setObjectName(QStringLiteral("personalCheck"));
    m_personal->setChecked(task.personal);
    m_allDay->setObjectName(QStringLiteral("allDayCheck"));
    m_reminderTime->setObjectName(QStringLiteral("reminderTimeEdit"));
    m_reminderTime->setCalendarPopup(true);
    m_reminderTime->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_expenses->setObjectName(QStringLiteral("expensesSpin"));
    m_expenses->setRange(0, 1e12);
    m_expenses->setDecimals(2);
    m_expenses->setGroupSeparatorShown(true);
    m_expenses->setValue(task.expenses);
    m_content->setObjectName(QStringLiteral("contentEdit"));
    m_content->setTabChangesFocus(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    fillTypes(task.typeId);
    for (const Task::State state : {Task::State::Planned, Task::State::InProgress, Task::State::Done,
                                    Task::State::Cancelled, Task::State::Postponed})
        m_state->addItem(TaskReport::stateName(state), int(state));
    m_state->setCurrentIndex(m_state->findData(int(task.state)));
    for (const Task::Importance importance : {Task::Importance::Low, Task::Importance::Normal, Task::Importance::High})
        m_importance->addItem(TaskReport::importanceName(importance), int(importance));
    m_importance->setCurrentIndex(std::max(m_importance->findData(int(task.importance)), 0));

    if (auto users = UserRepository(m_db).list(true))
        m_users = std::move(users).value();
    fillUsers(m_author, task.authorId > 0 ? std::optional<qint64>(task.authorId) : std::nullopt, false);
    fillUsers(m_assignee, task.assigneeId, true);
    fillUsers(m_controller, task.controllerId, true);

    m_organization->setOrganization(task.organizationId);
    onOrganizationChanged(m_organization->organizationId());
    select(m_person, task.personId);
    select(m_project, task.projectId);
    select(m_deal, task.dealId);

    m_allDay->setChecked(task.allDay);
    m_plannedStart->setDateOnly(task.allDay);
    m_plannedEnd->setDateOnly(task.allDay);
    m_plannedStart->setValue(task.plannedStart);
    // An all-day task ends at the start of the day after its last one; the form shows the last.
    m_plannedEnd->setValue(task.allDay && task.plannedEnd.isValid() ? task.plannedEnd.addSecs(-1)
                                                                    : task.plannedEnd);
    m_shownStart = m_plannedStart->value();
    m_actualStart->setValue(task.actualStart);
    m_actualEnd->setValue(task.actualEnd);
    m_review->setValue(task.reviewAt);

    m_reminder->addItem(tr("No reminder"), noReminder);
    m_reminder->addItem(tr("At the start"), 0);
    m_reminder->addItem(tr("5 minutes before"), 5 * 60);
    m_reminder->addItem(tr("15 minutes before"), 15 * 60);
    m_reminder->addItem(tr("30 minutes before"), 30 * 60);
    m_reminder->addItem(tr("1 hour before"), 3600);
    m_reminder->addItem(tr("1 day before"), 86400);
    m_reminder->addItem(tr("At a time of its own"), customReminder);
    showReminder(task);

    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_types);
    auto *reminderRow = new QHBoxLayout;
    reminderRow->addWidget(m_reminder, 1);
    reminderRow->addWidget(m_reminderTime, 1);

    // A row of several widgets has no buddy of its own: its label names the first, or the
    // mnemonic would show as a literal "&".
    const auto labelFor = [this](const QString &text, QWidget *buddy) { return createBuddyLabel(text, buddy, this); };
    auto *what = new QFormLayout;
    what->addRow(tr("Su&bject:"), m_subject);
    what->addRow(labelFor(tr("&Type:"), m_type), typeRow);
    what->addRow(tr("&State:"), m_state);
    what->addRow(tr("&Importance:"), m_importance);
    what->addRow(tr("Co&mplete:"), m_percent);
    what->addRow(tr("Organi&zation:"), m_organization);
    what->addRow(tr("Co&ntact person:"), m_person);
    what->addRow(tr("Pro&ject:"), m_project);
    what->addRow(tr("&Deal:"), m_deal);
    what->addRow(tr("&Expenses:"), m_expenses);

    auto *who = new QFormLayout;
    who->addRow(tr("A&uthor:"), m_author);
    who->addRow(tr("Assi&gnee:"), m_assignee);
    who->addRow(tr("C&ontroller:"), m_controller);
    who->addRow(QString(), m_personal);
    who->addRow(tr("P&lanned start:"), m_plannedStart);
    who->addRow(tr("&Planned end:"), m_plannedEnd);
    who->addRow(QString(), m_allDay);
    who->addRow(tr("Actual start:"), m_actualStart);
    who->addRow(tr("Actual end:"), m_actualEnd);
    who->addRow(tr("Re&view:"), m_review);
    who->addRow(labelFor(tr("&Reminder:"), m_reminder), reminderRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(what, 1);
    columns->addSpacing(12);
    columns->addLayout(who, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto *contentLabel = new QLabel(tr("&Content:"), this);
    contentLabel->setBuddy(m_content);
    layout->addWidget(contentLabel);
    layout->addWidget(m_content, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_types, &QPushButton::clicked, this, &TaskEditor::manageTypes);
    connect(m_organization, &OrganizationPicker::organizationChanged, this, &TaskEditor::onOrganizationChanged);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TaskEditor::onStateChanged);
    connect(m_allDay, &QCheckBox::toggled, this, &TaskEditor::onAllDayToggled);
    connect(m_plannedStart, &OptionalDateTimeEdit::valueChanged, this, &TaskEditor::onPlannedStartChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &TaskEditor::validate);
    connect(m_organization, &QLineEdit::textChanged, this, &TaskEditor::validate);
    for (QComboBox *box : {m_type, m_author, m_reminder})
        connect(box, &QComboBox::currentIndexChanged, this, &TaskEditor::validate);
    for (OptionalDateTimeEdit *edit : {m_plannedEnd, m_actualStart, m_actualEnd})
        connect(edit, &OptionalDateTimeEdit::valueChanged, this, &TaskEditor::validate);
    connect(m_reminder, &QComboBox::currentIndexChanged, this,
            [this] { m_reminderTime->setVisible(m_reminder->currentData().toInt() == customReminder); });
    m_reminderTime->setVisible(m_reminder->currentData().toInt() == customReminder);
    m_subject->setFocus();
    validate();
}

void TaskEditor::fillTypes(qint64 selected)
{
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    if (auto types = TaskTypeRepository(m_db).list()) {
        for (const TaskType &type : *types)
            m_type->addItem(colourIcon(type.color), ContactTexts::taskTypeName(type), type.id);
    }
    const int index = m_type->findData(selected);
    m_type->setCurrentIndex(index >= 0 ? index : (selected > 0 ? -1 : 0));
}

void TaskEditor::fillUsers(QComboBox *box, std::optional<qint64> selected, bool optional)
{
    const QSignalBlocker blocker(box);
    box->clear();
    if (optional)
        box->addItem(tr("(nobody)"), QVariant());
    for (const User &user : m_users) {
        if (user.active || (selected && user.id == *selected))
            box->addItem(user.shownName(), user.id);
    }
    const int index = selected ? box->findData(*selected) : 0;
    box->setCurrentIndex(index);
}

void TaskEditor::onOrganizationChanged(std::optional<qint64> organizationId)
{
    const std::optional<qint64> person = chosenId(m_person);
    const std::optional<qint64> project = chosenId(m_project);
    const std::optional<qint64> deal = chosenId(m_deal);
    std::vector<std::pair<qint64, QString>> persons;
    std::vector<std::pair<qint64, QString>> projects;
    std::vector<std::pair<qint64, QString>> deals;
    if (organizationId) {
        if (auto found = PersonRepository(m_db).listByOrganization(*organizationId))
            for (const Person &p : *found)
                persons.emplace_back(p.id, p.fullName);
        if (auto found = ProjectRepository(m_db).listByOrganization(*organizationId))
            for (const Project &p : *found)
                projects.emplace_back(p.id, p.name);
        if (auto found = DealRepository(m_db).listByOrganization(*organizationId))
            for (const Deal &d : *found)
                deals.emplace_back(d.id, d.name);
    } else if (auto found = ProjectRepository(m_db).list()) {
        // Without an organization: the projects in progress (a deal always has a client).
        for (const Project &p : *found)
            projects.emplace_back(p.id, p.name);
    }
    fill(m_person, persons, person);
    fill(m_project, projects, project);
    fill(m_deal, deals, deal);
    validate();
}

void TaskEditor::onStateChanged()
{
    if (Task::State(m_state->currentData().toInt()) == Task::State::Done) {
        m_percent->setValue(100);
        if (!m_actualEnd->value().isValid()) {
            QDateTime now = QDateTime::currentDateTime();
            now.setTime(QTime(now.time().hour(), now.time().minute()));
            m_actualEnd->setValue(now);
        }
    }
    validate();
}

void TaskEditor::onPlannedStartChanged()
{
    // Moving the start moves the end with it: the task keeps its length.
    const QDateTime start = m_plannedStart->value();
    const QDateTime end = m_plannedEnd->value();
    if (m_shownStart.isValid() && start.isValid() && end.isValid())
        m_plannedEnd->setValue(end.addSecs(m_shownStart.secsTo(start)));
    m_shownStart = start;
    validate();
}

void TaskEditor::onAllDayToggled(bool allDay)
{
    m_shownStart = {}; // the start changes form, not place: the end stays where it is
    m_plannedStart->setDateOnly(allDay);
    m_plannedEnd->setDateOnly(allDay);
    m_shownStart = m_plannedStart->value();
    validate();
}

void TaskEditor::manageTypes()
{
    const qint64 selected = m_type->currentData().toLongLong();
    TaskTypesDialog dialog(m_db, this);
    dialog.exec();
    fillTypes(selected);
    validate();
}

void TaskEditor::showReminder(const Task &task)
{
    int choice = noReminder;
    if (task.remindAt.isValid()) {
        choice = customReminder;
        if (task.plannedStart.isValid()) {
            const qint64 before = task.remindAt.secsTo(task.plannedStart);
            for (const int offset : reminderOffsets) {
                if (before == offset)
                    choice = offset;
            }
        }
    }
    m_reminder->setCurrentIndex(m_reminder->findData(choice));
    m_reminderTime->setDateTime(task.remindAt.isValid() ? task.remindAt.toLocalTime()
                                                        : (task.plannedStart.isValid() ? task.plannedStart.toLocalTime()
                                                                                       : QDateTime::currentDateTime()));
}

QDateTime TaskEditor::reminderTime() const
{
    const int choice = m_reminder->currentData().toInt();
    if (choice == noReminder)
        return {};
    if (choice == customReminder) {
        QDateTime at = m_reminderTime->dateTime();
        at.setTime(QTime(at.time().hour(), at.time().minute()));
        return at;
    }
    const QDateTime start = m_plannedStart->value();
    return start.isValid() ? start.addSecs(-choice) : QDateTime();
}

void TaskEditor::validate()
{
    m_problems.clear();
    if (m_subject->text().trimmed().isEmpty())
        m_problems << tr("Enter the subject.");
    if (m_type->currentIndex() < 0)
        m_problems << tr("Choose the type.");
    if (!chosenId(m_author))
        m_problems << tr("Choose the author.");
    if (m_organization->hasUnmatchedText())
        m_problems << tr("Choose the organization from the list, or clear the field.");
    const QDateTime plannedStart = m_plannedStart->value();
    const QDateTime plannedEnd = m_plannedEnd->value();
    if (plannedEnd.isValid() && !plannedStart.isValid())
        m_problems << tr("A planned end needs a planned start.");
    else if (plannedEnd.isValid() && plannedEnd < plannedStart)
        m_problems << tr("The planned end is before the planned start.");
    const QDateTime actualStart = m_actualStart->value();
    const QDateTime actualEnd = m_actualEnd->value();
    if (actualStart.isValid() && actualEnd.isValid() && actualEnd < actualStart)
        m_problems << tr("The actual end is before the actual start.");
    const int reminder = m_reminder->currentData().toInt();
    if (reminder >= 0 && !plannedStart.isValid())
        m_problems << tr("A reminder before the start needs a planned start.");

    m_message->setProblems(m_problems, m_buttons->button(QDialogButtonBox::Ok));
}

Task TaskEditor::task() const
{
    Task result = m_original;
    result.subject = m_subject->text().trimmed();
    result.content = m_content->toPlainText().trimmed();
    result.typeId = m_type->currentData().toLongLong();
    result.state = Task::State(m_state->currentData().toInt());
    result.importance = Task::Importance(m_importance->currentData().toInt());
    result.percentComplete = m_percent->value();
    result.organizationId = m_organization->organizationId();
    result.personId = chosenId(m_person);
    result.projectId = chosenId(m_project);
    result.dealId = chosenId(m_deal);
    result.authorId = chosenId(m_author).value_or(0);
    result.assigneeId = chosenId(m_assignee);
    result.controllerId = chosenId(m_controller);
    result.personal = m_personal->isChecked();
    result.allDay = m_allDay->isChecked();
    result.plannedStart = m_plannedStart->value();
    result.plannedEnd = m_plannedEnd->value();
    if (result.allDay && result.plannedEnd.isValid())
        result.plannedEnd = result.plannedEnd.date().addDays(1).startOfDay();
    result.actualStart = m_actualStart->value();
    result.actualEnd = m_actualEnd->value();
    result.reviewAt = m_review->value();
    const QDateTime remindAt = reminderTime();
    if (remindAt != m_original.remindAt)
        result.remindedAt = {}; // a new reminder time reminds again
    result.remindAt = remindAt;
    result.expenses = m_expenses->value();
    return result;
}

} // namespace kartoteka::ui
