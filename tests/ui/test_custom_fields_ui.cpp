#include "UiTestSupport.h"

#include "contacts/ContactsPage.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/CustomFieldsDialog.h"
#include "contacts/OrganizationEditor.h"
#include "contacts/OrganizationFilterBar.h"
#include "contacts/OrganizationListModel.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonListModel.h"
#include "contacts/PersonRepository.h"
#include "contacts/PersonsView.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using kartoteka::CustomField;
using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::ContactsPage;
using kartoteka::ui::CustomFieldEditor;
using kartoteka::ui::CustomFieldsDialog;
using kartoteka::ui::OrganizationEditor;
using kartoteka::ui::OrganizationListModel;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

class CustomFieldsFixture : public WindowFixture
{
public:
    CustomFieldsFixture() : page(window->findChild<ContactsPage *>())
    {
        REQUIRE(page);
        REQUIRE_FALSE(database.open(path()));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    qint64 addOrganization(const QString &name)
    {
        kartoteka::Organization organization;
        organization.name = name;
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        return organization.id;
    }

    CustomFieldsDialog *openDialog()
    {
        child<QAction>(window.get(), "customFieldsAction")->trigger();
        auto *dialog = window->findChild<CustomFieldsDialog *>();
        REQUIRE(dialog);
        return dialog;
    }

    static void clickOk(QDialog *dialog)
    {
        QPushButton *ok = child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Adds a field through the dialog's editor, as a user would.
    void addField(CustomFieldsDialog *dialog, const QString &label, CustomField::Type type, const QString &choices = {})
    {
        QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
        auto *editor = dialog->findChild<CustomFieldEditor *>();
        REQUIRE(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "labelEdit"), label);
        auto *typeBox = child<QComboBox>(editor, "typeBox");
        typeBox->setCurrentIndex(typeBox->findData(int(type)));
        if (!choices.isEmpty())
            child<QPlainTextEdit>(editor, "choicesEdit")->setPlainText(choices);
        clickOk(editor);
    }

    QStringList headers() const
    {
        QStringList titles;
        OrganizationListModel *model = page->listModel();
        for (int column = 0; column < model->columnCount(); ++column)
            titles << model->headerData(column, Qt::Horizontal).toString();
        return titles;
    }

    QStringList names() const
    {
        QStringList values;
        OrganizationListModel *model = page->listModel();
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, OrganizationListModel::Name).data().toString();
        return values;
    }

    ContactsPage *page;
    kartoteka::Database database;
};

} // namespace

TEST_CASE("custom fields defined in the dialog become list columns, filters and editor rows", "[custom-fields]")
{
    CustomFieldsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    fixture.addOrganization(QStringLiteral("Globex"));
    fixture.window->showPage(Page::Contacts);
    fixture.page->refresh();

    CustomFieldsDialog *dialog = fixture.openDialog();
    // A choice needs choices: OK waits for them.
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
    auto *editor = dialog->findChild<CustomFieldEditor *>();
    REQUIRE(editor);
    QTest::keyClicks(child<QLineEdit>(editor, "labelEdit"), QStringLiteral("Segment"));
    auto *typeBox = child<QComboBox>(editor, "typeBox");
    typeBox->setCurrentIndex(typeBox->findData(int(CustomField::Type::Choice)));
    CHECK_FALSE(child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    child<QPlainTextEdit>(editor, "choicesEdit")->setPlainText(QStringLiteral("Retail\nWholesale\n"));
    CustomFieldsFixture::clickOk(editor);
    fixture.addField(dialog, QStringLiteral("VIP"), CustomField::Type::Bool);
    fixture.addField(dialog, QStringLiteral("Staff count"), CustomField::Type::Number);
    CHECK(dialog->list()->count() == 3);

    CHECK(fixture.headers().mid(OrganizationListModel::ColumnCount) ==
          QStringList{QStringLiteral("Segment"), QStringLiteral("VIP"), QStringLiteral("Staff count")});
    auto fields = kartoteka::CustomFieldRepository(fixture.database.connection()).list(CustomField::Entity::Organization);
    REQUIRE(fields->size() == 3);
    const CustomField segment = fields->at(0);
    CHECK(segment.choices == QStringList{QStringLiteral("Retail"), QStringLiteral("Wholesale")});
    auto *segmentFilter = child<QComboBox>(fixture.page, QStringLiteral("customFilter_%1").arg(segment.id).toLatin1().constData());
    child<QComboBox>(fixture.page, QStringLiteral("customFilter_%1").arg(fields->at(1).id).toLatin1().constData());
    dialog->close();

    // The editor has a row per field; a number that is not one keeps OK disabled.
    fixture.page->showOrganization(acme);
    fixture.page->editAction()->trigger();
    auto *organizationEditor = fixture.page->findChild<OrganizationEditor *>();
    REQUIRE(organizationEditor);
    auto *segmentBox = child<QComboBox>(organizationEditor, QStringLiteral("custom_%1").arg(segment.id).toLatin1().constData());
    segmentBox->setCurrentIndex(segmentBox->findData(QStringLiteral("Retail")));
    auto *staffCount = child<QLineEdit>(organizationEditor, QStringLiteral("custom_%1").arg(fields->at(2).id).toLatin1().constData());
    QTest::keyClicks(staffCount, QStringLiteral("many"));
    CHECK_FALSE(child<QDialogButtonBox>(organizationEditor, "buttons")->button(QDialogButtonBox::Ok)->isEnabled());
    CHECK(child<QLabel>(organizationEditor, "messageLabel")->text().contains(QStringLiteral("Staff count")));
    staffCount->clear();
    QTest::keyClicks(staffCount, QStringLiteral("250"));
    CustomFieldsFixture::clickOk(organizationEditor);

    kartoteka::CustomFieldRepository repository(fixture.database.connection());
    CHECK(*repository.value(segment.id, acme) == QStringLiteral("Retail"));
    CHECK(*repository.value(fields->at(2).id, acme) == QStringLiteral("250"));
    const int segmentColumn = OrganizationListModel::ColumnCount;
    const int acmeRow = fixture.names().indexOf(QStringLiteral("Acme"));
    CHECK(fixture.page->listModel()->index(acmeRow, segmentColumn).data().toString() == QStringLiteral("Retail"));

    // Filtering by the choice lists Acme alone.
    segmentFilter->setCurrentIndex(segmentFilter->findData(QStringLiteral("Retail")));
    Q_EMIT segmentFilter->activated(segmentFilter->currentIndex());
    CHECK(fixture.names() == QStringList{QStringLiteral("Acme")});
    segmentFilter->setCurrentIndex(0);
    Q_EMIT segmentFilter->activated(0);
    CHECK(fixture.names().size() == 2);

    // Undo takes the organization's values back in one step.
    fixture.window->undoStack()->undo();
    CHECK(repository.value(segment.id, acme)->isEmpty());
    CHECK(repository.value(fields->at(2).id, acme)->isEmpty());
    fixture.window->undoStack()->redo();
    CHECK(*repository.value(segment.id, acme) == QStringLiteral("Retail"));
}

TEST_CASE("deleting a custom field asks, and undo brings it back with its values", "[custom-fields]")
{
    CustomFieldsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    kartoteka::CustomFieldRepository repository(fixture.database.connection());
    CustomField region;
    region.label = QStringLiteral("Region");
    REQUIRE_FALSE(repository.create(region));
    REQUIRE_FALSE(repository.setValue(region.id, acme, QStringLiteral("77")));
    fixture.window->showPage(Page::Contacts);
    fixture.page->refresh();

    CustomFieldsDialog *dialog = fixture.openDialog();
    dialog->list()->setCurrentRow(0);
    fixture.script.confirmAnswer = false;
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    CHECK(repository.get(region.id));
    REQUIRE(fixture.script.questions.size() == 1);
    CHECK(fixture.script.questions.first().contains(QStringLiteral("1 value")));

    fixture.script.confirmAnswer = true;
    QTest::mouseClick(child<QPushButton>(dialog, "deleteButton"), Qt::LeftButton);
    CHECK_FALSE(repository.get(region.id));
    CHECK(dialog->list()->count() == 0);
    CHECK(fixture.headers().size() == OrganizationListModel::ColumnCount);

    fixture.window->undoStack()->undo();
    CHECK(repository.get(region.id)->label == QStringLiteral("Region"));
    CHECK(*repository.value(region.id, acme) == QStringLiteral("77"));
    CHECK(dialog->list()->count() == 1);
    CHECK(fixture.headers().last() == QStringLiteral("Region"));

    // Persons have fields of their own.
    dialog->setEntity(CustomField::Entity::Person);
    CHECK(dialog->list()->count() == 0);
    fixture.addField(dialog, QStringLiteral("Hobby"), CustomField::Type::Text);
    CHECK(repository.list(CustomField::Entity::Person)->size() == 1);
}

TEST_CASE("text fields filter by their values most used, for organizations and for persons", "[custom-fields]")
{
    CustomFieldsFixture fixture;
    const qint64 acme = fixture.addOrganization(QStringLiteral("Acme"));
    const qint64 globex = fixture.addOrganization(QStringLiteral("Globex"));
    fixture.addOrganization(QStringLiteral("Initech"));
    kartoteka::CustomFieldRepository repository(fixture.database.connection());
    CustomField region;
    region.label = QStringLiteral("Region");
    REQUIRE_FALSE(repository.create(region));
    REQUIRE_FALSE(repository.setValue(region.id, acme, QStringLiteral("North")));
    REQUIRE_FALSE(repository.setValue(region.id, globex, QStringLiteral("North")));
    CustomField hobby;
    hobby.entity = CustomField::Entity::Person;
    hobby.label = QStringLiteral("Hobby");
    REQUIRE_FALSE(repository.create(hobby));
    kartoteka::Person chess;
    chess.organizationId = acme;
    chess.fullName = QStringLiteral("Petrov");
    REQUIRE_FALSE(kartoteka::PersonRepository(fixture.database.connection()).create(chess));
    REQUIRE_FALSE(repository.setValue(hobby.id, chess.id, QStringLiteral("chess")));
    kartoteka::Person other;
    other.organizationId = globex;
    other.fullName = QStringLiteral("Sidorov");
    REQUIRE_FALSE(kartoteka::PersonRepository(fixture.database.connection()).create(other));
    fixture.window->showPage(Page::Contacts);
    // The fields came after the database opened: a change of the card index shows them.
    fixture.page->refresh();

    auto *regionFilter = child<QComboBox>(fixture.page, QStringLiteral("customFilter_%1").arg(region.id).toLatin1().constData());
    REQUIRE(regionFilter->count() == 2); // any, North
    regionFilter->setCurrentIndex(1);
    Q_EMIT regionFilter->activated(1);
    CHECK(fixture.names() == QStringList{QStringLiteral("Acme"), QStringLiteral("Globex")});

    auto *persons = fixture.window->findChild<kartoteka::ui::PersonsView *>();
    persons->refresh();
    auto *hobbyFilter = child<QComboBox>(persons, QStringLiteral("customFilter_%1").arg(hobby.id).toLatin1().constData());
    REQUIRE(hobbyFilter->findData(QStringLiteral("chess")) > 0);
    CHECK(persons->model()->rowCount() == 2);
    hobbyFilter->setCurrentIndex(hobbyFilter->findData(QStringLiteral("chess")));
    Q_EMIT hobbyFilter->activated(hobbyFilter->currentIndex());
    REQUIRE(persons->model()->rowCount() == 1);
    CHECK(persons->model()->index(0, kartoteka::ui::PersonListModel::Name).data() == QStringLiteral("Petrov"));
}
