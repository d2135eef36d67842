#include "MappingPage.h"

#include "widgets/ProblemsLabel.h"

#include "ImportContext.h"
#include "ImportDialogs.h"
#include "ImportPreviewModel.h"
#include "PhoneRegions.h"
#include "PreviewCellChecker.h"
#include "contacts/CustomFieldRepository.h"
#include "importing/ImportProfileRepository.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

// The item of `field` in a mapping combo; a custom field matches its label in any letter case,
// as the import does.
int indexOfField(const QComboBox *combo, const QString &field)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString().compare(field, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

MappingPage::MappingPage(ImportContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_profile(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_dates(new QGroupBox(tr("Dates"), this))
    , m_datesQuestion(new QLabel(m_dates))
    , m_dayMonth(new QRadioButton(m_dates))
    , m_monthDay(new QRadioButton(m_dates))
    , m_dateOrder(new QButtonGroup(this))
    , m_form(new QWidget(this))
    , m_formLayout(new QFormLayout(m_form))
    , m_table(new QTableView(this))
    , m_model(new ImportPreviewModel(this))
    , m_message(new QLabel(this))
{
    setTitle(tr("Match the columns to fields"));
    setSubTitle(tr("Each column of the file goes to a field, to a custom field or nowhere. "
                   "Red cells would be rejected, yellow ones kept with a warning; point at a cell to see why."));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_dates->setObjectName(QStringLiteral("dateOrderBox"));
    m_datesQuestion->setObjectName(QStringLiteral("dateOrderQuestion"));
    m_dayMonth->setObjectName(QStringLiteral("dayMonthRadio"));
    m_monthDay->setObjectName(QStringLiteral("monthDayRadio"));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_message->setObjectName(QStringLiteral("mappingMessage"));
    m_message->setWordWrap(true);
    markAsError(m_message);

    auto *saveProfile = new QPushButton(tr("&Save as profile…"), this);
    saveProfile->setObjectName(QStringLiteral("saveProfileButton"));
    connect(saveProfile, &QPushButton::clicked, this, &MappingPage::saveProfile);
    connect(m_profile, &QComboBox::activated, this, &MappingPage::loadProfile);

    for (const PhoneRegion &region : phoneRegions())
        m_region->addItem(region.name, region.code);
    connect(m_region, &QComboBox::activated, this, &MappingPage::onRegionChanged);

    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setBuddy(m_profile);
    auto *regionLabel = new QLabel(tr("Phones without a country code are &from:"), this);
    regionLabel->setBuddy(m_region);
    auto *top = new QHBoxLayout;
    top->addWidget(profileLabel);
    top->addWidget(m_profile, 1);
    top->addWidget(saveProfile);
    top->addSpacing(16);
    top->addWidget(regionLabel);
    top->addWidget(m_region, 1);

    m_dateOrder->addButton(m_dayMonth, int(DateOrder::DayMonth));
    m_dateOrder->addButton(m_monthDay, int(DateOrder::MonthDay));
    connect(m_dateOrder, &QButtonGroup::idClicked, this, &MappingPage::onDateOrderChosen);
    m_datesQuestion->setWordWrap(true);
    auto *datesLayout = new QVBoxLayout(m_dates);
    datesLayout->addWidget(m_datesQuestion);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_dayMonth);
    choices->addWidget(m_monthDay);
    choices->addStretch(1);
    datesLayout->addLayout(choices);
    m_dates->hide();

    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 600});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_dates);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
}

void MappingPage::initializePage()
{
    const int region = m_region->findData(m_context.settings.defaultRegion);
    if (region < 0)
        m_region->addItem(m_context.settings.defaultRegion, m_context.settings.defaultRegion);
    m_region->setCurrentIndex(m_region->findData(m_context.settings.defaultRegion));
    reloadProfiles(QString());
    buildCombos();
    refresh();
}

void MappingPage::reloadProfiles(const QString &current)
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    m_profile->addItem(tr("(none)"), QString());
    auto names = ImportProfileRepository(m_context.db).names(m_context.settings.target);
    if (names) {
        for (const QString &name : *names)
            m_profile->addItem(name, name);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(current)));
}

void MappingPage::buildCombos()
{
    while (m_formLayout->rowCount() > 0)
        m_formLayout->removeRow(0);
    m_combos.clear();
    if (!m_context.plan)
        return;
    m_customFields.clear();
    if (m_context.settings.target == ImportTarget::Clients) {
        if (auto fields = CustomFieldRepository(m_context.db).list(CustomField::Entity::Organization))
            m_customFields = QList<CustomField>(fields->begin(), fields->end());
    }
    const QStringList &headers = m_context.plan->headers;
    for (int column = 0; column < headers.size(); ++column) {
        auto *combo = new QComboBox(m_form);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(column));
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->setMinimumContentsLength(12);
        fillCombo(combo, column);
        connect(combo, &QComboBox::activated, this, &MappingPage::onMappingChanged);
        QString header = headers.at(column).trimmed();
        if (!m_context.plan->sniff.hasHeader || header.isEmpty())
            header = tr("Column %1").arg(column + 1);
        auto *label = new QLabel(header, m_form);
        label->setToolTip(header);
        label->setBuddy(combo);
        m_formLayout->addRow(label, combo);
        m_combos.append(combo);
    }
}

void MappingPage::fillCombo(QComboBox *combo, int column) const
{
    const ImportTarget target = m_context.settings.target;
    for (const QString &field : knownFieldNames(target))
        combo->addItem(fieldDisplayName(field), field);
    const FieldRef current = m_context.columns.value(column, FieldRef{QString(kIgnoredField)});
    if (target == ImportTarget::Clients) {
        QString label = m_context.plan->sniff.hasHeader ? m_context.plan->headers.value(column).trimmed() : QString();
        if (label.isEmpty())
            label = tr("Column %1").arg(column + 1);
        // The fields defined already, then a new one named by the column's header (unless one
        // of those has its name), and a custom field from a profile or --map that is neither.
        const auto addCustom = [combo](const QString &customLabel, const QString &text) {
            const QString name = QString(kCustomFieldPrefix) + customLabel;
            if (indexOfField(combo, name) < 0)
                combo->addItem(text, name);
        };
        for (const CustomField &field : m_customFields)
            addCustom(field.label, fieldDisplayName(QString(kCustomFieldPrefix) + field.label));
        addCustom(label, tr("New custom field: %1").arg(label));
        if (current.isCustom())
            addCustom(current.customLabel(), tr("New custom field: %1").arg(current.customLabel()));
    }
    combo->addItem(fieldDisplayName(QString(kIgnoredField)), QString(kIgnoredField));
    combo->setCurrentIndex(std::max(0, indexOfField(combo, current.name)));
}

QList<FieldRef> MappingPage::chosenColumns() const
{
    QList<FieldRef> columns;
    for (const QComboBox *combo : m_combos)
        columns.append(FieldRef{combo->currentData().toString()});
    return columns;
}

void MappingPage::onMappingChanged()
{
    m_context.setColumns(chosenColumns());
    refresh();
}

void MappingPage::onRegionChanged()
{
    m_context.settings.defaultRegion = m_region->currentData().toString();
    if (m_context.plan)
        m_context.plan->settings.defaultRegion = m_context.settings.defaultRegion;
    refresh();
}

void MappingPage::onDateOrderChosen()
{
    m_context.chosenDateOrder = DateOrder(m_dateOrder->checkedId());
    if (m_context.plan && m_context.plan->datesAmbiguous())
        m_context.plan->settings.dateOrder = m_context.chosenDateOrder;
    refresh();
}

void MappingPage::loadProfile(int index)
{
    const QString name = m_profile->itemData(index).toString();
    if (name.isEmpty())
        return;
    ImportSettings loaded = m_context.settings;
    loaded.mapping.clear();
    if (DatabaseError error = ImportProfileRepository(m_context.db).load(name, loaded)) {
        m_context.dialogs.reportError(this, tr("Cannot load the profile"), error.message);
        return;
    }
    const ImportSettings before = m_context.settings;
    const DateOrder beforeOrder = m_context.chosenDateOrder;
    m_context.settings = loaded;
    if (loaded.dateOrder != DateOrder::Unknown)
        m_context.chosenDateOrder = loaded.dateOrder;
    if (!m_context.prepare()) {
        const QString problem = m_context.problem;
        m_context.settings = before;
        m_context.chosenDateOrder = beforeOrder;
        m_context.prepare();
        m_context.dialogs.reportError(this, tr("The profile «%1» does not fit this file").arg(name), problem);
        reloadProfiles(QString());
        return;
    }
    const int region = m_region->findData(m_context.settings.defaultRegion);
    if (region < 0)
        m_region->addItem(m_context.settings.defaultRegion, m_context.settings.defaultRegion);
    m_region->setCurrentIndex(m_region->findData(m_context.settings.defaultRegion));
    buildCombos();
    refresh();
}

void MappingPage::saveProfile()
{
    if (!m_context.plan || !m_context.missingRequiredFields(m_context.columns).isEmpty()) {
        m_context.dialogs.reportError(this, tr("Cannot save the profile"),
                                      tr("Complete the mapping first: %1").arg(m_context.missingRequiredFields(m_context.columns)));
        return;
    }
    const QString name = m_context.dialogs.askText(this, tr("Save as profile"),
                                                   tr("Name of the profile (the next file of this shape can use it):"),
                                                   m_profile->currentData().toString());
    if (name.isEmpty())
        return;
    ImportSettings settings = m_context.plan->settings;
    settings.mapping.clear();
    for (int i = 0; i < m_context.columns.size(); ++i)
        settings.mapping.insert(m_context.columnKey(i), m_context.columns.at(i).name);
    if (m_context.plan->datesAmbiguous()) {
        settings.dateOrder = m_context.chosenDateOrder;
    } else {
        // What this file's dates proved answers the next file of its shape.
        for (const DateOrder proven : m_context.plan->provenDateOrders) {
            if (proven != DateOrder::Unknown) {
                settings.dateOrder = proven;
                break;
            }
        }
    }
    if (DatabaseError error = ImportProfileRepository(m_context.db).save(name, settings)) {
        m_context.dialogs.reportError(this, tr("Cannot save the profile"), error.message);
        return;
    }
    reloadProfiles(name);
}

void MappingPage::refresh()
{
    QStringList labels;
    if (m_context.plan) {
        const ImportPlan &plan = *m_context.plan;
        for (int i = 0; i < plan.headers.size(); ++i) {
            const QString header = plan.sniff.hasHeader ? plan.headers.at(i) : tr("Column %1").arg(i + 1);
            labels.append(tr("%1 → %2").arg(header).arg(fieldDisplayName(m_context.columns.value(i).name)));
        }
        if (m_model->rowCount() != plan.sniff.preview.size() || m_model->columnCount() < plan.headers.size()) {
            m_model->setPreview(labels, plan.sniff.preview);
            m_table->resizeColumnsToContents();
            for (int column = 0; column < m_model->columnCount(); ++column)
                m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 90, 280));
        }
        m_model->setHeaderLabels(labels);
        m_model->setChecker(std::make_unique<PreviewCellChecker>(plan.settings.target, m_context.columns,
                                                                 m_context.settings.defaultRegion,
                                                                 plan.dateOrders(), m_customFields));
    }
    refreshDates();
    const QString missing = m_context.missingRequiredFields(m_context.columns);
    if (!missing.isEmpty())
        m_message->setText(missing);
    else if (!m_context.problem.isEmpty())
        m_message->setText(m_context.problem);
    else if (m_context.plan && m_context.plan->datesAmbiguous() && m_context.chosenDateOrder == DateOrder::Unknown)
        m_message->setText(tr("Choose how the dates are written to go on."));
    else
        m_message->clear();
    m_message->setVisible(!m_message->text().isEmpty());
    Q_EMIT completeChanged();
}

void MappingPage::refreshDates()
{
    const bool ask = m_context.plan && m_context.plan->datesAmbiguous() && m_context.problem.isEmpty();
    m_dates->setVisible(ask);
    if (!ask)
        return;
    const ImportPlan &plan = *m_context.plan;
    const int column = static_cast<int>(plan.headers.indexOf(plan.ambiguousDateColumns.first()));
    QString example;
    for (const CsvRecord &record : plan.sniff.preview) {
        const QString value = record.fields.value(column).trimmed();
        if (parseDate(value, DateOrder::DayMonth) && parseDate(value, DateOrder::MonthDay)
            && parseDate(value, DateOrder::DayMonth) != parseDate(value, DateOrder::MonthDay)) {
            example = value;
            break;
        }
    }
    if (example.isEmpty())
        example = QStringLiteral("03/04/2025");
    const QLocale locale;
    m_datesQuestion->setText(
        plan.ambiguousDateColumns.size() == 1
            ? tr("The dates in column «%1» can be read two ways. Which is right?").arg(plan.ambiguousDateColumns.first())
            : tr("The dates in columns %1 can be read two ways. Which is right?").arg(plan.ambiguousDateColumnsText()));
    m_dayMonth->setText(tr("&Day first: %1 is %2").arg(example).arg(
        locale.toString(parseDate(example, DateOrder::DayMonth).value_or(QDate()), QLocale::LongFormat)));
    m_monthDay->setText(tr("&Month first: %1 is %2").arg(example).arg(
        locale.toString(parseDate(example, DateOrder::MonthDay).value_or(QDate()), QLocale::LongFormat)));
    if (m_context.chosenDateOrder == DateOrder::Unknown) {
        m_dateOrder->setExclusive(false);
        m_dayMonth->setChecked(false);
        m_monthDay->setChecked(false);
        m_dateOrder->setExclusive(true);
    } else {
        m_dateOrder->button(int(m_context.chosenDateOrder))->setChecked(true);
    }
}

bool MappingPage::isComplete() const
{
    return m_context.plan && m_context.problem.isEmpty() && m_context.missingRequiredFields(m_context.columns).isEmpty()
           && !m_context.plan->readyToRun();
}

bool MappingPage::validatePage()
{
    if (!isComplete()) {
        refresh(); // says what is missing
        return false;
    }
    PhoneRegions::setDefaultCode(m_context.settings.defaultRegion);
    return true;
}

} // namespace kartoteka::ui
