#include "PhoneSettingsPage.h"

#include "importing/PhoneRegions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace kartoteka::ui {

PhoneSettingsPage::PhoneSettingsPage(QWidget *parent) : QWidget(parent), m_region(new QComboBox(this))
{
    setObjectName(QStringLiteral("phoneSettingsPage"));
    m_region->setObjectName(QStringLiteral("phoneRegionBox"));
    for (const PhoneRegion &region : PhoneRegions::all())
        m_region->addItem(region.name, region.code);
    const QString current = PhoneRegions::defaultCode();
    if (m_region->findData(current) < 0)
        m_region->addItem(current, current);
    m_region->setCurrentIndex(m_region->findData(current));
    auto *hint = new QLabel(tr("Phone numbers typed or imported without a country code are read as numbers of this "
                               "country; numbers of this country are shown in its national format."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Default &country for phones:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { PhoneRegions::setDefaultCode(m_region->currentData().toString()); });
}

} // namespace kartoteka::ui
