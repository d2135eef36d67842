#include "UserChooserDialog.h"

#include "UserTexts.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

UserChooserDialog::UserChooserDialog(const std::vector<User> &users, qint64 preselected, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("userChooserDialog"));
    setWindowTitle(tr("Who is working?"));
    m_list->setObjectName(QStringLiteral("userList"));
    for (const User &user : users) {
        auto *item = new QListWidgetItem(
            tr("%1 (%2, %3)").arg(user.displayName, user.login, UserTexts::roleName(user.role)), m_list);
        item->setData(Qt::UserRole, user.id);
        if (user.id == preselected || m_list->count() == 1)
            m_list->setCurrentItem(item);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Several people work with this database. Who are you?"), this));
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
}

std::optional<qint64> UserChooserDialog::chosenUserId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Qt::UserRole).toLongLong();
}

std::optional<qint64> UserChooserDialog::ask(QWidget *parent, const std::vector<User> &users, qint64 preselected)
{
    UserChooserDialog dialog(users, preselected, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenUserId();
}

} // namespace kartoteka::ui
