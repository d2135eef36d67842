#include "PersonCard.h"
#include "importing/PhoneRegions.h"

#include "CardFields.h"
#include "ContactTexts.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskJournalView.h"

#include <QFormLayout>
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
    , m_journal(new TaskJournalView(journalLimit, TaskFilterBar::Rows::Two, {}, this))
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
    // On a narrow card a long label puts its value on the line below instead of squeezing it.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_fields = new CardFields(details, m_form);
    connect(m_fields, &CardFields::copied, this, &PersonCard::copied);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_journal->setObjectName(QStringLiteral("personJournal"));
    // The person is the journal's own: its column would repeat them on every row.
    m_journal->table()->hideColumn(TaskJournalModel::Person);
    connect(m_journal, &TaskJournalView::taskActivated, this, &PersonCard::taskActivated);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("personTabs"));
    tabs->addTab(scroll, tr("&Details"));
    tabs->addTab(m_journal, tr("&Journal"));

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
    m_journal->setDatabase(db);
    clear();
}

void PersonCard::setViewer(const TaskViewer &viewer)
{
    m_journal->setViewer(viewer);
    if (m_personId != 0)
        fillJournal();
}

void PersonCard::clear()
{
    m_personId = 0;
    m_archived = false;
    m_fields->clear();
    m_journal->clear();
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
    TaskFilter scope;
    scope.personId = m_personId;
    m_journal->setScope(scope);
    m_journal->reload();
}

TaskJournalModel *PersonCard::journal() const
{
    return m_journal->model();
}

void PersonCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_personId != 0)
        Q_EMIT editRequested();
    QWidget::mouseDoubleClickEvent(event);
}

} // namespace kartoteka::ui
