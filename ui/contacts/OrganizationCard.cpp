#include "OrganizationCard.h"

#include "ContactTexts.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationListQuery.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "sales/SaleRepository.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

const QString noValue = QStringLiteral("—");

QTreeWidget *newList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    return list;
}

QString money(double amount)
{
    return QLocale().toString(amount, 'f', 2);
}

} // namespace

OrganizationCard::OrganizationCard(QWidget *parent)
    : QWidget(parent)
    , m_phones(PhoneNormalizer::defaultRegionForLocale(QLocale()))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Choose an organization in the list to see its card."), this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_persons(newList({tr("Name"), tr("Position"), tr("Phones"), tr("E-mails")}, this))
    , m_typeFilter(new QComboBox(this))
    , m_stateFilter(new QComboBox(this))
    , m_journal(newList({tr("When"), tr("Type"), tr("State"), tr("Subject"), tr("Contact person"), tr("Assignee")},
                        this))
    , m_journalCount(new QLabel(this))
{
    m_empty->setObjectName(QStringLiteral("cardPlaceholder"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("cardSubtitle"));
    m_subtitle->setWordWrap(true);
    m_persons->setObjectName(QStringLiteral("personsList"));
    m_journal->setObjectName(QStringLiteral("journalList"));
    m_typeFilter->setObjectName(QStringLiteral("journalTypeFilter"));
    m_stateFilter->setObjectName(QStringLiteral("journalStateFilter"));
    m_tabs->setObjectName(QStringLiteral("cardTabs"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    // Values wrap or are cut at the card's edge (their tooltips say them whole).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *journalPage = new QWidget(this);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_stateFilter);
    filters->addStretch(1);
    filters->addWidget(m_journalCount);
    auto *journalLayout = new QVBoxLayout(journalPage);
    journalLayout->addLayout(filters);
    journalLayout->addWidget(m_journal, 1);

    m_tabs->addTab(scroll, tr("Details"));
    m_tabs->addTab(m_persons, tr("Contact persons"));
    m_tabs->addTab(journalPage, tr("Journal"));

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_stateFilter->addItem(tr("All states"));
    for (const Task::State state : {Task::State::Planned, Task::State::InProgress, Task::State::Done,
                                    Task::State::Cancelled, Task::State::Postponed})
        m_stateFilter->addItem(ContactTexts::taskStateName(state), int(state));
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &OrganizationCard::showJournalRows);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &OrganizationCard::showJournalRows);
}

void OrganizationCard::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_typeFilter->blockSignals(true);
    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All types"));
    m_typeNames.clear();
    auto types = m_db.isOpen() ? TaskTypeRepository(m_db).list() : Result<std::vector<TaskType>>(std::vector<TaskType>());
    if (types) {
        for (const TaskType &type : *types) {
            m_typeNames.insert(type.id, ContactTexts::taskTypeName(type));
            m_typeFilter->addItem(ContactTexts::taskTypeName(type), type.id);
        }
    }
    m_typeFilter->blockSignals(false);
    clear();
}

void OrganizationCard::clear()
{
    m_organizationId = 0;
    m_tasks.clear();
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(tr("Choose an organization in the list to see its card."));
    m_archived = false;
    Q_EMIT organizationShown(0);
}

void OrganizationCard::showError(const QString &message)
{
    m_organizationId = 0;
    m_stack->setCurrentWidget(m_empty);
    m_empty->setText(tr("Cannot show the organization: %1").arg(message));
    m_archived = false;
    Q_EMIT organizationShown(0);
}

void OrganizationCard::showOrganization(qint64 organizationId)
{
    if (!m_db.isOpen() || organizationId <= 0) {
        clear();
        return;
    }
    auto organization = OrganizationRepository(m_db).get(organizationId);
    if (!organization) {
        showError(organization.error().message);
        return;
    }
    m_organizationId = organizationId;
    m_userNames.clear();
    if (auto users = UserRepository(m_db).list(true)) {
        for (const User &user : *users)
            m_userNames.insert(user.id, user.displayName);
    }
    m_title->setText(organization->name);
    QStringList subtitle{ContactTexts::kindName(organization->kind)};
    if (organization->managerId)
        subtitle << tr("manager %1").arg(m_userNames.value(*organization->managerId));
    if (organization->isArchived())
        subtitle << tr("archived on %1").arg(ContactTexts::date(organization->archivedAt));
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    fillDetails(*organization);
    fillPersons();
    fillJournal();
    m_stack->setCurrentIndex(1);
    m_archived = organization->isArchived();
    Q_EMIT organizationShown(organizationId);
}

void OrganizationCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    QWidget::mouseDoubleClickEvent(event);
    if (m_organizationId != 0)
        Q_EMIT editRequested();
}

void OrganizationCard::reload()
{
    if (m_organizationId != 0)
        showOrganization(m_organizationId);
}

void OrganizationCard::addField(const QString &label, const QString &value, const QString &name)
{
    auto *text = new QLabel(value.isEmpty() ? noValue : value, m_details);
    text->setObjectName(name);
    text->setWordWrap(true);
    text->setMinimumWidth(1); // a long word is cut rather than widening the card
    text->setToolTip(value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setTextFormat(Qt::PlainText);
    m_form->addRow(label, text);
}

void OrganizationCard::addLinkField(const QString &label, const QString &text, const QString &url,
                                    const QString &name)
{
    auto *link = new QLabel(m_details);
    link->setObjectName(name);
    link->setTextFormat(Qt::RichText);
    link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setToolTip(url);
    link->setMinimumWidth(1);
    connect(link, &QLabel::linkActivated, this, [](const QString &target) { QDesktopServices::openUrl(QUrl(target)); });
    m_form->addRow(label, copyable(link, text, name));
}

// `value` with a button beside it that copies `text`.
QWidget *OrganizationCard::copyable(QWidget *value, const QString &text, const QString &name)
{
    auto *row = new QWidget(m_details);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    value->setParent(row);
    layout->addWidget(value);
    auto *copy = new QToolButton(row);
    copy->setObjectName(name + QStringLiteral("_copy"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"), style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1").arg(text));
    connect(copy, &QToolButton::clicked, this, [this, text] {
        QGuiApplication::clipboard()->setText(text);
        Q_EMIT copied(text);
    });
    layout->addWidget(copy);
    layout->addStretch(1);
    return row;
}

void OrganizationCard::fillDetails(const Organization &organization)
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);

    addField(tr("Legal form"), organization.legalForm, QStringLiteral("field_legal_form"));
    addField(tr("INN"), organization.inn, QStringLiteral("field_inn"));
    addField(tr("Kind"), ContactTexts::kindName(organization.kind), QStringLiteral("field_kind"));
    addField(tr("Manager"), organization.managerId ? m_userNames.value(*organization.managerId) : QString(),
             QStringLiteral("field_manager"));
    addField(tr("Service priority"), ContactTexts::priorityName(organization.priority),
             QStringLiteral("field_priority"));

    const QStringList phones = organization.phones.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (phones.isEmpty())
        addField(tr("Phone"), {}, QStringLiteral("field_phone_0"));
    for (int i = 0; i < phones.size(); ++i) {
        const QString shown = m_phones.national(phones[i].trimmed());
        auto *phone = new QLabel(shown, m_details);
        phone->setObjectName(QStringLiteral("field_phone_%1").arg(i));
        phone->setMinimumWidth(1);
        phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(i == 0 ? tr("Phone") : QString(), copyable(phone, shown, phone->objectName()));
    }
    if (organization.email.isEmpty())
        addField(tr("E-mail"), {}, QStringLiteral("field_email"));
    else
        addLinkField(tr("E-mail"), organization.email, QStringLiteral("mailto:") + organization.email,
                     QStringLiteral("field_email"));
    if (organization.website.isEmpty()) {
        addField(tr("Website"), {}, QStringLiteral("field_website"));
    } else {
        const QUrl url = QUrl::fromUserInput(organization.website);
        addLinkField(tr("Website"), organization.website, url.toString(), QStringLiteral("field_website"));
    }
    addField(tr("City"), organization.city, QStringLiteral("field_city"));
    addField(tr("Address"), organization.address, QStringLiteral("field_address"));
    addField(tr("Price terms"), organization.priceTerms, QStringLiteral("field_price_terms"));
    addField(tr("Delivery terms"), organization.deliveryTerms, QStringLiteral("field_delivery_terms"));
    addField(tr("Notes"), organization.notes, QStringLiteral("field_notes"));

    const QString classText = ContactTexts::className(organization.abcClass, organization.xyzClass);
    addField(tr("ABC/XYZ class"),
             classText.isEmpty() || !organization.classComputedOn.isValid()
                 ? classText
                 : tr("%1 (as of %2)").arg(classText, QLocale().toString(organization.classComputedOn, QLocale::ShortFormat)),
             QStringLiteral("field_class"));
    auto row = OrganizationListQuery(m_db).row(organization.id);
    addField(tr("Last contact"), row ? ContactTexts::dateTime(row->lastContactAt) : QString(),
             QStringLiteral("field_last_contact"));

    // Sales: the twelve months up to today, and all of them.
    SaleRepository sales(m_db);
    const QDate today = QDate::currentDate();
    auto describe = [](const Result<SaleTotals> &totals) -> QString {
        if (!totals)
            return totals.error().message;
        if (totals->count == 0)
            return tr("no sales");
        return tr("%1 in %n sale(s)", nullptr, int(totals->count)).arg(money(totals->amount));
    };
    addField(tr("Sales, last 12 months"), describe(sales.totals(organization.id, today.addYears(-1).addDays(1), today)),
             QStringLiteral("field_sales_year"));
    addField(tr("Sales, all time"), describe(sales.totals(organization.id, QDate(1, 1, 1), QDate(9999, 12, 31))),
             QStringLiteral("field_sales_total"));

    // Custom fields in form order, their values as the user reads them.
    CustomFieldRepository customFields(m_db);
    auto fields = customFields.list(CustomField::Entity::Organization);
    auto values = customFields.valuesFor(CustomField::Entity::Organization, organization.id);
    if (fields && values) {
        for (const CustomField &field : *fields) {
            QString value = values->value(field.label);
            if (field.type == CustomField::Type::Bool && !value.isEmpty())
                value = value == QLatin1String("1") ? tr("Yes") : tr("No");
            else if (field.type == CustomField::Type::Date && !value.isEmpty())
                value = QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
            else if (field.type == CustomField::Type::Number && !value.isEmpty())
                value = QLocale().toString(QLocale::c().toDouble(value), 'g', 15);
            addField(field.label, value, QStringLiteral("custom_%1").arg(field.id));
        }
    }

    addField(tr("Created"), ContactTexts::dateTime(organization.createdAt), QStringLiteral("field_created"));
    addField(tr("Updated"), ContactTexts::dateTime(organization.updatedAt), QStringLiteral("field_updated"));
}

void OrganizationCard::fillPersons()
{
    m_persons->clear();
    m_personNames.clear();
    auto persons = PersonRepository(m_db).listByOrganization(m_organizationId);
    if (!persons) {
        m_tabs->setTabText(1, tr("Contact persons"));
        return;
    }
    for (const Person &person : *persons) {
        m_personNames.insert(person.id, person.fullName);
        QStringList phones;
        for (const QString &phone : person.phones.split(QLatin1Char(','), Qt::SkipEmptyParts))
            phones << m_phones.national(phone.trimmed());
        auto *item = new QTreeWidgetItem(m_persons, {person.fullName, person.position,
                                                     phones.join(QStringLiteral(", ")), person.emails});
        item->setData(0, Qt::UserRole, person.id);
    }
    m_persons->resizeColumnToContents(0);
    m_tabs->setTabText(1, tr("Contact persons (%1)").arg(persons->size()));
}

void OrganizationCard::fillJournal()
{
    m_tasks.clear();
    if (auto tasks = TaskRepository(m_db).journalOfOrganization(m_organizationId))
        m_tasks = std::move(tasks).value();
    showJournalRows();
}

void OrganizationCard::showJournalRows()
{
    m_journal->clear();
    const QVariant type = m_typeFilter->currentData();
    const QVariant state = m_stateFilter->currentData();
    int shown = 0;
    for (const Task &task : m_tasks) {
        if ((type.isValid() && task.typeId != type.toLongLong()) || (state.isValid() && int(task.state) != state.toInt()))
            continue;
        // The planned start, which orders the journal; when it was done, if recorded, beside it.
        auto *item = new QTreeWidgetItem(m_journal);
        item->setText(WhenColumn, ContactTexts::dateTime(task.plannedStart));
        if (task.actualEnd.isValid())
            item->setToolTip(WhenColumn, tr("Finished %1").arg(ContactTexts::dateTime(task.actualEnd)));
        item->setText(TypeColumn, m_typeNames.value(task.typeId));
        item->setText(SubjectColumn, task.subject);
        item->setText(StateColumn, ContactTexts::taskStateName(task.state));
        item->setText(PersonColumn, task.personId ? m_personNames.value(*task.personId) : QString());
        item->setText(AssigneeColumn, task.assigneeId ? m_userNames.value(*task.assigneeId) : QString());
        item->setToolTip(SubjectColumn, task.content.isEmpty() ? task.subject : task.content);
        item->setData(0, Qt::UserRole, task.id);
        ++shown;
    }
    for (int column = 0; column < JournalColumnCount - 1; ++column)
        m_journal->resizeColumnToContents(column);
    m_journalCount->setText(shown == int(m_tasks.size()) ? tr("%n task(s)", nullptr, shown)
                                                         : tr("%1 of %2").arg(shown).arg(m_tasks.size()));
    m_tabs->setTabText(2, tr("Journal (%1)").arg(m_tasks.size()));
}

} // namespace kartoteka::ui
