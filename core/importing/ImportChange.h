#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

// One record an import created or changed, with what it held before, for undoing the import.
struct ImportChange
{
    enum class Entity { Organization, Person, Sale, Task, CustomValue };
    enum class Action { Created, Updated };

    qint64 id = 0;
    qint64 batchId = 0;
    Entity entity = Entity::Organization;
    qint64 entityId = 0;
    Action action = Action::Created;
    QString previous; // JSON of the changed fields before the import; empty for a created record

    static QString entityCode(Entity entity);
    static std::optional<Entity> entityFromCode(const QString &code);
    static QString actionCode(Action action);
    static std::optional<Action> actionFromCode(const QString &code);

    // The organization columns an import may fill when merging, and so the ones an undo restores.
    static const QStringList &mergeableOrganizationColumns();
    // The task columns an iCalendar import may change, and so the ones an undo restores.
    static const QStringList &importedTaskColumns();
};

} // namespace kartoteka
