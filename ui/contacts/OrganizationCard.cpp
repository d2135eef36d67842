#include "OrganizationCard.h"
#include "importing/PhoneRegions.h"

#include "CardFields.h"

#include "ContactTexts.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationListQuery.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "sales/SaleRepository.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskJournalView.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

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
    , m_phones(PhoneRegions::defaultCode())
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Choose an organization in the list to see its card."), this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new QWidget(this))
    , m_form(new QFormLayout(m_details))
    , m_persons(newList({tr("Name"), tr("Position"), tr("Phones"), tr("E-mails")}, this))
    , m_journal(new TaskJournalView(journalLimit, TaskFilterBar::Rows::Two, {}, this))
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
    m_journal->setObjectName(QStringLiteral("journal"));
    // The organization is the journal's own: its column would repeat it on every row.
    m_journal->table()->hideColumn(TaskJournalModel::Organization);
    m_tabs->setObjectName(QStringLiteral("cardTabs"));

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // On a narrow card a long label puts its value on the line below instead of squeezing it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_fields = new CardFields(m_details, m_form);
    connect(m_fields, &CardFields::copied, this, &OrganizationCard::copied);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    // Values wrap or are cut at the card's edge (their tooltips say them whole).
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *journalPage = new QWidget(this);
    // The actions on a row of their own: beside the filters they would widen the card.
    auto *actions = new QHBoxLayout;
    auto *addTask = new QToolButton(journalPage);
    addTask->setObjectName(QStringLiteral("addTaskButton"));
    addTask->setText(tr("Add &task…"));
    addTask->setToolTip(tr("Plan a call, meeting or other task with this organization"));
    auto *logCall = new QToolButton(journalPage);
    logCall->setObjectName(QStringLiteral("logCallButton"));
    logCall->setText(tr("&Log call…"));
    logCall->setToolTip(tr("Record a call made just now"));
    actions->addWidget(addTask);
    actions->addWidget(logCall);
    actions->addStretch(1);
    connect(addTask, &QToolButton::clicked, this, [this] {
        if (m_organizationId != 0)
            Q_EMIT addTaskRequested(m_organizationId);
    });
    connect(logCall, &QToolButton::clicked, this, [this] {
        if (m_organizationId != 0)
            Q_EMIT logCallRequested(m_organizationId);
    });
    connect(m_journal, &TaskJournalView::taskActivated, this, &OrganizationCard::taskActivated);
    connect(m_journal, &TaskJournalView::reloaded, this,
            [this] { m_tabs->setTabText(2, tr("Journal (%1)").arg(m_journal->total())); });
    auto *journalLayout = new QVBoxLayout(journalPage);
    journalLayout->addLayout(actions);
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
}

void OrganizationCard::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    m_journal->setDatabase(db);
    clear();
}

void OrganizationCard::setViewer(const TaskViewer &viewer)
{
    m_journal->setViewer(viewer);
    reload();
}

void OrganizationCard::clear()
{
    m_organizationId = 0;
    m_journal->clear();
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
    m_phones = PhoneNormalizer(PhoneRegions::defaultCode()); // as chosen in the settings now
    if (m_organizationId != 0)
        showOrganization(m_organizationId);
}

void OrganizationCard::fillDetails(const Organization &organization)
{
    m_fields->clear();

    m_fields->addText(tr("Legal form"), organization.legalForm, QStringLiteral("field_legal_form"));
    m_fields->addText(tr("INN"), organization.inn, QStringLiteral("field_inn"));
    m_fields->addText(tr("Kind"), ContactTexts::kindName(organization.kind), QStringLiteral("field_kind"));
    m_fields->addText(tr("Manager"), organization.managerId ? m_userNames.value(*organization.managerId) : QString(),
             QStringLiteral("field_manager"));
    m_fields->addText(tr("Service priority"), ContactTexts::priorityName(organization.priority),
             QStringLiteral("field_priority"));

    m_fields->addPhones(tr("Phone"), organization.phones, m_phones, QStringLiteral("field_phone_"));
    if (organization.email.isEmpty())
        m_fields->addText(tr("E-mail"), {}, QStringLiteral("field_email"));
    else
        m_fields->addLink(tr("E-mail"), organization.email, QStringLiteral("mailto:") + organization.email,
                     QStringLiteral("field_email"));
    if (organization.website.isEmpty()) {
        m_fields->addText(tr("Website"), {}, QStringLiteral("field_website"));
    } else {
        const QUrl url = QUrl::fromUserInput(organization.website);
        m_fields->addLink(tr("Website"), organization.website, url.toString(), QStringLiteral("field_website"));
    }
    m_fields->addText(tr("City"), organization.city, QStringLiteral("field_city"));
    m_fields->addText(tr("Address"), organization.address, QStringLiteral("field_address"));
    m_fields->addText(tr("Price terms"), organization.priceTerms, QStringLiteral("field_price_terms"));
    m_fields->addText(tr("Delivery terms"), organization.deliveryTerms, QStringLiteral("field_delivery_terms"));
    m_fields->addText(tr("Notes"), organization.notes, QStringLiteral("field_notes"));

    const QString classText = ContactTexts::className(organization.abcClass, organization.xyzClass);
    m_fields->addText(tr("ABC/XYZ class"),
             classText.isEmpty() || !organization.classComputedOn.isValid()
                 ? classText
                 : tr("%1 (as of %2)").arg(classText, QLocale().toString(organization.classComputedOn, QLocale::ShortFormat)),
             QStringLiteral("field_class"));
    auto row = OrganizationListQuery(m_db).row(organization.id);
    m_fields->addText(tr("Last contact"), row ? ContactTexts::dateTime(row->lastContactAt) : QString(),
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
    m_fields->addText(tr("Sales, last 12 months"), describe(sales.totals(organization.id, today.addYears(-1).addDays(1), today)),
             QStringLiteral("field_sales_year"));
    m_fields->addText(tr("Sales, all time"), describe(sales.totals(organization.id, QDate(1, 1, 1), QDate(9999, 12, 31))),
             QStringLiteral("field_sales_total"));

    m_fields->addCustomFields(m_db, CustomField::Entity::Organization, organization.id);

    m_fields->addText(tr("Created"), ContactTexts::dateTime(organization.createdAt), QStringLiteral("field_created"));
    m_fields->addText(tr("Updated"), ContactTexts::dateTime(organization.updatedAt), QStringLiteral("field_updated"));
}

void OrganizationCard::fillPersons()
{
    m_persons->clear();
    auto persons = PersonRepository(m_db).listByOrganization(m_organizationId);
    if (!persons) {
        m_tabs->setTabText(1, tr("Contact persons"));
        return;
    }
    for (const Person &person : *persons) {
        auto *item = new QTreeWidgetItem(m_persons,
                                         {person.fullName, person.position, m_phones.nationalList(person.phones), person.emails});
        item->setData(0, Qt::UserRole, person.id);
    }
    m_persons->resizeColumnToContents(0);
    m_tabs->setTabText(1, tr("Contact persons (%1)").arg(persons->size()));
}

void OrganizationCard::fillJournal()
{
    TaskFilter scope;
    scope.organizationIds = {m_organizationId};
    m_journal->setScope(scope);
    m_journal->reload();
}

} // namespace kartoteka::ui
