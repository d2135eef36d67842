#include "TestFiles.h"
#include "UiTestSupport.h"

#include "storage/DatabaseBackup.h"
#include "storage/DatabaseUpgrade.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using kartoteka::test::WindowFixture;
using kartoteka::test::writeFile;
using kartoteka::test::statisticsOf;
using Choice = kartoteka::ui::UserDialogs::OpenFailureChoice;

namespace {

QAction *menuAction(kartoteka::ui::MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions())
        for (QAction *action : menu->menu()->actions())
            if (action->text() == text)
                return action;
    FAIL("no menu action " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the status bar shows the open database and its counts", "[database]")
{
    WindowFixture fixture;
    auto *status = fixture.window->statusWidget();
    CHECK(status->pathText() == QDir::toNativeSeparators(fixture.path()));
    CHECK(status->countsText() == QStringLiteral("Organizations: 0  ·  Persons: 0  ·  Tasks: 0  ·  Sales: 0"));
    CHECK_FALSE(status->isReadOnlyShown());
}

TEST_CASE("New database (Ctrl+Shift+N) switches to the chosen file", "[database]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    const QString fresh = fixture.file(QStringLiteral("fresh.sqlite"));
    fixture.script.filesToChoose = {fresh};

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);

    CHECK(fixture.script.filesToChoose.isEmpty()); // the chooser was asked
    CHECK(fixture.script.errors.isEmpty());
    CHECK(window.database().path() == fresh);
    CHECK(window.statusWidget()->pathText() == QDir::toNativeSeparators(fresh));
    CHECK(QFile::exists(fresh));
    CHECK(window.isWelcomeShown());

    SECTION("an existing file is never overwritten by New database")
    {
        fixture.script.filesToChoose = {fixture.path()};
        menuAction(window, QStringLiteral("&New database…"))->trigger();
        REQUIRE(fixture.script.errors.size() == 1);
        CHECK(fixture.script.errors.first().contains(QStringLiteral("already exists")));
        CHECK(window.database().path() == fresh);
    }
}

TEST_CASE("a file that is not a database gives a message, not a crash", "[database]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    const QString junk = fixture.file(QStringLiteral("notes.sqlite"));
    writeFile(junk, "name;phone\nАльфа;+7 495 000-00-00\n");
    fixture.script.filesToChoose = {junk};

    menuAction(window, QStringLiteral("&Open database…"))->trigger();

    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("is not a Kartoteka database")));
    CHECK(window.database().path() == fixture.path()); // the open database stays
    CHECK(window.statusWidget()->pathText() == QDir::toNativeSeparators(fixture.path()));
}

TEST_CASE("at start, a database that cannot be opened offers another file or quitting", "[database]")
{
    WindowFixture fixture(false);
    auto &controller = fixture.window->database();
    const QString junk = fixture.file(QStringLiteral("junk.sqlite"));
    writeFile(junk, QByteArray(4096, 'x'));

    SECTION("Quit")
    {
        fixture.script.openFailureAnswer = Choice::Quit;
        CHECK_FALSE(controller.openAtStartup(junk));
        REQUIRE(fixture.script.openFailures.size() == 1);
        CHECK(fixture.script.openFailures.first().contains(QStringLiteral("not a Kartoteka database")));
        CHECK_FALSE(controller.isOpen());
    }
    SECTION("Open another…")
    {
        fixture.script.openFailureAnswer = Choice::OpenAnother;
        fixture.script.filesToChoose = {junk, fixture.path()};
        CHECK(controller.openAtStartup(junk));
        CHECK(fixture.script.openFailures.size() == 2); // the first file, then the junk chosen again
        CHECK(controller.path() == fixture.path());
        CHECK(fixture.window->statusWidget()->pathText() == QDir::toNativeSeparators(fixture.path()));
    }
}

TEST_CASE("a database of a newer schema is refused with a message", "[database]")
{
    WindowFixture fixture;
    const QString newer = fixture.file(QStringLiteral("newer.sqlite"));
    {
        kartoteka::Database database;
        REQUIRE_FALSE(database.open(newer));
        REQUIRE(kartoteka::sql::exec(database.connection(), QStringLiteral("PRAGMA user_version = 999")));
    }
    CHECK_FALSE(fixture.window->database().open(newer));
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("newer version of Kartoteka")));
}

TEST_CASE("a read-only database says so in the status bar", "[database]")
{
    WindowFixture fixture;
    const QString readOnly = fixture.file(QStringLiteral("readonly.sqlite"));
    {
        kartoteka::Database database;
        REQUIRE_FALSE(database.open(readOnly));
    }
    REQUIRE(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ReadUser));
    REQUIRE(fixture.window->database().open(readOnly));
    CHECK(fixture.window->database().isReadOnly());
    CHECK(fixture.window->statusWidget()->isReadOnlyShown());
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("Back up writes a copy to the chosen file off the GUI thread", "[database]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    CHECK(kartoteka::ui::DatabaseBackup::suggestedName()
          == QStringLiteral("kartoteka-backup-%1.sqlite")
                 .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    auto *backup = window.findChild<kartoteka::ui::DatabaseBackup *>();
    REQUIRE(backup);
    QSignalSpy finished(backup, &kartoteka::ui::DatabaseBackup::finished);
    const QString target = fixture.file(QStringLiteral("copy.sqlite"));
    writeFile(target, "an older backup"); // replaced, as the file dialog confirmed
    fixture.script.filesToChoose = {target};

    menuAction(window, QStringLiteral("&Back up…"))->trigger();
    CHECK(backup->isRunning());
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().first().toBool());
    CHECK(fixture.script.errors.isEmpty());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    CHECK(statisticsOf(target).organizations == 0);
    CHECK(window.database().path() == fixture.path());

    SECTION("not over the open database itself")
    {
        fixture.script.filesToChoose = {fixture.path()};
        menuAction(window, QStringLiteral("&Back up…"))->trigger();
        CHECK_FALSE(backup->isRunning());
        CHECK(fixture.script.errors.size() == 1);
        fixture.script.filesToChoose = {fixture.path() + QStringLiteral("-wal")}; // nor over its log
        menuAction(window, QStringLiteral("&Back up…"))->trigger();
        CHECK_FALSE(backup->isRunning());
        CHECK(fixture.script.errors.size() == 2);
    }
    SECTION("a folder that cannot be written keeps nothing half-written")
    {
        writeFile(fixture.file(QStringLiteral("not-a-folder")), "a file");
        fixture.script.filesToChoose = {fixture.file(QStringLiteral("not-a-folder/copy.sqlite"))};
        menuAction(window, QStringLiteral("&Back up…"))->trigger();
        REQUIRE(finished.wait(20000));
        CHECK_FALSE(finished.last().first().toBool());
        REQUIRE(fixture.script.errors.size() == 1);
        CHECK(fixture.script.errors.first().contains(QStringLiteral("not-a-folder")));
    }
}

TEST_CASE("Cancelling a backup leaves the older backup as it was", "[database]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    auto *backup = window.findChild<kartoteka::ui::DatabaseBackup *>();
    REQUIRE(backup);
    QSignalSpy finished(backup, &kartoteka::ui::DatabaseBackup::finished);
    const QString target = fixture.file(QStringLiteral("copy.sqlite"));
    writeFile(target, "an older backup");
    fixture.script.filesToChoose = {target};
    menuAction(window, QStringLiteral("&Back up…"))->trigger();
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("backupProgress"));
    REQUIRE(progress);
    progress->findChild<QPushButton *>()->click();
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(fixture.script.errors.isEmpty());
    QFile older(target);
    REQUIRE(older.open(QIODevice::ReadOnly));
    CHECK(older.readAll() == "an older backup");
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
}

TEST_CASE("An older database is upgraded off the GUI thread behind a progress window, then opens", "[database]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    const QString path = fixture.file(QStringLiteral("old.sqlite"));
    const std::vector<kartoteka::Migration> older(kartoteka::migrations().begin(), kartoteka::migrations().end() - 1);
    {
        kartoteka::Database old;
        kartoteka::Database::Options options;
        options.migrations = &older;
        REQUIRE_FALSE(old.open(path, options));
        REQUIRE(kartoteka::sql::exec(old.connection(), QStringLiteral("INSERT INTO organizations (name, kind, created_at, updated_at) "
                                                           "VALUES ('ООО Старое', 'client', '2026-01-01T00:00:00Z', "
                                                           "'2026-01-01T00:00:00Z')")));
    }
    CHECK(kartoteka::ui::DatabaseUpgrade::isNeeded(path));
    CHECK_FALSE(kartoteka::ui::DatabaseUpgrade::isNeeded(fixture.path())); // up to date
    CHECK_FALSE(kartoteka::ui::DatabaseUpgrade::isNeeded(fixture.file(QStringLiteral("none.sqlite"))));
    writeFile(fixture.file(QStringLiteral("list.csv")), "name;phone\n");
    CHECK_FALSE(kartoteka::ui::DatabaseUpgrade::isNeeded(fixture.file(QStringLiteral("list.csv"))));

    // The window keeps its event loop while the upgrade runs: a timer fires in the middle.
    bool opening = true;
    bool progressShownWhileOpening = false;
    QTimer::singleShot(0, &window, [&] {
        progressShownWhileOpening = opening && window.findChild<QProgressDialog *>(QStringLiteral("upgradeProgress"));
    });
    REQUIRE(window.database().open(path));
    opening = false;
    CHECK(progressShownWhileOpening);
    CHECK_FALSE(kartoteka::ui::DatabaseUpgrade::isNeeded(path));
    CHECK(statisticsOf(path).organizations == 1);
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("old.before-v*.sqlite")}).size() == 1);
    CHECK(fixture.script.errors.isEmpty());
}
