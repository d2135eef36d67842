#pragma once

#include "OrganizationCommands.h"
#include "contacts/CustomValueRows.h"
#include "contacts/Person.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>
#include <QVariantList>

#include <optional>
#include <vector>

namespace kartoteka::ui {

// Edit > Undo for a person: one command moves the person between two states, each a stored
// person or none, so creating (none → person), editing, archiving (person → person) and
// deleting (person → none) undo the same way. A deleted person comes back with their id and
// custom values. A failure goes to `reportError` and leaves the command obsolete.
class PersonChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonChangeCommand)

public:
    static PersonChangeCommand *create(QSqlDatabase db, const Person &person, ReportCommandError reportError,
                                       QUndoCommand *parent = nullptr);
    static PersonChangeCommand *edit(QSqlDatabase db, const Person &before, const Person &after,
                                     ReportCommandError reportError, QUndoCommand *parent = nullptr);
    static PersonChangeCommand *archive(QSqlDatabase db, const Person &person, bool archive,
                                        ReportCommandError reportError);
    static PersonChangeCommand *remove(QSqlDatabase db, const Person &person, ReportCommandError reportError);

    void redo() override;
    void undo() override;
    // The person's id (known after the first redo of a creation); whether the last step worked.
    qint64 personId() const { return m_id; }
    bool succeeded() const { return m_succeeded; }

private:
    PersonChangeCommand(QSqlDatabase db, std::optional<Person> before, std::optional<Person> after,
                        const QString &text, ReportCommandError reportError, QUndoCommand *parent = nullptr);
    void apply(const std::optional<Person> &from, const std::optional<Person> &to);
    DatabaseError write(const std::optional<Person> &from, const std::optional<Person> &to);

    QSqlDatabase m_db;
    std::optional<Person> m_before;
    std::optional<Person> m_after;
    CustomValueRows m_customValues; // of a deleted person
    qint64 m_id = 0;
    bool m_succeeded = false;
    ReportCommandError m_reportError;
};

} // namespace kartoteka::ui
