#pragma once

#include "contacts/User.h"

#include <QDialog>

#include <optional>
#include <vector>

class QListWidget;

namespace kartoteka::ui {

// "Who is working?": the active users of a database shared by several people, the last one
// chosen on this computer preselected; Enter or a double-click confirms.
class UserChooserDialog : public QDialog
{
    Q_OBJECT

public:
    UserChooserDialog(const std::vector<User> &users, qint64 preselected, QWidget *parent = nullptr);

    std::optional<qint64> chosenUserId() const;

    // Runs the dialog; nullopt when cancelled.
    static std::optional<qint64> ask(QWidget *parent, const std::vector<User> &users, qint64 preselected);

private:
    QListWidget *m_list;
};

} // namespace kartoteka::ui
