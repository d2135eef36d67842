#pragma once

#include "OrganizationCommands.h"
#include "contacts/CustomField.h"
#include "storage/DatabaseError.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace kartoteka::ui {

// Edit > Undo for a custom field's definition: none → field (add), field → field (rename,
// choices, order), field → none (delete, which takes the field's values with it; undo writes
// the field back with its id and every value).
class CustomFieldChangeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldChangeCommand)

public:
    CustomFieldChangeCommand(QSqlDatabase db, std::optional<CustomField> before, std::optional<CustomField> after,
                             ReportCommandError reportError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 fieldId() const { return m_id; }

private:
    DatabaseError write(const std::optional<CustomField> &from, const std::optional<CustomField> &to);

    QSqlDatabase m_db;
    std::optional<CustomField> m_before;
    std::optional<CustomField> m_after;
    QMap<qint64, QString> m_values; // entity id -> value of a deleted field
    qint64 m_id = 0;
    ReportCommandError m_reportError;
};

// Sets the custom values of one organization or person (field id -> value; empty removes),
// as part of a create or edit command; the entity's id may be known only when it runs.
class SetCustomValuesCommand : public QUndoCommand
{
public:
    using Values = QMap<qint64, QString>;

    SetCustomValuesCommand(QSqlDatabase db, std::function<qint64()> entityId, Values before, Values after,
                           ReportCommandError reportError, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void write(const Values &values);

    QSqlDatabase m_db;
    std::function<qint64()> m_entityId;
    Values m_before;
    Values m_after;
    ReportCommandError m_reportError;
};

// A change of an organization or person (the first child) with its custom values (the
// second), done and undone as one; dropped from the stack when the record's change fails.
class RecordChangeCommand : public QUndoCommand
{
public:
    explicit RecordChangeCommand(const QString &text) { setText(text); }

    void redo() override
    {
        QUndoCommand::redo();
        if (childCount() > 0 && child(0)->isObsolete())
            setObsolete(true);
    }
};

} // namespace kartoteka::ui
