#include "CustomFieldFilters.h"

#include "ContactTexts.h"
#include "contacts/CustomFieldRepository.h"

#include <QComboBox>
#include <QGridLayout>

namespace kartoteka::ui {

namespace {
constexpr int perRow = 3;
constexpr int offeredValues = 200; // of a text, number or date field: the most used
}

CustomFieldFilters::CustomFieldFilters(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(perRow, 1);
    hide(); // until there are fields
}

void CustomFieldFilters::load(const QSqlDatabase &db, CustomField::Entity entity)
{
    std::vector<CustomField> fields;
    QHash<qint64, QStringList> offered;
    if (db.isOpen()) {
        CustomFieldRepository repository(db);
        if (auto list = repository.list(entity))
            fields = std::move(list).value();
        if (auto common = repository.commonValues(fields, offeredValues))
            offered = std::move(common).value();
    }
    setFields(fields, offered);
}

bool CustomFieldFilters::loadIfFieldsChanged(const QSqlDatabase &db, CustomField::Entity entity)
{
    auto fields = CustomFieldRepository(db).list(entity);
    if (!fields || *fields == m_fields)
        return false;
    load(db, entity);
    return true;
}

void CustomFieldFilters::setFields(const std::vector<CustomField> &fields, const QHash<qint64, QStringList> &offeredValues)
{
    if (fields == m_fields && offeredValues == m_offered)
        return;
    qDeleteAll(m_combos);
    m_combos.clear();
    m_fields = fields;
    m_offered = offeredValues;
    for (const CustomField &field : m_fields) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("customFilter_%1").arg(field.id));
        combo->setToolTip(field.label);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->addItem(tr("Any «%1»").arg(field.label));
        combo->setMinimumWidth(combo->sizeHint().width());
        if (field.type == CustomField::Type::Bool) {
            combo->addItem(tr("%1: yes").arg(field.label), QStringLiteral("1"));
            combo->addItem(tr("%1: no").arg(field.label), QStringLiteral("0"));
        } else {
            const QStringList values = field.type == CustomField::Type::Choice ? field.choices : m_offered.value(field.id);
            for (const QString &value : values)
                combo->addItem(ContactTexts::customValue(field, value), value);
        }
        // activated: the user's choice only, not the items being filled.
        connect(combo, &QComboBox::activated, this, &CustomFieldFilters::changed);
        const int index = int(m_combos.size());
        m_grid->addWidget(combo, index / perRow, index % perRow);
        m_combos.push_back(combo);
    }
    setVisible(!m_combos.empty());
}

std::vector<std::pair<qint64, QString>> CustomFieldFilters::chosen() const
{
    std::vector<std::pair<qint64, QString>> values;
    for (std::size_t i = 0; i < m_combos.size(); ++i) {
        if (const QVariant value = m_combos[i]->currentData(); value.isValid())
            values.emplace_back(m_fields[i].id, value.toString());
    }
    return values;
}

} // namespace kartoteka::ui
