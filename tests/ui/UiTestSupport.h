#pragma once

#include "MainWindow.h"
#include "storage/DatabaseController.h"
#include "widgets/DatabaseStatusWidget.h"

#include "TestDatabase.h"

#include <QStringList>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace kartoteka::test {

// The answers the injected dialogs give, and what they were asked.
struct DialogScript
{
    QStringList filesToChoose;  // answered in order; empty answer when run out
    QStringList errors;         // "title: message" of every error reported
    QStringList openFailures;   // messages of the "cannot open at start" question
    QStringList questions;      // "title: question" of every yes/no question asked
    bool confirmAnswer = true;  // the answer to every yes/no question
    QString userToChoose;       // login answered to "Who is working?"; empty: the one preselected
    QStringList usersOffered;   // the logins offered each time, joined by ","
    ui::UserDialogs::OpenFailureChoice openFailureAnswer = ui::UserDialogs::OpenFailureChoice::Quit;
};

// A main window on a fresh database, with dialogs that never block.
class WindowFixture
{
public:
    explicit WindowFixture(bool openDatabase = true)
        : window(std::make_unique<ui::MainWindow>())
    {
        ui::UserDialogs &dialogs = window->database().dialogs();
        auto nextFile = [this](QWidget *, const QString &, const QString &, const QString &) {
            return script.filesToChoose.isEmpty() ? QString() : script.filesToChoose.takeFirst();
        };
        dialogs.chooseOpenFile = nextFile;
        dialogs.chooseSaveFile = nextFile;
        dialogs.reportError = [this](QWidget *, const QString &title, const QString &message) {
            script.errors.append(title + QStringLiteral(": ") + message);
        };
        dialogs.confirm = [this](QWidget *, const QString &title, const QString &question) {
            script.questions.append(title + QStringLiteral(": ") + question);
            return script.confirmAnswer;
        };
        dialogs.chooseUser = [this](QWidget *, const std::vector<User> &users, qint64 preselected) {
            QStringList logins;
            std::optional<qint64> chosen = preselected;
            for (const User &user : users) {
                logins.append(user.login);
                if (!script.userToChoose.isEmpty() && user.login == script.userToChoose)
                    chosen = user.id;
            }
            script.usersOffered.append(logins.join(QLatin1Char(',')));
            return chosen;
        };
        dialogs.askAfterOpenFailure = [this](QWidget *, const QString &message) {
            script.openFailures.append(message);
            return script.openFailureAnswer;
        };
        DemoOptions small;
        small.clients = 12;
        small.months = 4;
        small.tasks = 30;
        window->setDemoOptions(small);
        if (openDatabase)
            REQUIRE(window->database().open(path()));
    }

    QString path() const { return dir.filePath(QStringLiteral("window.sqlite")); }
    QString file(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    DialogScript script;
    std::unique_ptr<ui::MainWindow> window;
};

// The child widget called `name`; the test fails when there is none.
template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    INFO("no child " << name);
    REQUIRE(found);
    return found;
}

// Record counts as read by a connection of the test's own.
inline DatabaseStatistics statisticsOf(const QString &path)
{
    Database database;
    REQUIRE_FALSE(database.open(path));
    auto statistics = DatabaseStatistics::read(database.connection());
    REQUIRE(statistics);
    return *statistics;
}

} // namespace kartoteka::test
