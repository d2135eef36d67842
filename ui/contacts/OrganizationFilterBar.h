#pragma once

#include "contacts/CustomField.h"
#include "contacts/OrganizationListQuery.h"
#include "contacts/User.h"

#include <QHash>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;

namespace kartoteka::ui {

class CustomFieldFilters;

// The filters of the card index list: kind, personal manager, ABC and XYZ class, city, the
// custom fields, and whether archived organizations are shown.
class OrganizationFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit OrganizationFilterBar(QWidget *parent = nullptr);

    // The managers and cities to offer; resets every filter.
    void setChoices(const std::vector<User> &managers, const QStringList &cities);
    // The filters of the organizations' custom fields.
    CustomFieldFilters *customFilters() const { return m_custom; }
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
    CustomFieldFilters *m_custom;
};

} // namespace kartoteka::ui
