#pragma once

#include "TaskType.h"
#include "storage/Result.h"
#include "storage/TableGateway.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <vector>

namespace kartoteka {

struct TaskTypeMapping
{
    using Value = TaskType;
    static QString table() { return QStringLiteral("task_types"); }
    static QStringList columns();
    static QVariantList values(const TaskType &type);
    static TaskType read(const QSqlQuery &query);
};

// Task types. Builtin types and types in use are not deleted.
class TaskTypeRepository
{
    Q_DECLARE_TR_FUNCTIONS(TaskTypeRepository)

public:
    explicit TaskTypeRepository(QSqlDatabase db);

    // By sort order.
    Result<std::vector<TaskType>> list() const;
    Result<TaskType> get(qint64 id) const;
    Result<TaskType> findByCode(const QString &code) const;
    // Adds a user type: never builtin; an empty code becomes "user_<n>", sort order 0 puts it last.
    DatabaseError create(TaskType &type);
    // Renames, recolours or reorders; the code and builtin flag of a stored type stay as they are.
    DatabaseError update(const TaskType &type);
    DatabaseError remove(qint64 id);

private:
    static DatabaseError validate(const TaskType &type);

    TableGateway<TaskTypeMapping> m_table;
};

} // namespace kartoteka
