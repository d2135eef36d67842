#include "UserEditor.h"

#include "widgets/ProblemsLabel.h"

#include "UserTexts.h"
#include "contacts/UserRepository.h"
#include "importing/EmailNormalizer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

UserEditor::UserEditor(QSqlDatabase db, const User &user, bool lastAdmin, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_original(user)
    , m_lastAdmin(lastAdmin)
    , m_login(new QLineEdit(user.login, this))
    , m_name(new QLineEdit(user.displayName, this))
    , m_role(new QComboBox(this))
    , m_email(new QLineEdit(user.email, this))
    , m_message(new ProblemsLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("userEditor"));
    setWindowTitle(user.id == 0 ? tr("New user") : tr("Edit user"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_name->setObjectName(QStringLiteral("displayNameEdit"));
    m_role->setObjectName(QStringLiteral("roleBox"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_buttons->setObjectName(QStringLiteral("buttons"));
    for (const User::Role role : {User::Role::Manager, User::Role::Supervisor, User::Role::Admin})
        m_role->addItem(UserTexts::roleName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(user.role)));
    m_role->setToolTip(tr("A manager sees shared tasks and their own personal ones; a supervisor sees all; "
                          "an administrator also manages the users"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&E-mail:"), m_email);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_login, m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &UserEditor::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this, &UserEditor::validate);
    validate();
}

void UserEditor::validate()
{
    m_problems.clear();
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_problems << tr("Enter the login.");
    } else if (auto same = UserRepository(m_db).findByLogin(login); same && same->id != m_original.id) {
        m_problems << tr("The login %1 is taken by %2.").arg(same->login, same->displayName);
    }
    if (m_name->text().trimmed().isEmpty())
        m_problems << tr("Enter the name.");
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && !looksLikeEmail(normalizeEmail(email)))
        m_problems << tr("The e-mail does not look like an address (name@example.ru).");
    if (m_lastAdmin && User::Role(m_role->currentData().toInt()) != User::Role::Admin)
        m_problems << tr("%1 is the last active administrator: make another user an administrator first.")
                          .arg(m_original.displayName);
    m_message->setProblems(m_problems, m_buttons->button(QDialogButtonBox::Ok));
}

User UserEditor::user() const
{
    User result = m_original;
    result.login = m_login->text().trimmed();
    result.displayName = m_name->text().trimmed();
    result.role = User::Role(m_role->currentData().toInt());
    const QString email = m_email->text().trimmed();
    result.email = email.isEmpty() ? QString() : normalizeEmail(email);
    return result;
}

} // namespace kartoteka::ui
