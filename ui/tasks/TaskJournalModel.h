#pragma once

#include "tasks/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka::ui {

// The rows of a task journal, with the names of what the tasks refer to looked up once.
class TaskJournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { When, Type, State, Importance, Subject, Organization, Person, Assignee, Complete, ColumnCount };

    struct Names
    {
        QHash<qint64, QString> types;
        QHash<qint64, QString> typeColours;
        QHash<qint64, QString> users;
        QHash<qint64, QString> organizations;
        QHash<qint64, QString> persons;
    };

    // The names `tasks` refer to, read from `db`: a few hundred lookups at most, never the
    // whole card index.
    static Names readNames(const QSqlDatabase &db, const std::vector<Task> &tasks);

    explicit TaskJournalModel(QObject *parent = nullptr);

    void setTasks(std::vector<Task> tasks, Names names);
    const Task *taskAt(int row) const;
    int rowOf(qint64 taskId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<Task> m_tasks;
    Names m_names;
};

} // namespace kartoteka::ui
