#include "TaskJournalModel.h"

#include "contacts/ContactTexts.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/TaskReport.h"
#include "tasks/TaskTypeRepository.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kartoteka::ui {

TaskJournalModel::TaskJournalModel(QObject *parent) : QAbstractTableModel(parent) {}

TaskJournalModel::Names TaskJournalModel::readNames(const QSqlDatabase &db, const std::vector<Task> &tasks)
{
    Names names;
    if (auto types = TaskTypeRepository(db).list()) {
        for (const TaskType &type : *types) {
            names.types.insert(type.id, ContactTexts::taskTypeName(type));
            names.typeColours.insert(type.id, type.color);
        }
    }
    if (auto users = UserRepository(db).list(true)) {
        for (const User &user : *users)
            names.users.insert(user.id, user.shownName());
    }
    const OrganizationRepository organizations(db);
    const PersonRepository persons(db);
    for (const Task &task : tasks) {
        if (task.organizationId && !names.organizations.contains(*task.organizationId)) {
            auto organization = organizations.get(*task.organizationId);
            names.organizations.insert(*task.organizationId, organization ? organization->name : QString());
        }
        if (task.personId && !names.persons.contains(*task.personId)) {
            auto person = persons.get(*task.personId);
            names.persons.insert(*task.personId, person ? person->fullName : QString());
        }
    }
    return names;
}

void TaskJournalModel::setTasks(std::vector<Task> tasks, Names names)
{
    beginResetModel();
    m_tasks = std::move(tasks);
    m_names = std::move(names);
    endResetModel();
}

const Task *TaskJournalModel::taskAt(int row) const
{
    return row >= 0 && row < int(m_tasks.size()) ? &m_tasks[std::size_t(row)] : nullptr;
}

int TaskJournalModel::rowOf(qint64 taskId) const
{
    for (int row = 0; row < int(m_tasks.size()); ++row) {
        if (m_tasks[std::size_t(row)].id == taskId)
            return row;
    }
    return -1;
}

int TaskJournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskJournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskJournalModel::data(const QModelIndex &index, int role) const
{
    const Task *task = taskAt(index.row());
    if (!task)
        return {};
    if (role == Qt::UserRole)
        return task->id;
    if (role == Qt::DecorationRole && index.column() == Type)
        return QColor(m_names.typeColours.value(task->typeId));
    if (role == Qt::FontRole && task->importance == Task::Importance::High && index.column() == Subject) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Subject)
        return task->content.isEmpty() ? task->subject : task->content;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case When: return ContactTexts::dateTime(task->plannedStart);
    case Type: return m_names.types.value(task->typeId);
    case State: return TaskReport::stateName(task->state);
    case Importance:
        return TaskReport::importanceName(task->importance);
    case Subject: return task->subject;
    case Organization: return task->organizationId ? m_names.organizations.value(*task->organizationId) : QString();
    case Person: return task->personId ? m_names.persons.value(*task->personId) : QString();
    case Assignee: return task->assigneeId ? m_names.users.value(*task->assigneeId) : QString();
    case Complete: return QStringLiteral("%1 %").arg(task->percentComplete);
    case ColumnCount: break;
    }
    return {};
}

QVariant TaskJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Type: return tr("Type");
    case State: return tr("State");
    case Importance: return tr("Importance");
    case Subject: return tr("Subject");
    case Organization: return tr("Organization");
    case Person: return tr("Contact person");
    case Assignee: return tr("Assignee");
    case Complete: return tr("Complete");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kartoteka::ui
