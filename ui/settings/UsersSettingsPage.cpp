#include "UsersSettingsPage.h"

#include "widgets/ProblemsLabel.h"

#include "UserEditor.h"
#include "UserTexts.h"
#include "contacts/UserAdministration.h"
#include "contacts/UserRepository.h"
#include "storage/DatabaseController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

UsersSettingsPage::UsersSettingsPage(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_active(new QPushButton(tr("&Deactivate"), this))
    , m_note(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("usersSettingsPage"));
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("E-mail"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_add->setObjectName(QStringLiteral("addUserButton"));
    m_edit->setObjectName(QStringLiteral("editUserButton"));
    m_active->setObjectName(QStringLiteral("activeUserButton"));
    m_note->setObjectName(QStringLiteral("usersNote"));
    m_note->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    markAsError(m_message);
    m_message->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_active);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, &UsersSettingsPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersSettingsPage::editUser);
    connect(m_active, &QPushButton::clicked, this, &UsersSettingsPage::toggleActive);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersSettingsPage::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &UsersSettingsPage::editUser);
    reload();
}

bool UsersSettingsPage::canManage() const
{
    const auto current = m_database.currentUser();
    return m_database.isOpen() && !m_database.isReadOnly() && current && current->role == User::Role::Admin;
}

void UsersSettingsPage::reload()
{
    const qint64 selected = selectedUserId();
    m_users.clear();
    m_table->setRowCount(0);
    if (!m_database.isOpen())
        return;
    auto users = UserRepository(m_database.connection()).list(true);
    if (!users) {
        showError(users.error().message);
        return;
    }
    m_users = std::move(users).value();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < int(m_users.size()); ++row) {
        const User &user = m_users[std::size_t(row)];
        const QStringList texts{user.login, user.displayName, UserTexts::roleName(user.role), user.email,
                                user.active ? tr("Yes") : tr("No, deactivated")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts[column]);
            item->setData(Qt::UserRole, user.id);
            if (!user.active)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnToContents(LoginColumn);
    m_table->resizeColumnToContents(RoleColumn);
    m_note->setText(canManage() ? tr("Users who worked with tasks are deactivated rather than deleted: they keep their history.")
                                : tr("Only an administrator can change the users."));
    selectUser(selected);
    updateButtons();
}

qint64 UsersSettingsPage::selectedUserId() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(Qt::UserRole).toLongLong();
}

void UsersSettingsPage::selectUser(qint64 id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return;
        }
    }
    m_table->clearSelection();
}

const User *UsersSettingsPage::selectedUser() const
{
    const qint64 id = selectedUserId();
    const auto found = std::find_if(m_users.begin(), m_users.end(), [id](const User &user) { return user.id == id; });
    return found == m_users.end() ? nullptr : &*found;
}

bool UsersSettingsPage::isLastActiveAdmin(const User &user) const
{
    if (!user.active || user.role != User::Role::Admin)
        return false;
    return std::none_of(m_users.begin(), m_users.end(), [&user](const User &other) {
        return other.id != user.id && other.active && other.role == User::Role::Admin;
    });
}

void UsersSettingsPage::updateButtons()
{
    const bool manage = canManage();
    const User *user = selectedUser();
    const auto current = m_database.currentUser();
    const bool isCurrent = user && current && user->id == current->id;
    m_add->setEnabled(manage);
    m_edit->setEnabled(manage && user);
    m_active->setText(user && !user->active ? tr("Ac&tivate") : tr("&Deactivate"));
    // Nobody locks themselves out, and somebody stays able to manage the users.
    m_active->setEnabled(manage && user && (!user->active || (!isCurrent && !isLastActiveAdmin(*user))));
    if (user && user->active && isCurrent)
        m_active->setToolTip(tr("You cannot deactivate yourself"));
    else if (user && isLastActiveAdmin(*user))
        m_active->setToolTip(tr("The last active administrator stays active"));
    else
        m_active->setToolTip({});
}

void UsersSettingsPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void UsersSettingsPage::addUser()
{
    if (!canManage())
        return;
    openEditor(User());
}

void UsersSettingsPage::editUser()
{
    const User *user = selectedUser();
    if (!canManage() || !user)
        return;
    openEditor(*user);
}

void UsersSettingsPage::openEditor(const User &user)
{
    auto *editor = new UserEditor(m_database.connection(), user, isLastActiveAdmin(user), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (!canManage())
            return;
        User changed = editor->user();
        if (DatabaseError error = UserAdministration(m_database.connection()).save(changed)) {
            showError(error.message);
            return;
        }
        showError({});
        reload();
        selectUser(changed.id);
        m_database.reloadCurrentUser();
    });
    editor->open();
}

void UsersSettingsPage::toggleActive()
{
    const User *user = selectedUser();
    if (!canManage() || !user)
        return;
    const qint64 id = user->id;
    if (DatabaseError error = UserAdministration(m_database.connection()).setActive(id, !user->active)) {
        showError(error.message);
        return;
    }
    showError({});
    reload();
    selectUser(id);
}

} // namespace kartoteka::ui
