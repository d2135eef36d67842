#include "ImportChange.h"

#include "storage/EnumCodes.h"

namespace kartoteka {

namespace {
constexpr auto entityCodes = enumCodes<ImportChange::Entity>({
    {ImportChange::Entity::Organization, "organization"},
    {ImportChange::Entity::Person, "person"},
    {ImportChange::Entity::Sale, "sale"},
    {ImportChange::Entity::Task, "task"},
    {ImportChange::Entity::CustomValue, "custom_value"},
});

constexpr auto actionCodes = enumCodes<ImportChange::Action>({
    {ImportChange::Action::Created, "created"},
    {ImportChange::Action::Updated, "updated"},
});
} // namespace

QString ImportChange::entityCode(Entity entity)
{
    return entityCodes.code(entity);
}

std::optional<ImportChange::Entity> ImportChange::entityFromCode(const QString &code)
{
    return entityCodes.fromCode(code);
}

QString ImportChange::actionCode(Action action)
{
    return actionCodes.code(action);
}

std::optional<ImportChange::Action> ImportChange::actionFromCode(const QString &code)
{
    return actionCodes.fromCode(code);
}

const QStringList &ImportChange::mergeableOrganizationColumns()
{
    static const QStringList columns{QStringLiteral("inn"),     QStringLiteral("phones"),  QStringLiteral("email"),
                                     QStringLiteral("website"), QStringLiteral("city"),    QStringLiteral("address"),
                                     QStringLiteral("notes"),   QStringLiteral("manager_id"), QStringLiteral("legal_form"),
                                     QStringLiteral("price_terms"), QStringLiteral("delivery_terms")};
    return columns;
}

const QStringList &ImportChange::importedTaskColumns()
{
    static const QStringList columns{QStringLiteral("subject"),       QStringLiteral("content"),
                                     QStringLiteral("type_id"),       QStringLiteral("state"),
                                     QStringLiteral("importance"),    QStringLiteral("percent_complete"),
                                     QStringLiteral("all_day"),       QStringLiteral("planned_start"),
                                     QStringLiteral("planned_end"),   QStringLiteral("actual_end"),
                                     QStringLiteral("remind_at"),     QStringLiteral("reminded_at"),
                                     QStringLiteral("updated_at")};
    return columns;
}

} // namespace kartoteka
