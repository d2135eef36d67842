#pragma once

#include "contacts/CustomField.h"
#include "contacts/OrganizationListQuery.h"
#include "contacts/User.h"

#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;

namespace kartoteka::ui {

// The filters of the card index list: kind, personal manager, ABC and XYZ class, city, the
// choice and yes/no custom fields, and whether archived organizations are shown.
class OrganizationFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationFilterBar(QWidget *parent = nullptr);

    // The managers and cities to offer; resets every filter.
    void setChoices(const std::vector<User> &managers, const QStringList &cities);
    // Adds a filter per choice and yes/no custom field (kept as they are when the same fields come again).
    void setCustomFields(const std::vector<CustomField> &fields);
    OrganizationListFilter filter() const;

Q_SIGNALS:
    void filterChanged(const kartoteka::OrganizationListFilter &filter);

private:
    QComboBox *addCombo(const QString &name, const QString &anyText, const QString &toolTip);

    QComboBox *m_kind;
    QComboBox *m_manager;
    QComboBox *m_abc;
    QComboBox *m_xyz;
    QComboBox *m_city;
    QCheckBox *m_archived;
    std::vector<std::pair<CustomField, QComboBox *>> m_customFilters;
};

} // namespace kartoteka::ui
