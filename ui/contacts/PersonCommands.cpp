#include "PersonCommands.h"

#include "contacts/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/TableGateway.h"
#include "storage/Transaction.h"

namespace kartoteka::ui {

PersonChangeCommand::PersonChangeCommand(QSqlDatabase db, std::optional<Person> before, std::optional<Person> after,
                                         const QString &text, ReportCommandError reportError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(std::move(db))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_id(m_before ? m_before->id : m_after->id)
    , m_reportError(std::move(reportError))
{
    setText(text);
}

PersonChangeCommand *PersonChangeCommand::create(QSqlDatabase db, const Person &person, ReportCommandError reportError,
                                                 QUndoCommand *parent)
{
    return new PersonChangeCommand(std::move(db), std::nullopt, person, tr("create «%1»").arg(person.fullName),
                                   std::move(reportError), parent);
}

PersonChangeCommand *PersonChangeCommand::edit(QSqlDatabase db, const Person &before, const Person &after,
                                               ReportCommandError reportError, QUndoCommand *parent)
{
    return new PersonChangeCommand(std::move(db), before, after, tr("edit «%1»").arg(after.fullName),
                                   std::move(reportError), parent);
}

PersonChangeCommand *PersonChangeCommand::archive(QSqlDatabase db, const Person &person, bool archive,
                                                  ReportCommandError reportError)
{
    Person after = person;
    after.archivedAt = archive ? sql::now() : QDateTime();
    return new PersonChangeCommand(std::move(db), person, after,
                                   archive ? tr("archive «%1»").arg(person.fullName)
                                           : tr("restore «%1»").arg(person.fullName),
                                   std::move(reportError));
}

PersonChangeCommand *PersonChangeCommand::remove(QSqlDatabase db, const Person &person, ReportCommandError reportError)
{
    return new PersonChangeCommand(std::move(db), person, std::nullopt, tr("delete «%1»").arg(person.fullName),
                                   std::move(reportError));
}

void PersonChangeCommand::redo()
{
    apply(m_before, m_after);
}

void PersonChangeCommand::undo()
{
    apply(m_after, m_before);
}

void PersonChangeCommand::apply(const std::optional<Person> &from, const std::optional<Person> &to)
{
    m_succeeded = false;
    if (DatabaseError error = write(from, to)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_succeeded = true;
}

DatabaseError PersonChangeCommand::write(const std::optional<Person> &from, const std::optional<Person> &to)
{
    PersonRepository persons(m_db);
    if (!from && m_id == 0) {
        // The first creation: the database gives the id that undo and redo use from now on.
        Person created = *to;
        if (DatabaseError error = persons.create(created))
            return error;
        m_id = created.id;
        m_after->id = m_id;
        m_after->createdAt = created.createdAt;
        m_after->updatedAt = created.updatedAt;
        return {};
    }
    if (from && to) {
        Person next = *to;
        next.id = m_id;
        return persons.update(next);
    }
    if (from) {
        // Deleting: what goes with the row (custom values, by trigger) is read first.
        auto customValues = CustomValueRows::ofPerson(m_db, m_id);
        if (!customValues)
            return customValues.error();
        if (DatabaseError error = persons.remove(m_id))
            return error;
        m_customValues = std::move(customValues).value();
        return {};
    }
    // Writing a deleted person back as they were.
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    Person restored = *to;
    restored.id = m_id;
    if (DatabaseError error = TableGateway<PersonMapping>(m_db).insertWithId(restored))
        return error;
    if (DatabaseError error = m_customValues.restore(m_db))
        return error;
    return transaction.commit();
}

} // namespace kartoteka::ui
