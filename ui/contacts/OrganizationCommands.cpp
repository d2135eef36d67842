#include "OrganizationCommands.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace kartoteka::ui {

namespace {

DatabaseError restoreRows(const QSqlDatabase &db, const Organization &organization, const std::vector<Person> &persons,
                          const CustomValueRows &customValues = {})
{
    Transaction transaction(db);
    if (transaction.beginError())
        return transaction.beginError();
    if (DatabaseError error = TableGateway<OrganizationMapping>(db).insertWithId(organization))
        return error;
    for (const Person &person : persons) {
        if (DatabaseError error = TableGateway<PersonMapping>(db).insertWithId(person))
            return error;
    }
    if (DatabaseError error = customValues.restore(db))
        return error;
    return transaction.commit();
}

} // namespace

CreateOrganizationCommand::CreateOrganizationCommand(QSqlDatabase db, const Organization &organization,
                                                     ReportCommandError reportError, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(std::move(db)), m_organization(organization), m_reportError(std::move(reportError))
{
    setText(tr("create «%1»").arg(organization.name));
}

void CreateOrganizationCommand::redo()
{
    OrganizationRepository repository(m_db);
    DatabaseError error;
    if (m_organization.id == 0) {
        error = repository.create(m_organization);
        if (!error) {
            // Keep the stamps that were written, so that redo writes the same row.
            if (auto stored = repository.get(m_organization.id))
                m_organization = std::move(stored).value();
        }
    } else {
        error = restoreRows(m_db, m_organization, {});
    }
    if (error) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void CreateOrganizationCommand::undo()
{
    if (DatabaseError error = OrganizationRepository(m_db).remove(m_organization.id)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

EditOrganizationCommand::EditOrganizationCommand(QSqlDatabase db, const Organization &before,
                                                 const Organization &after, ReportCommandError reportError,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_db(std::move(db)), m_before(before), m_after(after), m_reportError(std::move(reportError))
{
    setText(tr("edit «%1»").arg(after.name));
}

void EditOrganizationCommand::write(const Organization &values)
{
    Organization copy = values;
    if (DatabaseError error = OrganizationRepository(m_db).update(copy)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void EditOrganizationCommand::redo()
{
    write(m_after);
}

void EditOrganizationCommand::undo()
{
    write(m_before);
}

ArchiveOrganizationCommand::ArchiveOrganizationCommand(QSqlDatabase db, qint64 id, const QString &name, bool archive,
                                                       ReportCommandError reportError)
    : m_db(std::move(db)), m_id(id), m_archive(archive), m_reportError(std::move(reportError))
{
    setText(archive ? tr("archive «%1»").arg(name) : tr("restore «%1»").arg(name));
}

void ArchiveOrganizationCommand::apply(bool archive)
{
    OrganizationRepository repository(m_db);
    if (DatabaseError error = archive ? repository.archive(m_id) : repository.restore(m_id)) {
        setObsolete(true);
        m_reportError(error.message);
    }
}

void ArchiveOrganizationCommand::redo()
{
    apply(m_archive);
}

void ArchiveOrganizationCommand::undo()
{
    apply(!m_archive);
}

DeleteOrganizationCommand::DeleteOrganizationCommand(QSqlDatabase db, qint64 id, const QString &name,
                                                     ReportCommandError reportError)
    : m_db(std::move(db)), m_id(id), m_reportError(std::move(reportError))
{
    setText(tr("delete «%1»").arg(name));
}

void DeleteOrganizationCommand::redo()
{
    m_deleted = false;
    // What remove() takes with it, read first so that undo can write it back.
    auto organization = OrganizationRepository(m_db).get(m_id);
    if (!organization) {
        setObsolete(true);
        m_reportError(organization.error().message);
        return;
    }
    auto persons = PersonRepository(m_db).listByOrganization(m_id, true);
    if (!persons) {
        setObsolete(true);
        m_reportError(persons.error().message);
        return;
    }
    auto customValues = CustomValueRows::ofOrganization(m_db, m_id);
    if (!customValues) {
        setObsolete(true);
        m_reportError(customValues.error().message);
        return;
    }
    if (DatabaseError error = OrganizationRepository(m_db).remove(m_id)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_organization = std::move(organization).value();
    m_persons = std::move(persons).value();
    m_customValues = std::move(customValues).value();
    m_deleted = true;
}

void DeleteOrganizationCommand::undo()
{
    if (!m_deleted)
        return;
    if (DatabaseError error = restoreRows(m_db, m_organization, m_persons, m_customValues)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_deleted = false;
}

} // namespace kartoteka::ui
