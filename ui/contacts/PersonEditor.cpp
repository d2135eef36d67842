#include "PersonEditor.h"

#include "widgets/ProblemsLabel.h"
#include "importing/PhoneRegions.h"

#include "ContactChecks.h"
#include "CustomValuesEditor.h"
#include "tasks/OrganizationPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
// The date edit shows "not known" at its minimum (QDateEdit has no empty value).
const QDate unknownBirthday(1900, 1, 1);
} // namespace

PersonEditor::PersonEditor(QSqlDatabase db, const Person &person, const std::vector<User> &users, QWidget *parent)
    : QDialog(parent)
    , m_original(person)
    , m_phoneNormalizer(PhoneRegions::defaultCode())
    , m_name(new QLineEdit(person.fullName, this))
    , m_staff(new QCheckBox(tr("One of our &staff"), this))
    , m_organization(new OrganizationPicker(db, this))
    , m_user(new QComboBox(this))
    , m_position(new QLineEdit(person.position, this))
    , m_phones(new QLineEdit(this))
    , m_emails(new QLineEdit(person.emails, this))
    , m_birthday(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(person.notes, this))
    , m_message(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personEditor"));
    setWindowTitle(person.id == 0 ? tr("New person") : tr("Edit person"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_staff->setObjectName(QStringLiteral("staffBox"));
    m_staff->setChecked(person.isStaff);
    m_organization->setObjectName(QStringLiteral("organizationPicker"));
    m_organization->setPlaceholderText(tr("Type part of the name, INN or phone"));
    m_organization->setOrganization(person.organizationId);
    m_user->setObjectName(QStringLiteral("userBox"));
    m_user->addItem(tr("(none)"), QVariant());
    for (const User &user : users)
        m_user->addItem(user.shownName(), user.id);
    if (person.userId)
        m_user->setCurrentIndex(std::max(0, m_user->findData(*person.userId)));
    m_user->setToolTip(tr("The program user this member of staff logs in as"));
    m_position->setObjectName(QStringLiteral("positionEdit"));

    // Phones are edited as the card shows them: in the national format.
    m_phones->setText(m_phoneNormalizer.nationalList(person.phones));
    m_phones->setObjectName(QStringLiteral("phonesEdit"));
    m_phones->setPlaceholderText(tr("+7 916 123-45-67, 8 (495) 765-43-21"));
    m_emails->setObjectName(QStringLiteral("emailsEdit"));
    m_emails->setPlaceholderText(tr("name@example.ru, name@mail.ru"));
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_birthday->setCalendarPopup(true);
    m_birthday->setMinimumDate(unknownBirthday);
    m_birthday->setSpecialValueText(tr("not known"));
    m_birthday->setDate(person.birthday.isValid() ? person.birthday : unknownBirthday);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_staff);
    form->addRow(tr("&Organization:"), m_organization);
    form->addRow(tr("Program &user:"), m_user);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("P&hones:"), m_phones);
    form->addRow(tr("&E-mails:"), m_emails);
    form->addRow(tr("&Birthday:"), m_birthday);
    form->addRow(tr("N&otes:"), m_notes);
    m_custom = new CustomValuesEditor(db, CustomField::Entity::Person, person.id, form, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_phones, m_emails, static_cast<QLineEdit *>(m_organization)})
        connect(edit, &QLineEdit::textChanged, this, &PersonEditor::validate);
    connect(m_organization, &OrganizationPicker::organizationChanged, this, &PersonEditor::validate);
    connect(m_staff, &QCheckBox::toggled, this, &PersonEditor::validate);
    connect(m_custom, &CustomValuesEditor::changed, this, &PersonEditor::validate);
    validate();
}

void PersonEditor::validate()
{
    const bool staff = m_staff->isChecked();
    m_organization->setEnabled(!staff);
    m_user->setEnabled(staff);

    m_problems.clear();
    if (m_name->text().trimmed().isEmpty())
        m_problems << tr("Enter the name.");
    if (!staff && (!m_organization->organizationId() || m_organization->hasUnmatchedText()))
        m_problems << tr("Choose the organization of the contact person (or mark them as one of our staff).");
    if (const QString problem = ContactChecks::phonesProblem(m_phones->text(), m_phoneNormalizer, &m_storedPhones);
        !problem.isEmpty())
        m_problems << problem;
    if (const QString problem = ContactChecks::emailsProblem(m_emails->text(), &m_storedEmails); !problem.isEmpty())
        m_problems << problem;
    m_problems << m_custom->problems();

    m_message->setProblems(m_problems, m_buttons->button(QDialogButtonBox::Ok));
}

Person PersonEditor::person() const
{
    Person result = m_original;
    result.fullName = m_name->text().trimmed();
    result.isStaff = m_staff->isChecked();
    result.organizationId = result.isStaff ? std::nullopt : m_organization->organizationId();
    const QVariant user = m_user->currentData();
    result.userId = result.isStaff && user.isValid() ? std::optional<qint64>(user.toLongLong()) : std::nullopt;
    result.position = m_position->text().trimmed();
    result.phones = m_storedPhones;
    result.emails = m_storedEmails;
    result.birthday = m_birthday->date() == unknownBirthday ? QDate() : m_birthday->date();
    result.notes = m_notes->toPlainText().trimmed();
    return result;
}

} // namespace kartoteka::ui
