#include "CalendarUserChooser.h"

#include <QMenu>

#include <algorithm>

namespace kartoteka::ui {

CalendarUserChooser::CalendarUserChooser(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("userChooser"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    rebuildMenu();
    updateText();
}

void CalendarUserChooser::setUsers(const std::vector<User> &users, qint64 currentUserId)
{
    m_users = users;
    m_currentUserId = currentUserId;
    // Forget users that are gone; without a current user "me" means nobody, so everybody.
    std::erase_if(m_chosen, [this](qint64 id) {
        return std::none_of(m_users.begin(), m_users.end(), [id](const User &user) { return user.id == id; });
    });
    if ((m_choice == Choice::Me && m_currentUserId == 0) || (m_choice == Choice::Chosen && m_chosen.empty()))
        m_choice = Choice::Everybody;
    rebuildMenu();
    updateText();
}

std::vector<qint64> CalendarUserChooser::assigneeIds() const
{
    switch (m_choice) {
    case Choice::Me:
        return {m_currentUserId};
    case Choice::Chosen:
        return m_chosen;
    case Choice::Everybody:
        break;
    }
    return {};
}

void CalendarUserChooser::choose(Choice choice, const std::vector<qint64> &chosen)
{
    if (choice == Choice::Me && m_currentUserId == 0)
        choice = Choice::Everybody;
    m_chosen = choice == Choice::Chosen ? chosen : std::vector<qint64>();
    if (choice == Choice::Chosen && m_chosen.empty())
        choice = Choice::Everybody;
    m_choice = choice;
    rebuildMenu();
    updateText();
    Q_EMIT changed();
}

QString CalendarUserChooser::saved() const
{
    switch (m_choice) {
    case Choice::Me:
        return QStringLiteral("me");
    case Choice::Everybody:
        return QStringLiteral("all");
    case Choice::Chosen:
        break;
    }
    QStringList ids;
    for (const qint64 id : m_chosen)
        ids.append(QString::number(id));
    return ids.join(QLatin1Char(','));
}

void CalendarUserChooser::restore(const QString &saved)
{
    if (saved == QLatin1String("me")) {
        m_choice = m_currentUserId != 0 ? Choice::Me : Choice::Everybody;
        m_chosen.clear();
    } else {
        m_chosen.clear();
        for (const QString &part : saved.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.toLongLong(&ok);
            if (ok && std::any_of(m_users.begin(), m_users.end(), [id](const User &user) { return user.id == id; }))
                m_chosen.push_back(id);
        }
        m_choice = m_chosen.empty() ? Choice::Everybody : Choice::Chosen;
    }
    rebuildMenu();
    updateText();
}

void CalendarUserChooser::rebuildMenu()
{
    QMenu *menu = this->menu();
    menu->clear();
    QAction *me = menu->addAction(tr("My tasks"), this, [this] { choose(Choice::Me); });
    me->setObjectName(QStringLiteral("myTasksAction"));
    me->setCheckable(true);
    me->setChecked(m_choice == Choice::Me);
    me->setEnabled(m_currentUserId != 0);
    QAction *all = menu->addAction(tr("Everybody's tasks"), this, [this] { choose(Choice::Everybody); });
    all->setObjectName(QStringLiteral("everybodyAction"));
    all->setCheckable(true);
    all->setChecked(m_choice == Choice::Everybody);
    if (!m_users.empty())
        menu->addSection(tr("Tasks of the users ticked"));
    for (const User &user : m_users) {
        QAction *action = menu->addAction(user.shownName());
        action->setObjectName(QStringLiteral("user%1Action").arg(user.id));
        action->setCheckable(true);
        action->setChecked(m_choice == Choice::Chosen
                           && std::find(m_chosen.begin(), m_chosen.end(), user.id) != m_chosen.end());
        connect(action, &QAction::triggered, this, [this, id = user.id](bool checked) {
            std::vector<qint64> chosen = m_choice == Choice::Chosen ? m_chosen : std::vector<qint64>();
            std::erase(chosen, id);
            if (checked)
                chosen.push_back(id);
            choose(Choice::Chosen, chosen);
        });
    }
}

void CalendarUserChooser::updateText()
{
    QString text;
    switch (m_choice) {
    case Choice::Me:
        text = tr("My tasks");
        break;
    case Choice::Everybody:
        text = tr("Everybody's tasks");
        break;
    case Choice::Chosen:
        if (m_chosen.size() == 1) {
            const auto user = std::find_if(m_users.begin(), m_users.end(),
                                           [this](const User &u) { return u.id == m_chosen.front(); });
            text = user == m_users.end() ? QString() : tr("Tasks of %1").arg(user->shownName());
        } else {
            text = tr("Tasks of %n user(s)", nullptr, int(m_chosen.size()));
        }
        break;
    }
    setText(text);
    setToolTip(tr("Whose tasks the calendar shows"));
}

} // namespace kartoteka::ui
