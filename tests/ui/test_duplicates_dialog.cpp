#include "UiTestSupport.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "duplicates/DuplicatesDialog.h"
#include "storage/Sql.h"
#include "widgets/UserDialogs.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "MainWindow.h"

#include <catch2/catch.hpp>

using namespace kartoteka;

namespace {

qint64 addOrganization(const QSqlDatabase &db, const QString &name, const QString &inn)
{
    Organization organization;
    organization.name = name;
    organization.inn = inn;
    REQUIRE_FALSE(OrganizationRepository(db).create(organization));
    return organization.id;
}

qint64 count(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(db, statement, values)->toLongLong();
}

} // namespace

TEST_CASE("the duplicates window merges a pair, and Edit > Undo takes the merge back", "[duplicates]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    const qint64 older = addOrganization(c, QStringLiteral("Вектор"), QStringLiteral("7707083893"));
    const qint64 newer = addOrganization(c, QStringLiteral("ООО «Вектор-М»"), QStringLiteral("7707083893"));
    addOrganization(c, QStringLiteral("Одиночка"), QString());
    Person person;
    person.fullName = QStringLiteral("Орлов Пётр");
    person.organizationId = newer;
    REQUIRE_FALSE(PersonRepository(c).create(person));

    QStringList errors;
    ui::UserDialogs dialogs;
    dialogs.reportError = [&errors](QWidget *, const QString &title, const QString &message) {
        errors << title + QStringLiteral(": ") + message;
    };
    QUndoStack undo;
    ui::DuplicatesDialog dialog(db.path(), c, dialogs, undo);
    dialog.show();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 20000));
    REQUIRE(dialog.rows().size() == 1);
    CHECK(dialog.rows()[0].pair.reason == DuplicatePair::Reason::SameInn);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("duplicatesTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("Вектор"));
    auto *keepFirst = dialog.findChild<QPushButton *>(QStringLiteral("keepFirstButton"));
    CHECK_FALSE(keepFirst->isEnabled()); // nothing chosen yet

    table->selectRow(0);
    REQUIRE(keepFirst->isEnabled());
    QSignalSpy changed(&dialog, &ui::DuplicatesDialog::organizationsChanged);
    QTest::mouseClick(keepFirst, Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK(errors.isEmpty());
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"), {newer}) == 0);
    CHECK(count(c, QStringLiteral("SELECT organization_id FROM persons WHERE id = ?"), {person.id}) == older);
    CHECK(table->rowCount() == 0);
    REQUIRE(undo.canUndo());
    CHECK(undo.undoText() == QStringLiteral("merge «ООО «Вектор-М»»"));

    undo.undo();
    CHECK(errors.isEmpty());
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"), {newer}) == 1);
    CHECK(count(c, QStringLiteral("SELECT organization_id FROM persons WHERE id = ?"), {person.id}) == newer);
    undo.redo();
    CHECK(count(c, QStringLiteral("SELECT count(*) FROM organizations WHERE id = ?"), {newer}) == 0);

    // Search again: nothing left to merge.
    dialog.search();
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 20000));
    CHECK(dialog.rows().empty());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("duplicatesStatus"))->text().contains(QStringLiteral("No probable")));
}

TEST_CASE("a merge that fails is reported and leaves nothing to undo", "[duplicates]")
{
    test::TestDatabase db;
    const auto c = db.connection();
    addOrganization(c, QStringLiteral("Первая"), QStringLiteral("7707083893"));
    const qint64 second = addOrganization(c, QStringLiteral("Вторая"), QStringLiteral("7707083893"));
    QStringList errors;
    ui::UserDialogs dialogs;
    dialogs.reportError = [&errors](QWidget *, const QString &, const QString &message) { errors << message; };
    QUndoStack undo;
    ui::DuplicatesDialog dialog(db.path(), c, dialogs, undo);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isSearching(); }, 20000));
    REQUIRE(dialog.rows().size() == 1);
    // Someone else deletes one of the two meanwhile.
    REQUIRE_FALSE(OrganizationRepository(c).remove(second));
    dialog.findChild<QTableWidget *>(QStringLiteral("duplicatesTable"))->selectRow(0);
    dialog.mergeIntoFirst();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].contains(QStringLiteral("no organization")));
    CHECK_FALSE(undo.canUndo());
    CHECK(dialog.rows().size() == 1);
}

TEST_CASE("Edit > Find duplicate organizations opens the window, Edit > Undo takes its merge back", "[duplicates]")
{
    test::WindowFixture fixture;
    {
        Database db;
        REQUIRE_FALSE(db.open(fixture.path()));
        addOrganization(db.connection(), QStringLiteral("Альфа"), QStringLiteral("7707083893"));
        addOrganization(db.connection(), QStringLiteral("Альфа-2"), QStringLiteral("7707083893"));
    }
    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    QTest::keyClick(fixture.window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = fixture.window->findChild<ui::DuplicatesDialog *>();
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isSearching(); }, 20000));
    REQUIRE(dialog->rows().size() == 1);
    dialog->findChild<QTableWidget *>(QStringLiteral("duplicatesTable"))->selectRow(0);
    dialog->mergeIntoFirst();
    CHECK(test::statisticsOf(fixture.path()).organizations == 1);

    // Edit > Undo, as its shortcut would trigger it in the main window.
    QAction *undo = nullptr;
    for (QAction *action : fixture.window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(test::statisticsOf(fixture.path()).organizations == 2);
    CHECK(fixture.window->undoStack()->canRedo());
    CHECK(fixture.script.errors.isEmpty());
}
