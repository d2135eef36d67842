#pragma once

#include "contacts/User.h"

#include <QToolButton>

#include <vector>

class QAction;
class QActionGroup;

namespace kartoteka::ui {

// Whose tasks the calendar shows: mine, everybody's, or the users ticked in its menu.
class CalendarUserChooser : public QToolButton
{
    Q_OBJECT

public:
    enum class Choice { Me, Everybody, Chosen };

    explicit CalendarUserChooser(QWidget *parent = nullptr);

    // The users offered and who "me" is (0: nobody yet; "me" is then unavailable).
    void setUsers(const std::vector<User> &users, qint64 currentUserId);
    Choice choice() const { return m_choice; }
    std::vector<qint64> chosenIds() const { return m_chosen; }
    // What TaskFilter::assigneeIds gets: empty for everybody.
    std::vector<qint64> assigneeIds() const;

    void choose(Choice choice, const std::vector<qint64> &chosen = {});
    // "me", "all" or the chosen ids joined by commas (what QSettings keeps), and back.
    QString saved() const;
    void restore(const QString &saved);

Q_SIGNALS:
    void changed();

private:
    void rebuildMenu();
    void updateText();

    std::vector<User> m_users;
    qint64 m_currentUserId = 0;
    Choice m_choice = Choice::Everybody;
    std::vector<qint64> m_chosen;
};

} // namespace kartoteka::ui
