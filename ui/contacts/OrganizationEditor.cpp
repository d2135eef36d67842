#include "OrganizationEditor.h"

#include "widgets/ProblemsLabel.h"
#include "importing/PhoneRegions.h"

#include "ContactChecks.h"
#include "ContactTexts.h"
#include "CustomValuesEditor.h"
#include "importing/InnValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

QLineEdit *newLine(const QString &text, const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

OrganizationEditor::OrganizationEditor(const QSqlDatabase &db, const Organization &organization,
                                       const std::vector<User> &managers, QWidget *parent)
    : QDialog(parent)
    , m_original(organization)
    , m_phoneNormalizer(PhoneRegions::defaultCode())
    , m_name(newLine(organization.name, QStringLiteral("nameEdit"), this))
    , m_legalForm(newLine(organization.legalForm, QStringLiteral("legalFormEdit"), this))
    , m_inn(newLine(organization.inn, QStringLiteral("innEdit"), this))
    , m_kind(new QComboBox(this))
    , m_manager(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_priceTerms(newLine(organization.priceTerms, QStringLiteral("priceTermsEdit"), this))
    , m_deliveryTerms(newLine(organization.deliveryTerms, QStringLiteral("deliveryTermsEdit"), this))
    , m_phones(new QLineEdit(this))
    , m_email(newLine(organization.email, QStringLiteral("emailEdit"), this))
    , m_website(newLine(organization.website, QStringLiteral("websiteEdit"), this))
    , m_city(newLine(organization.city, QStringLiteral("cityEdit"), this))
    , m_address(newLine(organization.address, QStringLiteral("addressEdit"), this))
    , m_notes(new QPlainTextEdit(organization.notes, this))
    , m_message(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("organizationEditor"));
    setWindowTitle(organization.id == 0 ? tr("New organization") : tr("Edit organization"));

    m_kind->setObjectName(QStringLiteral("kindBox"));
    for (auto kind : {Organization::Kind::Client, Organization::Kind::Partner, Organization::Kind::Supplier,
                      Organization::Kind::Prospect})
        m_kind->addItem(ContactTexts::kindName(kind), static_cast<int>(kind));
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(organization.kind)));

    m_manager->setObjectName(QStringLiteral("managerBox"));
    m_manager->addItem(tr("(none)"), QVariant());
    for (const User &user : managers)
        m_manager->addItem(user.shownName(), user.id);
    if (organization.managerId) {
        const int index = m_manager->findData(*organization.managerId);
        m_manager->setCurrentIndex(index >= 0 ? index : 0);
    }

    m_priority->setObjectName(QStringLiteral("priorityBox"));
    for (auto priority : {Organization::Priority::Low, Organization::Priority::Normal, Organization::Priority::High,
                          Organization::Priority::Key})
        m_priority->addItem(ContactTexts::priorityName(priority), static_cast<int>(priority));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(organization.priority)));

    // Phones are edited as the card shows them: in the national format.
    m_phones->setText(m_phoneNormalizer.nationalList(organization.phones));
    m_phones->setObjectName(QStringLiteral("phonesEdit"));
    m_phones->setPlaceholderText(tr("+7 495 123-45-67, 8 (812) 765-43-21"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Legal form:"), m_legalForm);
    form->addRow(tr("&INN:"), m_inn);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Manager:"), m_manager);
    form->addRow(tr("Service &priority:"), m_priority);
    form->addRow(tr("Price &terms:"), m_priceTerms);
    form->addRow(tr("&Delivery terms:"), m_deliveryTerms);
    form->addRow(tr("P&hones:"), m_phones);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("N&otes:"), m_notes);
    m_custom = new CustomValuesEditor(db, CustomField::Entity::Organization, organization.id, form, this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_name, m_inn, m_phones, m_email})
        connect(edit, &QLineEdit::textChanged, this, &OrganizationEditor::validate);
    connect(m_custom, &CustomValuesEditor::changed, this, &OrganizationEditor::validate);
    validate();
}

void OrganizationEditor::validate()
{
    m_problems.clear();
    if (m_name->text().trimmed().isEmpty())
        m_problems << tr("Enter the name.");

    const QString innText = m_inn->text().trimmed();
    if (!innText.isEmpty()) {
        const QString digits = normalizedInn(innText);
        if ((digits.size() != 10 && digits.size() != 12) || !isValidInn(digits))
            m_problems << tr("The INN is not valid: it needs 10 or 12 digits with correct check digits.");
    }

    QString email;
    if (const QString problem = ContactChecks::emailProblem(m_email->text(), &email); !problem.isEmpty())
        m_problems << problem;
    if (const QString problem = ContactChecks::phonesProblem(m_phones->text(), m_phoneNormalizer, &m_normalizedPhones);
        !problem.isEmpty())
        m_problems << problem;

    m_problems << m_custom->problems();
    m_message->setProblems(m_problems, m_buttons->button(QDialogButtonBox::Ok));
}

Organization OrganizationEditor::organization() const
{
    Organization result = m_original;
    result.name = m_name->text().trimmed();
    result.legalForm = m_legalForm->text().trimmed();
    const QString innText = m_inn->text().trimmed();
    result.inn = innText.isEmpty() ? QString() : normalizedInn(innText);
    result.kind = static_cast<Organization::Kind>(m_kind->currentData().toInt());
    const QVariant manager = m_manager->currentData();
    result.managerId = manager.isValid() ? std::optional<qint64>(manager.toLongLong()) : std::nullopt;
    result.priority = static_cast<Organization::Priority>(m_priority->currentData().toInt());
    result.priceTerms = m_priceTerms->text().trimmed();
    result.deliveryTerms = m_deliveryTerms->text().trimmed();
    result.phones = m_normalizedPhones;
    ContactChecks::emailProblem(m_email->text(), &result.email);
    result.website = m_website->text().trimmed();
    result.city = m_city->text().trimmed();
    result.address = m_address->text().trimmed();
    result.notes = m_notes->toPlainText().trimmed();
    return result;
}

} // namespace kartoteka::ui
