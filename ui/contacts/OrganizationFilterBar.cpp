#include "OrganizationFilterBar.h"

#include "ContactTexts.h"
#include "CustomFieldFilters.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QGridLayout>

#include <algorithm>

namespace kartoteka::ui {

OrganizationFilterBar::OrganizationFilterBar(QWidget *parent)
    : QWidget(parent)
{
    // Two rows: in Russian the five "Any …" choices and the check box do not fit in one
    // beside the card.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_kind = addCombo(QStringLiteral("kindFilter"), tr("Any kind"), tr("Kind of organization"));
    m_manager = addCombo(QStringLiteral("managerFilter"), tr("Any manager"), tr("Personal manager"));
    m_city = addCombo(QStringLiteral("cityFilter"), tr("Any city"), tr("City"));
    m_abc = addCombo(QStringLiteral("abcFilter"), tr("Any ABC"), tr("ABC class: how much the client buys"));
    m_xyz = addCombo(QStringLiteral("xyzFilter"), tr("Any XYZ"), tr("XYZ class: how steadily the client buys"));
    m_archived = new QCheckBox(tr("Show ar&chived"), this);
    m_archived->setObjectName(QStringLiteral("showArchived"));
    layout->addWidget(m_kind, 0, 0);
    layout->addWidget(m_manager, 0, 1);
    layout->addWidget(m_city, 0, 2);
    layout->addWidget(m_abc, 1, 0);
    layout->addWidget(m_xyz, 1, 1);
    layout->addWidget(m_archived, 1, 2);
    layout->setColumnStretch(3, 1);
    m_custom = new CustomFieldFilters(this);
    layout->addWidget(m_custom, 2, 0, 1, 4);
    connect(m_custom, &CustomFieldFilters::changed, this, [this] { Q_EMIT filterChanged(filter()); });

    for (const Organization::Kind kind : {Organization::Kind::Client, Organization::Kind::Partner,
                                          Organization::Kind::Supplier, Organization::Kind::Prospect})
        m_kind->addItem(ContactTexts::kindName(kind), int(kind));
    for (const char *abc : {"A", "B", "C"})
        m_abc->addItem(QLatin1String(abc), QLatin1String(abc));
    for (const char *xyz : {"X", "Y", "Z", "new"})
        m_xyz->addItem(ContactTexts::xyzName(QLatin1String(xyz)), QLatin1String(xyz));

    connect(m_archived, &QCheckBox::toggled, this, [this] { Q_EMIT filterChanged(filter()); });
}

QComboBox *OrganizationFilterBar::addCombo(const QString &name, const QString &anyText, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(anyText);
    // As wide as the choices where there is room, never narrower than "Any …" (long in Russian).
    combo->setMinimumWidth(combo->sizeHint().width());
    // activated: the user's choice only, not the items being refilled.
    connect(combo, &QComboBox::activated, this, [this] { Q_EMIT filterChanged(filter()); });
    return combo;
}

void OrganizationFilterBar::setChoices(const std::vector<User> &managers, const QStringList &cities)
{
    for (QComboBox *combo : {m_kind, m_manager, m_abc, m_xyz, m_city})
        combo->setCurrentIndex(0);
    while (m_manager->count() > 1)
        m_manager->removeItem(1);
    for (const User &user : managers)
        m_manager->addItem(user.displayName, user.id);
    while (m_city->count() > 1)
        m_city->removeItem(1);
    QStringList sorted = cities;
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(sorted.begin(), sorted.end(), collator);
    for (const QString &city : std::as_const(sorted))
        m_city->addItem(city, city);
    m_archived->blockSignals(true);
    m_archived->setChecked(false);
    m_archived->blockSignals(false);
}

OrganizationListFilter OrganizationFilterBar::filter() const
{
    OrganizationListFilter filter;
    if (const QVariant kind = m_kind->currentData(); kind.isValid())
        filter.kind = Organization::Kind(kind.toInt());
    if (const QVariant manager = m_manager->currentData(); manager.isValid())
        filter.managerId = manager.toLongLong();
    filter.abcClass = m_abc->currentData().toString();
    filter.xyzClass = m_xyz->currentData().toString();
    filter.city = m_city->currentData().toString();
    filter.includeArchived = m_archived->isChecked();
    filter.customValues = m_custom->chosen();
    return filter;
}

} // namespace kartoteka::ui
