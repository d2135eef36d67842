#include "UiTestSupport.h"

#include "contacts/ContactsPage.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationCard.h"
#include "contacts/OrganizationEditor.h"
#include "contacts/OrganizationListModel.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "sales/SaleRepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::ContactsPage;
using kartoteka::ui::OrganizationEditor;
using kartoteka::ui::OrganizationListModel;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

class EditingFixture : public WindowFixture
{
public:
    EditingFixture()
        : page(window->findChild<ContactsPage *>())
    {
        REQUIRE(page);
        REQUIRE_FALSE(database.open(path()));
    }

    qint64 addOrganization(const QString &name, const QString &inn = {})
    {
        kartoteka::Organization organization;
        organization.name = name;
        organization.inn = inn;
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        return organization.id;
    }

    qint64 addPerson(qint64 organizationId, const QString &name)
    {
        kartoteka::Person person;
        person.organizationId = organizationId;
        person.fullName = name;
        REQUIRE_FALSE(kartoteka::PersonRepository(database.connection()).create(person));
        return person.id;
    }

    void showContacts()
    {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(Page::Contacts);
        page->refresh();
    }

    // Opens the editor with `action` and returns it.
    OrganizationEditor *openEditor(QAction *action)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        REQUIRE(action->isEnabled());
        action->trigger();
        auto *editor = page->findChild<OrganizationEditor *>();
        REQUIRE(editor);
        REQUIRE(editor->isVisible());
        return editor;
    }

    static QPushButton *okButton(OrganizationEditor *editor)
    {
        return child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok);
    }

    static void retype(OrganizationEditor *editor, const char *field, const QString &text)
    {
        auto *edit = child<QLineEdit>(editor, field);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void clickOk(OrganizationEditor *editor)
    {
        QPushButton *ok = okButton(editor);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    QStringList names() const
    {
        QStringList values;
        OrganizationListModel *model = page->listModel();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, OrganizationListModel::Name).data().toString();
        return values;
    }

    kartoteka::Organization stored(qint64 id) const
    {
        auto organization = kartoteka::OrganizationRepository(database.connection()).get(id);
        REQUIRE(organization);
        return *organization;
    }

    QString cardTitle() const { return child<QLabel>(page->card(), "cardTitle")->text(); }
    QString cardField(const char *name) const { return child<QLabel>(page->card(), name)->text(); }
    QUndoStack *undoStack() const { return window->undoStack(); }

    ContactsPage *page;
    kartoteka::Database database; // the test's own connection
};

} // namespace

TEST_CASE("a new organization entered in the editor shows in the list and the card", "[contacts][editing]")
{
    EditingFixture fixture;
    fixture.showContacts();
    OrganizationEditor *editor = fixture.openEditor(fixture.page->newAction());
    CHECK_FALSE(EditingFixture::okButton(editor)->isEnabled()); // no name yet
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Acme Trading"));
    QTest::keyClicks(child<QLineEdit>(editor, "innEdit"), QStringLiteral("7707083893"));
    QTest::keyClicks(child<QLineEdit>(editor, "phonesEdit"), QStringLiteral("8 (495) 123-45-67, +7 812 765 43 21"));
    QTest::keyClicks(child<QLineEdit>(editor, "emailEdit"), QStringLiteral("Sales@Acme.ru"));
    QTest::keyClicks(child<QLineEdit>(editor, "cityEdit"), QStringLiteral("Moscow"));
    EditingFixture::clickOk(editor);

    CHECK(fixture.script.errors.isEmpty());
    CHECK(fixture.names().contains(QStringLiteral("Acme Trading")));
    const qint64 id = fixture.page->card()->organizationId();
    REQUIRE(id != 0);
    CHECK(fixture.cardTitle() == QStringLiteral("Acme Trading"));
    CHECK(fixture.cardField("field_inn") == QStringLiteral("7707083893"));
    const kartoteka::Organization organization = fixture.stored(id);
    CHECK(organization.phones == QStringLiteral("+74951234567, +78127654321"));
    CHECK(organization.email == QStringLiteral("sales@acme.ru"));
    CHECK(organization.city == QStringLiteral("Moscow"));

    fixture.undoStack()->undo();
    CHECK_FALSE(fixture.names().contains(QStringLiteral("Acme Trading")));
    CHECK_FALSE(kartoteka::OrganizationRepository(fixture.database.connection()).get(id));
    fixture.undoStack()->redo();
    CHECK(fixture.names().contains(QStringLiteral("Acme Trading")));
    CHECK(fixture.stored(id).name == QStringLiteral("Acme Trading"));
}

TEST_CASE("a bad INN, e-mail or phone keeps OK disabled and says what is wrong", "[contacts][editing]")
{
    EditingFixture fixture;
    fixture.showContacts();
    OrganizationEditor *editor = fixture.openEditor(fixture.page->newAction());
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Beta"));
    QPushButton *ok = EditingFixture::okButton(editor);
    auto *message = child<QLabel>(editor, "messageLabel");
    CHECK(ok->isEnabled());

    QTest::keyClicks(child<QLineEdit>(editor, "innEdit"), QStringLiteral("7707083894")); // wrong check digit
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->text().contains(QStringLiteral("INN")));
    EditingFixture::retype(editor, "innEdit", QStringLiteral("7707083893"));
    CHECK(ok->isEnabled());

    QTest::keyClicks(child<QLineEdit>(editor, "emailEdit"), QStringLiteral("sales at beta"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->text().contains(QStringLiteral("e-mail")));
    EditingFixture::retype(editor, "emailEdit", QStringLiteral("sales@beta.ru"));
    CHECK(ok->isEnabled());

    QTest::keyClicks(child<QLineEdit>(editor, "phonesEdit"), QStringLiteral("+7 495 123-45-67, 12"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message->text().contains(QStringLiteral("phone")));
    EditingFixture::retype(editor, "phonesEdit", QStringLiteral("+7 495 123-45-67"));
    CHECK(ok->isEnabled());
    CHECK(message->text().isEmpty());
    editor->reject();
    CHECK(fixture.names().isEmpty());
}

TEST_CASE("editing changes the card, and undo brings the old values back", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Gamma"), QStringLiteral("7707083893"));
    fixture.showContacts();
    fixture.page->showOrganization(id);
    OrganizationEditor *editor = fixture.openEditor(fixture.page->editAction());
    CHECK(child<QLineEdit>(editor, "nameEdit")->text() == QStringLiteral("Gamma"));
    EditingFixture::retype(editor, "nameEdit", QStringLiteral("Gamma Plus"));
    EditingFixture::retype(editor, "cityEdit", QStringLiteral("Kazan"));
    EditingFixture::clickOk(editor);

    CHECK(fixture.cardTitle() == QStringLiteral("Gamma Plus"));
    CHECK(fixture.cardField("field_city") == QStringLiteral("Kazan"));
    CHECK(fixture.names() == QStringList{QStringLiteral("Gamma Plus")});

    QTest::keySequence(fixture.window.get(), QKeySequence::Undo);
    CHECK(fixture.cardTitle() == QStringLiteral("Gamma"));
    CHECK(fixture.stored(id).city.isEmpty());
    CHECK(fixture.stored(id).inn == QStringLiteral("7707083893"));
    CHECK(fixture.names() == QStringList{QStringLiteral("Gamma")});

    fixture.undoStack()->redo();
    CHECK(fixture.cardTitle() == QStringLiteral("Gamma Plus"));
    CHECK(fixture.stored(id).city == QStringLiteral("Kazan"));
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("deleting asks first, and undo brings the organization back with its id and persons", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Delta"));
    const qint64 personId = fixture.addPerson(id, QStringLiteral("Petrov"));
    fixture.addOrganization(QStringLiteral("Epsilon"));
    kartoteka::CustomFieldRepository fields(fixture.database.connection());
    kartoteka::CustomField region;
    region.label = QStringLiteral("Region code");
    REQUIRE_FALSE(fields.create(region));
    REQUIRE_FALSE(fields.setValue(region.id, id, QStringLiteral("77")));
    fixture.showContacts();
    fixture.page->showOrganization(id);

    fixture.script.confirmAnswer = false;
    fixture.page->deleteAction()->trigger();
    CHECK(fixture.script.questions.size() == 1);
    CHECK(fixture.names().contains(QStringLiteral("Delta")));

    fixture.script.confirmAnswer = true;
    fixture.page->deleteAction()->trigger();
    CHECK(fixture.script.questions.size() == 2);
    CHECK(fixture.names() == QStringList{QStringLiteral("Epsilon")});
    CHECK_FALSE(kartoteka::PersonRepository(fixture.database.connection()).get(personId));
    CHECK(fixture.page->card()->organizationId() == 0);

    fixture.undoStack()->undo();
    CHECK(fixture.names() == QStringList({QStringLiteral("Delta"), QStringLiteral("Epsilon")}));
    CHECK(fixture.stored(id).name == QStringLiteral("Delta"));
    auto person = kartoteka::PersonRepository(fixture.database.connection()).get(personId);
    REQUIRE(person);
    CHECK(person->fullName == QStringLiteral("Petrov"));
    CHECK(person->organizationId == id);
    auto value = fields.value(region.id, id);
    REQUIRE(value);
    CHECK(*value == QStringLiteral("77"));

    fixture.undoStack()->redo();
    CHECK(fixture.names() == QStringList{QStringLiteral("Epsilon")});
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("an organization with sales cannot be deleted: the reason says to archive it", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Zeta"));
    kartoteka::Sale sale;
    sale.organizationId = id;
    sale.date = QDate(2026, 3, 1);
    sale.amount = 100;
    REQUIRE_FALSE(kartoteka::SaleRepository(fixture.database.connection()).create(sale));
    fixture.showContacts();
    fixture.page->showOrganization(id);
    const int commands = fixture.undoStack()->count();

    fixture.page->deleteAction()->trigger();
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("archive it instead")));
    CHECK(fixture.script.questions.isEmpty());
    CHECK(fixture.names() == QStringList{QStringLiteral("Zeta")});
    CHECK(fixture.stored(id).name == QStringLiteral("Zeta"));
    CHECK(fixture.undoStack()->count() == commands);
}

TEST_CASE("archiving hides the organization from the list, and undo shows it again", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Eta"));
    fixture.addOrganization(QStringLiteral("Theta"));
    fixture.showContacts();
    fixture.page->showOrganization(id);
    CHECK(fixture.page->archiveAction()->text() == QObject::tr("&Archive"));

    fixture.page->archiveAction()->trigger();
    CHECK(fixture.names() == QStringList{QStringLiteral("Theta")});
    CHECK(fixture.stored(id).isArchived());
    CHECK(fixture.page->card()->isArchived());
    CHECK(fixture.page->archiveAction()->text() != QObject::tr("&Archive")); // now it restores

    fixture.undoStack()->undo();
    CHECK(fixture.names() == QStringList({QStringLiteral("Eta"), QStringLiteral("Theta")}));
    CHECK_FALSE(fixture.stored(id).isArchived());

    fixture.undoStack()->redo();
    CHECK(fixture.stored(id).isArchived());
    fixture.page->archiveAction()->trigger(); // restore
    CHECK_FALSE(fixture.stored(id).isArchived());
    CHECK(fixture.names() == QStringList({QStringLiteral("Eta"), QStringLiteral("Theta")}));
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("a read-only database disables creating, editing, archiving and deleting", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Iota"));
    fixture.database.close();
    REQUIRE(QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::ReadUser));
    REQUIRE(fixture.window->database().open(fixture.path()));
    REQUIRE(fixture.window->database().isReadOnly());
    fixture.showContacts();
    fixture.page->showOrganization(id);
    CHECK(fixture.page->card()->organizationId() == id);
    CHECK_FALSE(fixture.page->newAction()->isEnabled());
    CHECK_FALSE(fixture.page->editAction()->isEnabled());
    CHECK_FALSE(fixture.page->archiveAction()->isEnabled());
    CHECK_FALSE(fixture.page->deleteAction()->isEnabled());
    QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("the welcome page's Add an organization opens the editor", "[contacts][editing]")
{
    EditingFixture fixture;
    fixture.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(fixture.window.get()));
    REQUIRE(fixture.window->isWelcomeShown());
    QTest::mouseClick(child<QPushButton>(fixture.window.get(), "addOrganizationButton"), Qt::LeftButton);
    auto *editor = fixture.page->findChild<OrganizationEditor *>();
    REQUIRE(editor);
    CHECK(editor->isVisible());
    editor->reject();
}

TEST_CASE("F2 edits the organization shown and Del deletes it, an unchanged edit adds no undo step", "[contacts][editing]")
{
    EditingFixture fixture;
    const qint64 id = fixture.addOrganization(QStringLiteral("Kappa"));
    fixture.showContacts();
    fixture.page->showOrganization(id);
    auto *list = child<QTableView>(fixture.page, "organizationList");
    list->setFocus();
    const int commands = fixture.undoStack()->count();

    QTest::keyClick(list, Qt::Key_F2);
    auto *editor = fixture.page->findChild<OrganizationEditor *>();
    REQUIRE(editor);
    EditingFixture::clickOk(editor); // nothing changed
    CHECK(fixture.undoStack()->count() == commands);

    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(fixture.script.questions.size() == 1);
    CHECK(fixture.names().isEmpty());
    CHECK(fixture.undoStack()->count() == commands + 1);
}
