#include "UiTestSupport.h"

#include "contacts/ContactsPage.h"
#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationCard.h"
#include "contacts/OrganizationListModel.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/SearchResultsModel.h"
#include "contacts/UserRepository.h"
#include "sales/SaleRepository.h"
#include "segmentation/SegmentationPage.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "tasks/TaskJournalModel.h"
#include "tasks/TaskRepository.h"
#include "tasks/TaskTypeRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QTableView>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::ui::ContactsPage;
using kartoteka::ui::OrganizationCard;
using kartoteka::ui::OrganizationListModel;
using kartoteka::ui::SearchResultsModel;
using kartoteka::ui::TaskJournalModel;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

// Types `text` key by key as a keyboard would, in any script (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Where QDesktopServices sends mailto: links in these tests.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

// A window on the Contacts page over organizations the test adds through its own connection.
class ContactsFixture : public WindowFixture
{
public:
    ContactsFixture()
        : page(window->findChild<ContactsPage *>())
    {
        REQUIRE(page);
        REQUIRE_FALSE(database.open(path()));
        manager = addUser(QStringLiteral("ivanova"), QString::fromUtf8("Анна Иванова"));
    }

    qint64 addUser(const QString &login, const QString &name)
    {
        kartoteka::User user;
        user.login = login;
        user.displayName = name;
        REQUIRE_FALSE(kartoteka::UserRepository(database.connection()).create(user));
        return user.id;
    }

    qint64 addOrganization(const QString &name, const QString &inn = {}, const QString &city = {},
                           const QString &phones = {},
                           kartoteka::Organization::Kind kind = kartoteka::Organization::Kind::Client)
    {
        kartoteka::Organization organization;
        organization.name = name;
        organization.inn = inn;
        organization.city = city;
        organization.phones = phones;
        organization.kind = kind;
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        return organization.id;
    }

    // Opens the file again, as the window does on File > Open: every page reads it afresh.
    void reopen() { REQUIRE(window->database().open(path())); }

    void showContacts()
    {
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->showPage(Page::Contacts);
    }

    QTableView *list() const { return child<QTableView>(page, "organizationList"); }
    QTableView *found() const { return child<QTableView>(page, "searchResults"); }
    QLineEdit *searchBox() const { return child<QLineEdit>(page, "searchBox"); }
    OrganizationListModel *model() const { return page->listModel(); }

    QStringList column(QAbstractItemModel *model, int column) const
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }
    QStringList names() const { return column(model(), OrganizationListModel::Name); }

    void clickRow(QTableView *view, int row) const
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        REQUIRE(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void clickHeader(int section) const
    {
        QHeaderView *header = list()->horizontalHeader();
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }

    QString cardField(const char *name) const { return child<QLabel>(page->card(), name)->text(); }

    ContactsPage *page;
    kartoteka::Database database; // the test's own connection
    qint64 manager = 0;
};

} // namespace

TEST_CASE("the Contacts page lists the organizations, sorted by a click on a column header", "[contacts]")
{
    ContactsFixture fixture;
    fixture.addOrganization(QStringLiteral("Vector"), QStringLiteral("5000000001"), QStringLiteral("Kazan"));
    fixture.addOrganization(QStringLiteral("alpha"), {}, QStringLiteral("Moscow"));
    fixture.addOrganization(QStringLiteral("Beta"), QStringLiteral("3000000003"));
    fixture.reopen();
    fixture.showContacts();
    QAbstractItemModelTester tester(fixture.model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    CHECK(fixture.names() == QStringList({QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("Vector")}));
    CHECK(child<QLabel>(fixture.page, "countLabel")->text().contains(QStringLiteral("3")));

    fixture.clickHeader(OrganizationListModel::Inn);
    CHECK(fixture.model()->listSort().column == kartoteka::OrganizationSortColumn::Inn);
    CHECK(fixture.names() == QStringList({QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("Vector")}));
    fixture.clickHeader(OrganizationListModel::Inn);
    CHECK(fixture.model()->listSort().descending);
    CHECK(fixture.names() == QStringList({QStringLiteral("Vector"), QStringLiteral("Beta"), QStringLiteral("alpha")}));
    fixture.clickHeader(OrganizationListModel::City);
    CHECK(fixture.column(fixture.model(), OrganizationListModel::City)
          == QStringList({QString(), QStringLiteral("Kazan"), QStringLiteral("Moscow")}));
    CHECK(fixture.list()->horizontalHeader()->sortIndicatorSection() == OrganizationListModel::City);
}

TEST_CASE("the filters narrow the list, and archived organizations show on demand", "[contacts]")
{
    ContactsFixture fixture;
    using Kind = kartoteka::Organization::Kind;
    fixture.addOrganization(QStringLiteral("Alpha"), {}, QStringLiteral("Kazan"), {}, Kind::Client);
    const qint64 beta = fixture.addOrganization(QStringLiteral("Beta"), {}, QStringLiteral("Omsk"), {}, Kind::Prospect);
    const qint64 gamma = fixture.addOrganization(QStringLiteral("Gamma"), {}, QStringLiteral("Kazan"), {}, Kind::Client);
    kartoteka::OrganizationRepository repository(fixture.database.connection());
    kartoteka::Organization withManager = *repository.get(beta);
    withManager.managerId = fixture.manager;
    REQUIRE_FALSE(repository.update(withManager));
    REQUIRE_FALSE(repository.archive(gamma));
    fixture.reopen();
    fixture.showContacts();
    CHECK(fixture.names() == QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta")}));

    auto choose = [&](const char *name, const QString &text) {
        auto *combo = child<QComboBox>(fixture.page, name);
        const int index = combo->findText(text);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
        Q_EMIT combo->activated(index);
    };
    choose("kindFilter", QStringLiteral("Client"));
    CHECK(fixture.names() == QStringList({QStringLiteral("Alpha")}));
    QTest::mouseClick(child<QCheckBox>(fixture.page, "showArchived"), Qt::LeftButton);
    CHECK(fixture.names() == QStringList({QStringLiteral("Alpha"), QStringLiteral("Gamma")}));
    CHECK(fixture.model()->index(1, 0).data(OrganizationListModel::ArchivedRole).toBool());
    choose("kindFilter", QStringLiteral("Any kind"));
    choose("cityFilter", QStringLiteral("Omsk"));
    CHECK(fixture.names() == QStringList({QStringLiteral("Beta")}));
    choose("cityFilter", QStringLiteral("Any city"));
    choose("managerFilter", QString::fromUtf8("Анна Иванова"));
    CHECK(fixture.names() == QStringList({QStringLiteral("Beta")}));
    CHECK(fixture.model()->index(0, OrganizationListModel::Manager).data().toString()
          == QString::fromUtf8("Анна Иванова"));
    choose("kindFilter", QStringLiteral("Supplier"));
    CHECK(fixture.model()->rowCount() == 0);
    CHECK(child<QLabel>(fixture.page, "countLabel")->text() == QStringLiteral("No organization matches the filters"));
}

TEST_CASE("the list reads a window of rows as it is scrolled, never all of them", "[contacts]")
{
    ContactsFixture fixture;
    {
        const QSqlDatabase db = fixture.database.connection();
        kartoteka::Transaction transaction(db);
        for (int i = 1; i <= 5000; ++i) {
            REQUIRE(kartoteka::sql::exec(db,
                                         QStringLiteral("INSERT INTO organizations (name, created_at, updated_at) "
                                                        "VALUES (?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                                         {QStringLiteral("Org %1").arg(i, 4, 10, QLatin1Char('0'))}));
        }
        REQUIRE_FALSE(transaction.commit());
    }
    fixture.reopen();
    fixture.showContacts();
    OrganizationListModel *model = fixture.model();
    QTableView *view = fixture.list();
    CHECK(model->rowCount() == 5000);
    CHECK(model->loadedRowCount() <= OrganizationListModel::pageSize);
    CHECK(view->model()->index(0, 0).data().toString() == QStringLiteral("Org 0001"));

    // A jump to the end reads the last page only, a moment later.
    view->scrollToBottom();
    const QModelIndex last = model->index(4999, 0);
    REQUIRE(QTest::qWaitFor([&] { return last.data().toString() == QStringLiteral("Org 5000"); }));
    CHECK(model->loadedRowCount() <= 3 * OrganizationListModel::pageSize);

    // Scrolling down page by page reads the pages next to those read, and forgets old ones.
    view->setFocus();
    view->setCurrentIndex(model->index(0, 0));
    int previous = model->loadedRowCount();
    bool grew = false;
    for (int step = 0; step < 400 && view->currentIndex().row() < 4999; ++step) {
        QTest::keyClick(view, Qt::Key_PageDown);
        grew = grew || model->loadedRowCount() > previous;
        previous = model->loadedRowCount();
        REQUIRE(model->loadedRowCount() <= OrganizationListModel::cachedPages * OrganizationListModel::pageSize);
    }
    CHECK(grew);
    CHECK(view->currentIndex().row() == 4999);
    CHECK(model->idAt(2500) != 0);
    const QModelIndex middle = model->index(2500, 0);
    CHECK(middle.data().toString() == QStringLiteral("Org 2501"));
    CHECK(model->loadedRowCount() < 5000);
}

TEST_CASE("typing in the search box shows what matches, and clearing it brings the list back", "[contacts]")
{
    ContactsFixture fixture;
    const qint64 romashka = fixture.addOrganization(QString::fromUtf8("ООО «Ромашка»"), QStringLiteral("7707083893"),
                                                    QString::fromUtf8("Москва"), QStringLiteral("+74959120313"));
    fixture.addOrganization(QString::fromUtf8("Василёк"), {}, QString::fromUtf8("Казань"), QStringLiteral("+78432000000"));
    fixture.addOrganization(QStringLiteral("Gamma Trade"));
    kartoteka::Person person;
    person.organizationId = romashka;
    person.fullName = QString::fromUtf8("Петров Пётр");
    person.phones = QStringLiteral("+79161234567");
    REQUIRE_FALSE(kartoteka::PersonRepository(fixture.database.connection()).create(person));
    fixture.reopen();
    fixture.showContacts();
    QLineEdit *box = fixture.searchBox();
    SearchResultsModel *found = fixture.page->searchModel();

    typeText(box, QString::fromUtf8("ромаш"));
    CHECK_FALSE(fixture.page->isSearching()); // waits for a pause in the typing
    REQUIRE(QTest::qWaitFor([&] { return fixture.page->isSearching(); }, 2000));
    CHECK(fixture.found()->isVisible());
    REQUIRE(found->rowCount() == 1);
    CHECK(found->index(0, SearchResultsModel::Name).data().toString() == QString::fromUtf8("ООО «Ромашка»"));

    SECTION("a phone typed in another format")
    {
        box->clear();
        QTest::keyClicks(box, QStringLiteral("8 (495) 912-03-13"));
        REQUIRE(QTest::qWaitFor([&] { return fixture.page->isSearching() && found->rowCount() == 1; }, 2000));
        CHECK(found->organizationIdAt(0) == romashka);
        const QString matched = found->index(0, SearchResultsModel::Matched).data().toString();
        CHECK(matched.startsWith(QStringLiteral("phone: ")));
        CHECK(matched.contains(QStringLiteral("912-03-13")));
    }
    SECTION("a contact person, shown with the organization whose card it opens")
    {
        box->clear();
        typeText(box, QString::fromUtf8("петров"));
        REQUIRE(QTest::qWaitFor([&] { return fixture.page->isSearching() && found->rowCount() == 1; }, 2000));
        CHECK(found->index(0, SearchResultsModel::Organization).data().toString() == QString::fromUtf8("ООО «Ромашка»"));
        CHECK(found->index(0, 0).data(SearchResultsModel::IsPersonRole).toBool());
        fixture.clickRow(fixture.found(), 0);
        CHECK(fixture.page->card()->organizationId() == romashka);
    }
    SECTION("ё and е alike, and Enter goes to the first result")
    {
        box->clear();
        typeText(box, QString::fromUtf8("василек"));
        QTest::keyClick(box, Qt::Key_Return);
        REQUIRE(found->rowCount() == 1);
        CHECK(fixture.page->card()->organizationId() == found->organizationIdAt(0));
    }
    SECTION("clearing the box")
    {
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(box, Qt::Key_Backspace);
        CHECK_FALSE(fixture.page->isSearching());
        CHECK(fixture.list()->isVisible());
        CHECK(fixture.model()->rowCount() == 3);
    }
}

TEST_CASE("choosing an organization shows its card: fields, persons, journal and sales", "[contacts]")
{
    ContactsFixture fixture;
    const QSqlDatabase db = fixture.database.connection();
    kartoteka::Organization organization;
    organization.name = QString::fromUtf8("ООО «Ромашка»");
    organization.legalForm = QString::fromUtf8("ООО");
    organization.inn = QStringLiteral("7707083893");
    organization.managerId = fixture.manager;
    organization.priority = kartoteka::Organization::Priority::High;
    organization.phones = QStringLiteral("+74959120313, +74951234567");
    organization.email = QStringLiteral("info@romashka.ru");
    organization.city = QString::fromUtf8("Москва");
    organization.notes = QString::fromUtf8("Звонить после обеда");
    organization.abcClass = QStringLiteral("A");
    organization.xyzClass = QStringLiteral("X");
    organization.classComputedOn = QDate(2026, 11, 1);
    REQUIRE_FALSE(kartoteka::OrganizationRepository(db).create(organization));
    fixture.addOrganization(QStringLiteral("Zeta"));

    kartoteka::PersonRepository persons(db);
    qint64 contactId = 0;
    for (const char *name : {"Петров Пётр", "Иванова Анна"}) {
        kartoteka::Person person;
        person.organizationId = organization.id;
        person.fullName = QString::fromUtf8(name);
        person.phones = QStringLiteral("+79161234567");
        REQUIRE_FALSE(persons.create(person));
        contactId = person.id;
    }
    const qint64 call = kartoteka::TaskTypeRepository(db).findByCode(QStringLiteral("call"))->id;
    const qint64 meeting = kartoteka::TaskTypeRepository(db).findByCode(QStringLiteral("meeting"))->id;
    kartoteka::TaskRepository tasks(db);
    auto addTask = [&](const QString &subject, qint64 type, kartoteka::Task::State state, const QDateTime &start) {
        kartoteka::Task task;
        task.subject = subject;
        task.typeId = type;
        task.state = state;
        task.authorId = fixture.manager;
        task.assigneeId = fixture.manager;
        task.organizationId = organization.id;
        task.personId = contactId;
        task.plannedStart = start;
        REQUIRE_FALSE(tasks.create(task));
    };
    const QDateTime january(QDate(2026, 1, 15), QTime(10, 0), Qt::UTC);
    addTask(QStringLiteral("First call"), call, kartoteka::Task::State::Done, january);
    addTask(QStringLiteral("Meeting"), meeting, kartoteka::Task::State::Done, january.addMonths(1));
    addTask(QStringLiteral("Next call"), call, kartoteka::Task::State::Planned, january.addMonths(11));
    kartoteka::SaleRepository sales(db);
    for (const auto &[date, amount] : {std::pair{QDate::currentDate().addMonths(-1), 1000.0},
                                       std::pair{QDate::currentDate().addYears(-3), 500.0}}) {
        kartoteka::Sale sale;
        sale.organizationId = organization.id;
        sale.date = date;
        sale.amount = amount;
        REQUIRE_FALSE(sales.create(sale));
    }
    kartoteka::CustomField region;
    region.label = QStringLiteral("Region code");
    REQUIRE_FALSE(kartoteka::CustomFieldRepository(db).create(region));
    REQUIRE_FALSE(kartoteka::CustomFieldRepository(db).setValue(region.id, organization.id, QStringLiteral("77")));

    fixture.reopen();
    fixture.showContacts();
    OrganizationCard *card = fixture.page->card();
    CHECK(child<QLabel>(card, "cardPlaceholder")->isVisible());
    // Names sort by their letters' codes: Latin before Cyrillic.
    REQUIRE(fixture.names() == QStringList({QStringLiteral("Zeta"), organization.name}));
    fixture.clickRow(fixture.list(), 1);
    REQUIRE(card->organizationId() == organization.id);

    CHECK(fixture.cardField("cardTitle") == organization.name);
    CHECK(fixture.cardField("field_inn") == QStringLiteral("7707083893"));
    CHECK(fixture.cardField("field_legal_form") == QString::fromUtf8("ООО"));
    CHECK(fixture.cardField("field_manager") == QString::fromUtf8("Анна Иванова"));
    CHECK(fixture.cardField("field_priority") == QStringLiteral("High"));
    CHECK(fixture.cardField("field_city") == QString::fromUtf8("Москва"));
    CHECK(fixture.cardField("field_notes") == organization.notes);
    CHECK(fixture.cardField("field_class").startsWith(QStringLiteral("AX")));
    CHECK(fixture.cardField("field_price_terms") == QStringLiteral("—"));
    CHECK(child<QLabel>(card, QStringLiteral("custom_%1").arg(region.id).toLatin1().constData())->text()
          == QStringLiteral("77"));
    const QString phone = fixture.cardField("field_phone_0");
    CHECK(phone.contains(QStringLiteral("912-03-13")));
    CHECK(phone != QStringLiteral("+74959120313")); // formatted, not as stored
    CHECK(fixture.cardField("field_phone_1").contains(QStringLiteral("123-45-67")));
    CHECK(fixture.cardField("field_last_contact").contains(QStringLiteral("2026")));
    CHECK(fixture.cardField("field_sales_year").contains(QStringLiteral("1 sale")));
    CHECK(fixture.cardField("field_sales_total").contains(QStringLiteral("2 sale")));

    auto *personsList = child<QTreeWidget>(card, "personsList");
    CHECK(personsList->topLevelItemCount() == 2);
    CHECK(personsList->topLevelItem(0)->text(0) == QString::fromUtf8("Иванова Анна"));
    QAbstractItemModel *journal = child<QTableView>(card, "taskJournal")->model();
    const auto cell = [journal](int row, int column) { return journal->index(row, column).data().toString(); };
    REQUIRE(journal->rowCount() == 3);
    CHECK(cell(0, TaskJournalModel::Subject) == QStringLiteral("Next call"));
    CHECK(cell(2, TaskJournalModel::Subject) == QStringLiteral("First call"));
    CHECK(cell(1, TaskJournalModel::Type) == QStringLiteral("Meeting"));
    auto *state = child<QComboBox>(card, "stateFilter");
    state->setCurrentIndex(state->findText(QStringLiteral("Done")));
    CHECK(journal->rowCount() == 2);
    auto *type = child<QComboBox>(card, "typeFilter");
    type->setCurrentIndex(type->findText(QStringLiteral("Call")));
    REQUIRE(journal->rowCount() == 1);
    CHECK(cell(0, TaskJournalModel::Subject) == QStringLiteral("First call"));
    CHECK(child<QLabel>(card, "journalCount")->text().startsWith(QStringLiteral("1 task")));

    SECTION("a phone is copied with one click")
    {
        QTest::mouseClick(child<QToolButton>(card, "field_phone_0_copy"), Qt::LeftButton);
        CHECK(QGuiApplication::clipboard()->text() == phone);
        CHECK(child<QLabel>(fixture.page, "countLabel")->text().contains(phone));
    }
    SECTION("the e-mail address opens the mail program")
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
        auto *email = child<QLabel>(card, "field_email");
        Q_EMIT email->linkActivated(QStringLiteral("mailto:info@romashka.ru"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
        REQUIRE(catcher.urls.size() == 1);
        CHECK(catcher.urls.first() == QUrl(QStringLiteral("mailto:info@romashka.ru")));
        CHECK(email->text().contains(QStringLiteral("href=\"mailto:info@romashka.ru\"")));
    }
    SECTION("a client chosen on the segmentation page opens here")
    {
        const qint64 zeta = fixture.model()->idAt(0);
        fixture.window->showPage(Page::Segmentation);
        auto *segmentation = fixture.window->findChild<kartoteka::ui::SegmentationPage *>();
        Q_EMIT segmentation->organizationActivated(zeta);
        CHECK(fixture.window->currentPage() == Page::Contacts);
        CHECK(card->organizationId() == zeta);
        CHECK(fixture.list()->currentIndex().row() == 0);
    }
}

TEST_CASE("the last contact follows a done task added, moved or deleted elsewhere", "[contacts]")
{
    ContactsFixture fixture;
    const qint64 client = fixture.addOrganization(QStringLiteral("Client"));
    const qint64 other = fixture.addOrganization(QStringLiteral("Other"));
    fixture.reopen();
    fixture.showContacts();
    const int lastContact = OrganizationListModel::LastContact;
    CHECK(fixture.column(fixture.model(), lastContact) == QStringList({QString(), QString()}));

    const QSqlDatabase db = fixture.database.connection();
    kartoteka::Task task;
    task.subject = QStringLiteral("Visit");
    task.typeId = kartoteka::TaskTypeRepository(db).findByCode(QStringLiteral("visit"))->id;
    task.state = kartoteka::Task::State::Done;
    task.authorId = fixture.manager;
    task.organizationId = client;
    task.actualEnd = QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC);
    kartoteka::TaskRepository tasks(db);
    REQUIRE_FALSE(tasks.create(task));
    // Another page is shown and this one again: it reads the list afresh.
    fixture.window->showPage(Page::Tasks);
    fixture.window->showPage(Page::Contacts);
    const QString march = QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat);
    CHECK(fixture.column(fixture.model(), lastContact) == QStringList({march, QString()}));

    task.organizationId = other;
    REQUIRE_FALSE(tasks.update(task));
    fixture.window->showPage(Page::Tasks);
    fixture.window->showPage(Page::Contacts);
    CHECK(fixture.column(fixture.model(), lastContact) == QStringList({QString(), march}));

    fixture.clickHeader(lastContact);
    CHECK(fixture.names() == QStringList({QStringLiteral("Client"), QStringLiteral("Other")}));
    fixture.clickHeader(lastContact);
    CHECK(fixture.names() == QStringList({QStringLiteral("Other"), QStringLiteral("Client")}));

    REQUIRE_FALSE(tasks.remove(task.id));
    fixture.window->showPage(Page::Tasks);
    fixture.window->showPage(Page::Contacts);
    CHECK(fixture.column(fixture.model(), lastContact) == QStringList({QString(), QString()}));
}

TEST_CASE("a read-only database is browsed and searched", "[contacts]")
{
    ContactsFixture fixture;
    const qint64 id = fixture.addOrganization(QString::fromUtf8("ООО «Ромашка»"), QStringLiteral("7707083893"));
    fixture.addOrganization(QStringLiteral("Beta"));
    fixture.database.close();
    REQUIRE(QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::ReadUser));
    fixture.reopen();
    REQUIRE(fixture.window->database().isReadOnly());
    fixture.showContacts();
    CHECK(fixture.model()->rowCount() == 2);
    fixture.clickRow(fixture.list(), 1);
    CHECK(fixture.page->card()->organizationId() == id);
    CHECK(fixture.cardField("field_inn") == QStringLiteral("7707083893"));
    QTest::keyClicks(fixture.searchBox(), QStringLiteral("7707"));
    fixture.page->search();
    CHECK(fixture.page->searchModel()->rowCount() == 1);
    CHECK(fixture.script.errors.isEmpty());
    QFile::setPermissions(fixture.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("an empty database says how to fill the card index", "[contacts]")
{
    ContactsFixture fixture;
    fixture.showContacts();
    CHECK(child<QLabel>(fixture.page, "emptyHint")->isVisible());
    fixture.addOrganization(QStringLiteral("First"));
    fixture.window->showPage(Page::Tasks);
    fixture.window->showPage(Page::Contacts);
    CHECK(fixture.list()->isVisible());
}

// Measurements on a large database, not checks: KARTOTEKA_BENCH_DB names the file (e.g.
// `kartoteka-cli --db /tmp/m.sqlite demo --clients 1000000 --tasks 0 --months 0`).
TEST_CASE("Contacts page timings on a large database", "[.][bench]")
{
    const QString path = qEnvironmentVariable("KARTOTEKA_BENCH_DB");
    if (path.isEmpty())
        FAIL("KARTOTEKA_BENCH_DB is not set");
    WindowFixture fixture(false);
    auto &window = *fixture.window;
    window.resize(1380, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<ContactsPage *>();
    auto *view = page->findChild<QTableView *>(QStringLiteral("organizationList"));
    OrganizationListModel *model = page->listModel();
    QElapsedTimer timer;
    auto ms = [&] { return QString::number(double(timer.nsecsElapsed()) / 1e6, 'f', 1).toStdString(); };

    timer.start();
    REQUIRE(window.database().open(path));
    const std::string openMs = ms();
    window.showPage(Page::Contacts);
    view->repaint();
    QCoreApplication::processEvents();
    REQUIRE(model->index(0, 0).data().toString().size() > 0);
    WARN("open: " << model->rowCount() << " organizations, first rows shown in " << ms()
                  << " ms (of which opening the file, every page reading it: " << openMs << " ms)");
    timer.start();
    model->refresh();
    view->repaint();
    WARN("the list read again (count and first page) and painted: " << ms() << " ms");

    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < OrganizationListModel::ColumnCount; ++column) {
        for (int click = 0; click < 2; ++click) {
            timer.start();
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
            view->repaint();
            REQUIRE_FALSE(model->index(0, 0).data().toString().isEmpty()); // the first row is read, named
            WARN("sort by " << model->headerData(column, Qt::Horizontal).toString().toStdString()
                            << (click == 0 ? " ascending" : " descending") << ": " << ms() << " ms");
        }
    }
    header->setSortIndicator(OrganizationListModel::Name, Qt::AscendingOrder);

    timer.start();
    view->scrollToBottom();
    view->repaint();
    model->loadRequestedPages(); // what the model does 40 ms after the view stops asking
    view->repaint();
    const QModelIndex last = model->index(model->rowCount() - 1, 0);
    REQUIRE(model->idAt(last.row()) != 0);
    WARN("scroll to the end: last rows shown in " << ms() << " ms (plus the 40 ms pause)");

    for (const int percent : {50, 25, 90}) {
        timer.start();
        view->scrollTo(model->index(int(qint64(model->rowCount()) * percent / 100), 0));
        view->repaint();
        const std::string askedMs = ms();
        timer.start();
        model->loadRequestedPages();
        view->repaint();
        REQUIRE(model->idAt(int(qint64(model->rowCount()) * percent / 100)) != 0);
        WARN("jump to " << percent << " %: scrolled and painted empty in " << askedMs << " ms, rows read and shown in "
                        << ms() << " ms (after the 40 ms pause)");
    }

    timer.start();
    view->setFocus();
    view->setCurrentIndex(model->index(model->rowCount() / 2, 0));
    for (int i = 0; i < 100; ++i) {
        QTest::keyClick(view, Qt::Key_PageDown);
        view->repaint();
    }
    WARN("100 × Page Down from the middle: " << ms() << " ms, " << model->loadedRowCount() << " rows held");

    auto *box = page->findChild<QLineEdit *>(QStringLiteral("searchBox"));
    timer.start();
    box->setText(QString::fromUtf8("ромаш"));
    page->search();
    WARN("search: " << page->searchModel()->rowCount() << " found in " << ms() << " ms");
}

#include "test_contacts_page.moc"
