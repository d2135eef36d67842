#pragma once

#include <QString>
#include <QUrl>

#include <functional>

class QWidget;

namespace kartoteka::ui {

struct UserDialogs;

// The questions and hand-offs of the import flow, each replaceable so that tests answer them
// instead of a person and never block on a dialog. The file chooser and error messages are the
// window's UserDialogs, read when used.
struct ImportDialogs
{
    // A file to open; empty when the user cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &folder, const QString &filter)>
        chooseOpenFile;
    // Tells the user that something failed.
    std::function<void(QWidget *parent, const QString &title, const QString &message)> reportError;
    // Tells the user how something went.
    std::function<void(QWidget *parent, const QString &title, const QString &message)> inform;
    // Yes or no; false when the user declined.
    std::function<bool(QWidget *parent, const QString &title, const QString &question)> confirm;
    // A line of text (a profile name); empty when the user cancelled.
    std::function<QString(QWidget *parent, const QString &title, const QString &label, const QString &suggested)>
        askText;
    // Opens a file or address with the desktop's application for it.
    std::function<bool(const QUrl &url)> openUrl;

    // QMessageBox, QInputDialog and QDesktopServices, with files and errors through `dialogs`.
    static ImportDialogs standard(UserDialogs &dialogs);
};

} // namespace kartoteka::ui
