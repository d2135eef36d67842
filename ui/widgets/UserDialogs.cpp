#include "UserDialogs.h"

#include "settings/UserChooserDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace kartoteka::ui {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(UserDialogs)

public:
    static QString cannotOpenTitle() { return tr("Cannot open the database"); }
    static QString openAnother() { return tr("Open another…"); }
    static QString quit() { return tr("Quit"); }
};

} // namespace

UserDialogs UserDialogs::standard()
{
    UserDialogs dialogs;
    dialogs.chooseOpenFile = [](QWidget *parent, const QString &title, const QString &folder,
                                const QString &filter) {
        return QFileDialog::getOpenFileName(parent, title, folder, filter);
    };
    dialogs.chooseSaveFile = [](QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter) {
        return QFileDialog::getSaveFileName(parent, title, suggested, filter);
    };
    dialogs.reportError = [](QWidget *parent, const QString &title, const QString &message) {
        QMessageBox::warning(parent, title, message);
    };
    dialogs.confirm = [](QWidget *parent, const QString &title, const QString &question) {
        return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               == QMessageBox::Yes;
    };
    dialogs.askAfterOpenFailure = [](QWidget *parent, const QString &message) {
        QMessageBox box(QMessageBox::Critical, Texts::cannotOpenTitle(), Texts::cannotOpenTitle(),
                        QMessageBox::NoButton, parent);
        box.setInformativeText(message);
        QPushButton *another = box.addButton(Texts::openAnother(), QMessageBox::AcceptRole);
        box.addButton(Texts::quit(), QMessageBox::RejectRole);
        box.setDefaultButton(another);
        box.exec();
        return box.clickedButton() == another ? OpenFailureChoice::OpenAnother : OpenFailureChoice::Quit;
    };
    dialogs.chooseUser = [](QWidget *parent, const std::vector<User> &users, qint64 preselected) {
        return UserChooserDialog::ask(parent, users, preselected);
    };
    return dialogs;
}

} // namespace kartoteka::ui
