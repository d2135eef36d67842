#include "PersonCard.h"
#include "importing/PhoneRegions.h"

#include "CardFields.h"
#include "ContactTexts.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskQuery.h"
#include "tasks/TaskTypeRepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
constexpr int journalLimit = 500;
}

PersonCard::PersonCard(QWidget *parent)
    : QWidget(parent)
    , m_phones(PhoneRegions::defaultCode())
    , m_stack(new QStackedWidget(this))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_journal(new TaskJournalModel(this))
    , m_journalView(new QTableView(this))
{
    setObjectName(QStringLiteral("personCard"));
    auto *empty = new QLabel(tr("Choose a person to see their card."), this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);

    m_title->setObjectName(QStringLiteral("personTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("personSubtitle"));
    m_subtitle->setWordWrap(true);

    auto *details = new QWidget(this);
    details->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields = new CardFields(details, m_form);
    connect(m_fields, &CardFields::copied, this, &PersonCard::copied);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_journalView->setObjectName(QStringLiteral("personJournal"));
    m_journalView->setModel(m_journal);
    m_journalView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_journalView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_journalView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_journalView->verticalHeader()->hide();
    m_journalView->horizontalHeader()->setStretchLastSection(true);
    connect(m_journalView, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Task *task = m_journal->taskAt(index.row()))
            Q_EMIT taskActivated(task->id);
    });

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("personTabs"));
    tabs->addTab(scroll, tr("&Details"));
    tabs->addTab(m_journalView, tr("&Journal"));

    auto *card = new QWidget(this);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addWidget(tabs, 1);
    m_stack->addWidget(empty);
    m_stack->addWidget(card);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

void PersonCard::setDatabase(const QSqlDatabase &db)
{
    m_db = db;
    clear();
}

void PersonCard::setViewer(const TaskViewer &viewer)
{
    m_viewer = viewer;
    if (m_personId != 0)
        fillJournal();
}

void PersonCard::clear()
{
    m_personId = 0;
    m_archived = false;
    m_fields->clear();
    m_journal->setTasks({}, {});
    m_stack->setCurrentIndex(0);
}

void PersonCard::showPerson(qint64 personId)
{
    m_personId = personId;
    reload();
}

void PersonCard::reload()
{
    m_phones = PhoneNormalizer(PhoneRegions::defaultCode()); // as chosen in the settings now
    if (m_personId == 0 || !m_db.isOpen()) {
        clear();
        return;
    }
    auto person = PersonRepository(m_db).get(m_personId);
    if (!person) {
        clear();
        return;
    }
    m_archived = person->isArchived();
    m_title->setText(m_archived ? tr("%1 (archived)").arg(person->fullName) : person->fullName);

    QString organizationName;
    if (person->organizationId) {
        if (auto organization = OrganizationRepository(m_db).get(*person->organizationId))
            organizationName = organization->name;
    }
    const QString where = person->isStaff ? tr("our staff") : organizationName;
    m_subtitle->setText(person->position.isEmpty() ? where : tr("%1, %2").arg(person->position, where));

    m_fields->clear();
    if (person->organizationId) {
        const qint64 organizationId = *person->organizationId;
        auto *link = new QLabel(QStringLiteral("<a href=\"#\">%1</a>").arg(organizationName.toHtmlEscaped()), this);
        link->setObjectName(QStringLiteral("field_organization"));
        link->setToolTip(tr("Open the organization's card"));
        connect(link, &QLabel::linkActivated, this, [this, organizationId] { Q_EMIT organizationActivated(organizationId); });
        m_form->addRow(tr("Organization"), link);
    } else {
        m_fields->addText(tr("Organization"), tr("our staff"), QStringLiteral("field_organization"));
    }
    m_fields->addText(tr("Position"), person->position, QStringLiteral("field_position"));
    m_fields->addPhones(tr("Phone"), person->phones, m_phones, QStringLiteral("field_phone_"));
    m_fields->addEmails(tr("E-mail"), person->emails, QStringLiteral("field_email_"));
    m_fields->addText(tr("Birthday"),
                      person->birthday.isValid() ? QLocale().toString(person->birthday, QLocale::LongFormat) : QString(),
                      QStringLiteral("field_birthday"));
    if (person->userId) {
        auto user = UserRepository(m_db).get(*person->userId);
        m_fields->addText(tr("Program user"), user ? user->displayName : QString(), QStringLiteral("field_user"));
    }
    m_fields->addText(tr("Notes"), person->notes, QStringLiteral("field_notes"));
    m_fields->addCustomFields(m_db, CustomField::Entity::Person, person->id);
    m_fields->addText(tr("Created"), ContactTexts::dateTime(person->createdAt), QStringLiteral("field_created"));
    m_fields->addText(tr("Updated"), ContactTexts::dateTime(person->updatedAt), QStringLiteral("field_updated"));
    fillJournal();
    m_stack->setCurrentIndex(1);
}

void PersonCard::fillJournal()
{
    TaskFilter filter;
    filter.personId = m_personId;
    auto tasks = TaskQuery(m_db, m_viewer).journal(filter, journalLimit);
    TaskJournalModel::Names names;
    if (auto types = TaskTypeRepository(m_db).list()) {
        for (const TaskType &type : *types) {
            names.types.insert(type.id, ContactTexts::taskTypeName(type));
            names.typeColours.insert(type.id, type.color);
        }
    }
    if (auto users = UserRepository(m_db).list(true)) {
        for (const User &user : *users)
            names.users.insert(user.id, user.displayName.isEmpty() ? user.login : user.displayName);
    }
    if (tasks) {
        for (const Task &task : *tasks) {
            if (task.organizationId && !names.organizations.contains(*task.organizationId)) {
                if (auto organization = OrganizationRepository(m_db).get(*task.organizationId))
                    names.organizations.insert(organization->id, organization->name);
            }
        }
    }
    m_journal->setTasks(tasks ? std::move(tasks).value() : std::vector<Task>{}, names);
}

void PersonCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_personId != 0)
        Q_EMIT editRequested();
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace kartoteka::ui
