#include "TaskFilterBar.h"

#include "contacts/ContactTexts.h"
#include "tasks/CalendarPeriod.h"
#include "tasks/TaskReport.h"
#include "tasks/TaskTypeRepository.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <limits>

namespace kartoteka::ui {

QComboBox *TaskFilterBar::newFilterBox(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    // As wide as their texts where there is room, but the filters may shrink to fit beside
    // each other on a narrow card.
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMinimumWidth(box->fontMetrics().averageCharWidth() * 5 + box->iconSize().width());
    return box;
}

TaskFilterBar::TaskFilterBar(Rows rows, const QString &settingsKey, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_perRow(rows == Rows::One ? std::numeric_limits<int>::max() : 3)
    , m_grid(new QGridLayout)
    , m_involvement(newFilterBox(QStringLiteral("involvementFilter"), this))
    , m_period(newFilterBox(QStringLiteral("periodFilter"), this))
    , m_type(newFilterBox(QStringLiteral("typeFilter"), this))
    , m_state(newFilterBox(QStringLiteral("stateFilter"), this))
    , m_importance(newFilterBox(QStringLiteral("importanceFilter"), this))
{
    m_involvement->addItem(tr("All I see"), int(Involvement::AllVisible));
    m_involvement->addItem(tr("Assigned to me"), int(Involvement::AssignedToMe));
    m_involvement->addItem(tr("Authored by me"), int(Involvement::AuthoredByMe));
    m_involvement->addItem(tr("Controlled by me"), int(Involvement::ControlledByMe));
    m_period->addItem(tr("Any time"), int(Period::AnyTime));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("This week"), int(Period::ThisWeek));
    m_period->addItem(tr("This decade"), int(Period::ThisDecade));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_type->addItem(tr("All types"));
    m_state->addItem(tr("All states"));
    for (const Task::State state : {Task::State::Planned, Task::State::InProgress, Task::State::Done,
                                    Task::State::Cancelled, Task::State::Postponed})
        m_state->addItem(TaskReport::stateName(state), int(state));
    m_importance->addItem(tr("Any importance"));
    for (const Task::Importance importance : {Task::Importance::High, Task::Importance::Normal, Task::Importance::Low})
        m_importance->addItem(TaskReport::importanceName(importance), int(importance));
    if (!m_settingsKey.isEmpty()) {
        const QSettings settings;
        m_period->setCurrentIndex(
            std::max(0, m_period->findData(settings.value(m_settingsKey + QStringLiteral("/period"), 0).toInt())));
        m_involvement->setCurrentIndex(std::max(
            0, m_involvement->findData(settings.value(m_settingsKey + QStringLiteral("/involvement"), 0).toInt())));
    }

    // Who and when first, then what; left-aligned, the rest of the row empty.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addStretch(1);
    for (QComboBox *box : {m_involvement, m_period, m_type, m_state, m_importance}) {
        addFilter(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            remember();
            Q_EMIT changed();
        });
    }
}

void TaskFilterBar::addFilter(QWidget *filter)
{
    const int index = m_grid->count();
    m_grid->addWidget(filter, index / m_perRow, index % m_perRow);
}

void TaskFilterBar::setTypes(const QSqlDatabase &db)
{
    const QVariant chosen = m_type->currentData();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"));
    if (db.isOpen()) {
        if (auto types = TaskTypeRepository(db).list()) {
            for (const TaskType &type : *types)
                m_type->addItem(ContactTexts::taskTypeName(type), type.id);
        }
    }
    m_type->setCurrentIndex(std::max(0, m_type->findData(chosen)));
}

void TaskFilterBar::applyTo(TaskFilter &filter, qint64 me) const
{
    if (const QVariant type = m_type->currentData(); type.isValid())
        filter.typeIds = {type.toLongLong()};
    if (const QVariant state = m_state->currentData(); state.isValid())
        filter.states = {Task::State(state.toInt())};
    if (const QVariant importance = m_importance->currentData(); importance.isValid())
        filter.importances = {Task::Importance(importance.toInt())};

    const QDate today = QDate::currentDate();
    const Qt::DayOfWeek firstDay = QLocale().firstDayOfWeek();
    std::optional<DateRange> range;
    switch (Period(m_period->currentData().toInt())) {
    case Period::AnyTime: break;
    case Period::Today: range = DateRange{today, today}; break;
    case Period::ThisWeek: range = calendarPeriod(CalendarView::Week, today, firstDay); break;
    case Period::ThisDecade: range = calendarPeriod(CalendarView::Decade, today, firstDay); break;
    case Period::ThisMonth: range = calendarPeriod(CalendarView::Month, today, firstDay); break;
    }
    if (range) {
        filter.from = range->first.startOfDay();
        filter.to = range->last.addDays(1).startOfDay();
    }

    switch (Involvement(m_involvement->currentData().toInt())) {
    case Involvement::AllVisible: break;
    case Involvement::AssignedToMe: filter.assigneeIds = {me}; break;
    case Involvement::AuthoredByMe: filter.authorIds = {me}; break;
    case Involvement::ControlledByMe: filter.controllerIds = {me}; break;
    }
}

void TaskFilterBar::remember() const
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/period"), m_period->currentData());
    settings.setValue(m_settingsKey + QStringLiteral("/involvement"), m_involvement->currentData());
}

} // namespace kartoteka::ui
