#include "ImportDialogs.h"

#include "widgets/UserDialogs.h"

#include <QDesktopServices>
#include <QInputDialog>
#include <QMessageBox>

namespace kartoteka::ui {

ImportDialogs ImportDialogs::standard(UserDialogs &dialogs)
{
    ImportDialogs result;
    result.chooseOpenFile = [&dialogs](QWidget *parent, const QString &title, const QString &folder,
                                       const QString &filter) {
        return dialogs.chooseOpenFile(parent, title, folder, filter);
    };
    result.reportError = [&dialogs](QWidget *parent, const QString &title, const QString &message) {
        dialogs.reportError(parent, title, message);
    };
    result.inform = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::information(parent, title, message);
    };
    result.confirm = [](QWidget *parent, const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    result.askText = [](QWidget *parent, const QString &title, const QString &label, const QString &suggested) {
        return QInputDialog::getText(parent, title, label, QLineEdit::Normal, suggested).trimmed();
    };
    result.openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    return result;
}

} // namespace kartoteka::ui
