#include "UiTestSupport.h"

#include "contacts/ContactsPage.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationCard.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonCard.h"
#include "contacts/PersonEditor.h"
#include "contacts/PersonListModel.h"
#include "contacts/PersonRepository.h"
#include "contacts/PersonsView.h"
#include "contacts/UserRepository.h"
#include "importing/PhoneRegions.h"
#include "settings/PhoneSettingsPage.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/OrganizationPicker.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::PersonEditor;
using kartoteka::ui::PersonListModel;
using kartoteka::ui::PersonsView;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

class PersonsFixture : public WindowFixture
{
public:
    PersonsFixture() : view(window->findChild<PersonsView *>())
    {
        REQUIRE(view);
        REQUIRE_FALSE(database.open(path()));
    }

    qint64 addOrganization(const QString &name)
    {
        kartoteka::Organization organization;
        organization.name = name;
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        return organization.id;
    }

    qint64 addPerson(std::optional<qint64> organizationId, const QString &name, const QString &phones = {})
    {
        kartoteka::Person person;
        person.organizationId = organizationId;
        person.isStaff = !organizationId;
        person.fullName = name;
        person.phones = phones;
        REQUIRE_FALSE(kartoteka::PersonRepository(database.connection()).create(person));
        return person.id;
    }

    void showPersons()
    {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(Page::Contacts);
        auto *tabs = child<QTabWidget>(window.get(), "contactTabs");
        tabs->setCurrentWidget(view);
        view->refresh();
    }

    QAction *action(const char *name) const { return child<QAction>(view, name); }

    PersonEditor *openEditor(const char *actionName)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QAction *trigger = action(actionName);
        REQUIRE(trigger->isEnabled());
        trigger->trigger();
        auto *editor = view->findChild<PersonEditor *>();
        REQUIRE(editor);
        return editor;
    }

    static QPushButton *okButton(PersonEditor *editor)
    {
        return child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok);
    }

    static void clickOk(PersonEditor *editor)
    {
        REQUIRE(okButton(editor)->isEnabled());
        QTest::mouseClick(okButton(editor), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    QStringList names() const
    {
        QStringList values;
        PersonListModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, PersonListModel::Name).data().toString();
        return values;
    }

    void choose(const QString &name)
    {
        const int row = names().indexOf(name);
        REQUIRE(row >= 0);
        auto *list = child<QTableView>(view, "personList");
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(view->model()->index(row, PersonListModel::Name)).center());
        REQUIRE(view->card()->personId() != 0);
    }

    QString cardField(const char *name) const { return child<QLabel>(view->card(), name)->text(); }

    PersonsView *view;
    kartoteka::Database database;
};

} // namespace

TEST_CASE("the persons tab lists contact persons and staff, filters them and finds them as you type", "[persons]")
{
    PersonsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    fixture.addPerson(acme, QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
    fixture.addPerson(acme, QStringLiteral("Sidorova Anna"));
    fixture.addPerson(std::nullopt, QStringLiteral("Orlova Maria"));
    fixture.showPersons();

    CHECK(fixture.names() == QStringList{QStringLiteral("Orlova Maria"), QStringLiteral("Petrov Ivan"),
                                         QStringLiteral("Sidorova Anna")});
    CHECK(child<QLabel>(fixture.view, "personCountLabel")->text().contains(QStringLiteral("3")));
    auto *group = child<QComboBox>(fixture.view, "personGroupBox");
    group->setCurrentIndex(group->findData(int(kartoteka::PersonListFilter::Group::Staff)));
    CHECK(fixture.names() == QStringList{QStringLiteral("Orlova Maria")});
    group->setCurrentIndex(group->findData(int(kartoteka::PersonListFilter::Group::ContactPersons)));
    CHECK(fixture.names() == QStringList{QStringLiteral("Petrov Ivan"), QStringLiteral("Sidorova Anna")});

    // Typing digits of a phone in any format finds its person.
    auto *search = child<QLineEdit>(fixture.view, "personSearchBox");
    QTest::keyClicks(search, QStringLiteral("123-45-67"));
    QTest::qWait(PersonsView::searchDelayMs + 100);
    CHECK(fixture.names() == QStringList{QStringLiteral("Petrov Ivan")});
    search->clear();
    CHECK(fixture.names().size() == 2);
}

TEST_CASE("the person card shows the fields, copies a phone and opens the organization", "[persons]")
{
    PersonsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    fixture.addPerson(acme, QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
    fixture.showPersons();
    fixture.choose(QStringLiteral("Petrov Ivan"));

    CHECK(child<QLabel>(fixture.view->card(), "personTitle")->text() == QStringLiteral("Petrov Ivan"));
    CHECK(fixture.cardField("field_phone_0") == QStringLiteral("8 (495) 123-45-67"));
    QTest::mouseClick(child<QToolButton>(fixture.view->card(), "field_phone_0_copy"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("8 (495) 123-45-67"));

    // The organization link opens its card on the Organizations tab.
    auto *link = child<QLabel>(fixture.view->card(), "field_organization");
    Q_EMIT link->linkActivated(QStringLiteral("#"));
    auto *contacts = fixture.window->findChild<kartoteka::ui::ContactsPage *>();
    CHECK(child<QTabWidget>(fixture.window.get(), "contactTabs")->currentWidget() == contacts);
    CHECK(contacts->card()->organizationId() == acme);
}

TEST_CASE("a person created in the editor needs an organization or the staff mark, and undo removes them", "[persons]")
{
    PersonsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    fixture.showPersons();
    PersonEditor *editor = fixture.openEditor("newPersonAction");
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Kuznetsov Oleg"));
    auto *message = child<QLabel>(editor, "messageLabel");
    CHECK_FALSE(PersonsFixture::okButton(editor)->isEnabled());
    CHECK(message->text().contains(QStringLiteral("organization")));
    child<kartoteka::ui::OrganizationPicker>(editor, "organizationPicker")->setOrganization(acme);
    CHECK(PersonsFixture::okButton(editor)->isEnabled());
    QTest::keyClicks(child<QLineEdit>(editor, "phonesEdit"), QStringLiteral("8 916 123 45 67, 42"));
    CHECK_FALSE(PersonsFixture::okButton(editor)->isEnabled());
    CHECK(message->text().contains(QStringLiteral("phone")));
    child<QLineEdit>(editor, "phonesEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "phonesEdit"), QStringLiteral("8 916 123 45 67"));
    QTest::keyClicks(child<QLineEdit>(editor, "emailsEdit"), QStringLiteral("Oleg@Acme.ru; oleg at home"));
    CHECK_FALSE(PersonsFixture::okButton(editor)->isEnabled());
    child<QLineEdit>(editor, "emailsEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "emailsEdit"), QStringLiteral("Oleg@Acme.ru; oleg@mail.ru"));
    QTest::keyClicks(child<QLineEdit>(editor, "positionEdit"), QStringLiteral("Buyer"));
    PersonsFixture::clickOk(editor);

    CHECK(fixture.script.errors.isEmpty());
    const qint64 id = fixture.view->card()->personId();
    REQUIRE(id != 0);
    auto stored = kartoteka::PersonRepository(fixture.database.connection()).get(id);
    REQUIRE(stored);
    CHECK(stored->organizationId == acme);
    CHECK(stored->phones == QStringLiteral("+79161234567"));
    CHECK(stored->emails == QStringLiteral("oleg@acme.ru, oleg@mail.ru"));
    CHECK(stored->position == QStringLiteral("Buyer"));
    CHECK(fixture.names().contains(QStringLiteral("Kuznetsov Oleg")));

    fixture.window->undoStack()->undo();
    CHECK_FALSE(kartoteka::PersonRepository(fixture.database.connection()).get(id));
    CHECK_FALSE(fixture.names().contains(QStringLiteral("Kuznetsov Oleg")));
    fixture.window->undoStack()->redo();
    CHECK(kartoteka::PersonRepository(fixture.database.connection()).get(id)->fullName == QStringLiteral("Kuznetsov Oleg"));

    // A member of staff has no organization.
    editor = fixture.openEditor("newPersonAction");
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Belova Irina"));
    QTest::mouseClick(child<QCheckBox>(editor, "staffBox"), Qt::LeftButton, {}, QPoint(4, 4));
    CHECK_FALSE(child<kartoteka::ui::OrganizationPicker>(editor, "organizationPicker")->isEnabled());
    PersonsFixture::clickOk(editor);
    auto staff = kartoteka::PersonRepository(fixture.database.connection()).get(fixture.view->card()->personId());
    REQUIRE(staff);
    CHECK(staff->isStaff);
    CHECK_FALSE(staff->organizationId);
}

TEST_CASE("editing, archiving and deleting a person undo, and a person with a journal is not deleted", "[persons]")
{
    PersonsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    const qint64 petrov = fixture.addPerson(acme, QStringLiteral("Petrov Ivan"));
    const qint64 busy = fixture.addPerson(acme, QStringLiteral("Busy Boris"));
    kartoteka::CustomFieldRepository fields(fixture.database.connection());
    kartoteka::CustomField hobby;
    hobby.entity = kartoteka::CustomField::Entity::Person;
    hobby.label = QStringLiteral("Hobby");
    REQUIRE_FALSE(fields.create(hobby));
    REQUIRE_FALSE(fields.setValue(hobby.id, petrov, QStringLiteral("chess")));
    kartoteka::User user;
    user.login = user.displayName = QStringLiteral("tester");
    REQUIRE_FALSE(kartoteka::UserRepository(fixture.database.connection()).create(user));
    kartoteka::Task call;
    call.subject = QStringLiteral("Call Boris");
    call.typeId = kartoteka::TaskTypeRepository(fixture.database.connection()).findByCode(QStringLiteral("call"))->id;
    call.authorId = user.id;
    call.organizationId = acme;
    call.personId = busy;
    REQUIRE_FALSE(kartoteka::TaskRepository(fixture.database.connection()).create(call));
    fixture.showPersons();
    kartoteka::PersonRepository persons(fixture.database.connection());

    // The custom field is a column of the list and a row of the card.
    PersonListModel *model = fixture.view->model();
    REQUIRE(model->columnCount() == PersonListModel::ColumnCount + 1);
    CHECK(model->headerData(PersonListModel::ColumnCount, Qt::Horizontal).toString() == QStringLiteral("Hobby"));
    CHECK(model->index(fixture.names().indexOf(QStringLiteral("Petrov Ivan")), PersonListModel::ColumnCount).data() ==
          QStringLiteral("chess"));
    fixture.choose(QStringLiteral("Petrov Ivan"));
    CHECK(fixture.cardField(QStringLiteral("custom_%1").arg(hobby.id).toLatin1().constData()) == QStringLiteral("chess"));
    PersonEditor *editor = fixture.openEditor("editPersonAction");
    child<QLineEdit>(editor, "nameEdit")->clear();
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Petrov Ivan Petrovich"));
    PersonsFixture::clickOk(editor);
    CHECK(persons.get(petrov)->fullName == QStringLiteral("Petrov Ivan Petrovich"));
    fixture.window->undoStack()->undo();
    CHECK(persons.get(petrov)->fullName == QStringLiteral("Petrov Ivan"));

    fixture.view->showPerson(petrov);
    fixture.action("archivePersonAction")->trigger();
    CHECK(persons.get(petrov)->isArchived());
    CHECK_FALSE(fixture.names().contains(QStringLiteral("Petrov Ivan")));
    fixture.window->undoStack()->undo();
    CHECK_FALSE(persons.get(petrov)->isArchived());

    // Delete asks; undo brings the person back with their id and custom values.
    fixture.view->showPerson(petrov);
    fixture.action("deletePersonAction")->trigger();
    CHECK(fixture.script.questions.size() == 1);
    CHECK_FALSE(persons.get(petrov));
    fixture.window->undoStack()->undo();
    CHECK(persons.get(petrov)->fullName == QStringLiteral("Petrov Ivan"));
    CHECK(*fields.value(hobby.id, petrov) == QStringLiteral("chess"));

    // A person with tasks is refused with the reason, and nothing is lost.
    fixture.view->showPerson(busy);
    CHECK(fixture.view->card()->journal()->rowCount() == 1);
    fixture.action("deletePersonAction")->trigger();
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("archive")));
    CHECK(persons.get(busy));
}

TEST_CASE("the country chosen in the settings reads the phones typed without a country code", "[persons][settings]")
{
    PersonsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    kartoteka::ui::PhoneSettingsPage settings;
    QComboBox *region = settings.regionBox();
    region->setCurrentIndex(region->findData(QStringLiteral("BY")));
    CHECK(kartoteka::ui::PhoneRegions::defaultCode() == QStringLiteral("BY"));

    fixture.showPersons();
    PersonEditor *editor = fixture.openEditor("newPersonAction");
    QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Kowalski"));
    child<kartoteka::ui::OrganizationPicker>(editor, "organizationPicker")->setOrganization(acme);
    QTest::keyClicks(child<QLineEdit>(editor, "phonesEdit"), QStringLiteral("29 123-45-67"));
    PersonsFixture::clickOk(editor);
    auto stored = kartoteka::PersonRepository(fixture.database.connection()).get(fixture.view->card()->personId());
    REQUIRE(stored);
    CHECK(stored->phones == QStringLiteral("+375291234567"));

    region->setCurrentIndex(region->findData(QStringLiteral("RU")));
    CHECK(kartoteka::ui::PhoneRegions::defaultCode() == QStringLiteral("RU"));
}
