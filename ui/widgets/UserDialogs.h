#pragma once

#include "contacts/User.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace kartoteka::ui {

// The modal questions the shell asks. Each is a replaceable function, so that tests answer
// them instead of a person and never block on a dialog.
struct UserDialogs
{
    enum class OpenFailureChoice { OpenAnother, Quit };

    // A file to open; empty when the user cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &folder, const QString &filter)>
        chooseOpenFile;
    // A file to write, starting from `suggested`; empty when the user cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)>
        chooseSaveFile;
    // Tells the user that something failed.
    std::function<void(QWidget *parent, const QString &title, const QString &message)> reportError;
    // The database could not be opened at start: try another file, or quit?
    std::function<OpenFailureChoice(QWidget *parent, const QString &message)> askAfterOpenFailure;

    // A yes/no question before something the user may regret (deleting): true for yes.
    std::function<bool(QWidget *parent, const QString &title, const QString &question)> confirm;

    // "Who is working?": one of `users`, starting at `preselected`; nullopt when cancelled.
    std::function<std::optional<qint64>(QWidget *parent, const std::vector<User> &users, qint64 preselected)>
        chooseUser;

    // The real dialogs: QFileDialog and QMessageBox.
    static UserDialogs standard();
};

} // namespace kartoteka::ui
