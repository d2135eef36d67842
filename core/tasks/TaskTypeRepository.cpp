#include "TaskTypeRepository.h"

#include "storage/Sql.h"

#include <QRegularExpression>

namespace kartoteka {

QStringList TaskTypeMapping::columns()
{
    return {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("color"), QStringLiteral("builtin"),
            QStringLiteral("sort_order")};
}

QVariantList TaskTypeMapping::values(const TaskType &t)
{
    return {t.code, t.name, t.color, t.builtin ? 1 : 0, t.sortOrder};
}

TaskType TaskTypeMapping::read(const QSqlQuery &q)
{
    TaskType t;
    int i = 0;
    t.id = q.value(i++).toLongLong();
    t.code = sql::toText(q.value(i++));
    t.name = sql::toText(q.value(i++));
    t.color = sql::toText(q.value(i++));
    t.builtin = q.value(i++).toInt() != 0;
    t.sortOrder = q.value(i++).toInt();
    return t;
}

TaskTypeRepository::TaskTypeRepository(QSqlDatabase db) : m_table(std::move(db)) {}

DatabaseError TaskTypeRepository::validate(const TaskType &type)
{
    if (type.name.trimmed().isEmpty())
        return {DatabaseError::Kind::Invalid, tr("A task type needs a name.")};
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    if (!colorPattern.match(type.color).hasMatch())
        return {DatabaseError::Kind::Invalid, tr("%1 is not a colour of the form #rrggbb.").arg(type.color)};
    return {};
}

Result<std::vector<TaskType>> TaskTypeRepository::list() const
{
    return m_table.select(QStringLiteral("ORDER BY sort_order, id"));
}

Result<TaskType> TaskTypeRepository::get(qint64 id) const
{
    return m_table.get(id);
}

Result<TaskType> TaskTypeRepository::findByCode(const QString &code) const
{
    return m_table.findOne(QStringLiteral("WHERE code = ?"), {code}, tr("There is no task type %1.").arg(code));
}

DatabaseError TaskTypeRepository::create(TaskType &type)
{
    if (DatabaseError error = validate(type))
        return error;
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto next = sql::exec(m_table.database(),
                          QStringLiteral("SELECT coalesce(max(id), 0) + 1, coalesce(max(sort_order), 0) + 1 "
                                         "FROM task_types"));
    if (!next)
        return next.error();
    next->next();
    TaskType stored = type;
    stored.builtin = false;
    if (stored.code.trimmed().isEmpty())
        stored.code = QStringLiteral("user_%1").arg(next->value(0).toLongLong());
    if (stored.sortOrder == 0)
        stored.sortOrder = next->value(1).toInt();
    if (DatabaseError error = m_table.create(stored))
        return error;
    if (DatabaseError error = transaction.commit())
        return error;
    type = stored;
    return {};
}

DatabaseError TaskTypeRepository::update(const TaskType &type)
{
    if (DatabaseError error = validate(type))
        return error;
    return m_table.write(QStringLiteral("UPDATE task_types SET name = ?, color = ?, sort_order = ? WHERE id = ?"),
                         {type.name, type.color, type.sortOrder, type.id});
}

DatabaseError TaskTypeRepository::remove(qint64 id)
{
    Transaction transaction(m_table.database());
    if (transaction.beginError())
        return transaction.beginError();
    auto type = get(id);
    if (!type)
        return type.error();
    if (type->builtin)
        return {DatabaseError::Kind::Refused, tr("The task type %1 comes with the program and cannot be deleted.")
                                                  .arg(type->name)};
    auto used = sql::scalar(m_table.database(), QStringLiteral("SELECT count(*) FROM tasks WHERE type_id = ?"), {id});
    if (!used)
        return used.error();
    if (const int n = used->toInt(); n > 0)
        return {DatabaseError::Kind::Refused,
                tr("The task type %1 cannot be deleted: %n task(s) have it.", nullptr, n).arg(type->name)};
    if (DatabaseError error = m_table.remove(id))
        return error;
    return transaction.commit();
}

} // namespace kartoteka
