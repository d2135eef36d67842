#pragma once

#include "contacts/CustomValueRows.h"
#include "contacts/Organization.h"
#include "contacts/Person.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>
#include <QVariantList>

#include <functional>
#include <vector>

namespace kartoteka::ui {

// Edit > Undo for the changes made to organizations on the Contacts page. Each command writes
// through the connection given (the GUI's); a failure goes to `reportError` and leaves the
// command obsolete, so the stack drops it.
using ReportCommandError = std::function<void(const QString &message)>;

class CreateOrganizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateOrganizationCommand)

public:
    CreateOrganizationCommand(QSqlDatabase db, const Organization &organization, ReportCommandError reportError,
                              QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 organizationId() const { return m_organization.id; }

private:
    QSqlDatabase m_db;
    Organization m_organization;
    ReportCommandError m_reportError;
};

class EditOrganizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditOrganizationCommand)

public:
    EditOrganizationCommand(QSqlDatabase db, const Organization &before, const Organization &after,
                            ReportCommandError reportError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const Organization &values);

    QSqlDatabase m_db;
    Organization m_before;
    Organization m_after;
    ReportCommandError m_reportError;
};

// Archives (or, with archive = false, restores) an organization.
class ArchiveOrganizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOrganizationCommand)

public:
    ArchiveOrganizationCommand(QSqlDatabase db, qint64 id, const QString &name, bool archive,
                               ReportCommandError reportError);

    void redo() override;
    void undo() override;

private:
    void apply(bool archive);

    QSqlDatabase m_db;
    qint64 m_id;
    bool m_archive;
    ReportCommandError m_reportError;
};

// Deletes an organization without history (OrganizationRepository::remove, which refuses the
// others); undo writes the stored row, its persons and their custom values back with their ids.
class DeleteOrganizationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteOrganizationCommand)

public:
    DeleteOrganizationCommand(QSqlDatabase db, qint64 id, const QString &name, ReportCommandError reportError);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_deleted; }

private:
    QSqlDatabase m_db;
    qint64 m_id;
    Organization m_organization;
    std::vector<Person> m_persons;
    CustomValueRows m_customValues; // of it and its persons
    bool m_deleted = false;
    ReportCommandError m_reportError;
};

} // namespace kartoteka::ui
