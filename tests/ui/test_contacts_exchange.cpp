#include "UiTestSupport.h"

#include "contacts/ContactsExchange.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "exchange/ContactsCsvExport.h"

#include <QBuffer>
#include <QFile>
#include <QSignalSpy>

using kartoteka::test::WindowFixture;
using kartoteka::ui::ContactsExchange;

namespace {

class ExchangeFixture : public WindowFixture
{
public:
    ExchangeFixture() : exchange(window->findChild<ContactsExchange *>())
    {
        REQUIRE(exchange);
        REQUIRE_FALSE(database.open(path()));
    }

    void addContact(const QString &organizationName, const QString &personName, const QString &phone)
    {
        kartoteka::Organization organization;
        organization.name = organizationName;
        organization.city = QStringLiteral("=HYPERLINK(\"x\")"); // a formula the export must neutralize
        REQUIRE_FALSE(kartoteka::OrganizationRepository(database.connection()).create(organization));
        kartoteka::Person person;
        person.organizationId = organization.id;
        person.fullName = personName;
        person.phones = phone;
        REQUIRE_FALSE(kartoteka::PersonRepository(database.connection()).create(person));
    }

    // Runs `start` and waits for the job to end; returns whether it succeeded. A job that is
    // not running once `start` returns did not start (nothing chosen, or refused at once): it
    // counts as failed, so a job done on the GUI thread fails the tests that expect success.
    bool runToEnd(const std::function<void()> &start)
    {
        QSignalSpy finished(exchange, &ContactsExchange::finished);
        start();
        if (!exchange->isRunning())
            return false;
        REQUIRE(finished.wait(20000));
        return finished.first().first().toBool();
    }

    ContactsExchange *exchange;
    kartoteka::Database database;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("File › Export contacts writes the same CSV as the command line, off the GUI thread", "[exchange]")
{
    ExchangeFixture fixture;
    fixture.addContact(QStringLiteral("Acme"), QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
    const QString file = fixture.file(QStringLiteral("organizations.csv"));
    fixture.script.filesToChoose << file;
    CHECK(fixture.runToEnd([&] { fixture.exchange->exportTo(ContactsExchange::Export::OrganizationsCsv); }));

    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    REQUIRE(kartoteka::ContactsCsvExport::writeOrganizations(fixture.database.connection(), expected));
    CHECK(readFile(file) == expected.data());
    CHECK(readFile(file).contains("'=HYPERLINK"));
    CHECK(fixture.script.errors.isEmpty());
}

TEST_CASE("persons exported as vCard import into another database as contact persons of their organizations", "[exchange]")
{
    QString vcf;
    {
        ExchangeFixture source;
        source.addContact(QStringLiteral("Acme"), QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
        source.addContact(QStringLiteral("Globex"), QStringLiteral("Иванова Анна"), QStringLiteral("+79161234567"));
        vcf = source.file(QStringLiteral("contacts.vcf"));
        CHECK(source.runToEnd([&] { source.exchange->exportTo(ContactsExchange::Export::PersonsVCard, vcf); }));
        QFile::copy(vcf, QDir::temp().filePath(QStringLiteral("kartoteka-exchange-test.vcf")));
    }
    vcf = QDir::temp().filePath(QStringLiteral("kartoteka-exchange-test.vcf"));
    ExchangeFixture target;
    target.script.filesToChoose << vcf;
    CHECK(target.runToEnd([&] { target.exchange->importVCard(); }));
    QFile::remove(vcf);
    CHECK(target.script.errors.isEmpty());
    auto statistics = kartoteka::test::statisticsOf(target.path());
    CHECK(statistics.organizations == 2);
    CHECK(statistics.persons == 2);
    auto persons = kartoteka::PersonRepository(target.database.connection()).listByOrganization(1);
    REQUIRE(persons);
    REQUIRE(persons->size() == 1);
    CHECK(persons->front().phones == QStringLiteral("+74951234567"));
}

TEST_CASE("an export that cannot be written says why and leaves no file", "[exchange]")
{
    ExchangeFixture fixture;
    fixture.addContact(QStringLiteral("Acme"), QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
    const QString file = fixture.file(QStringLiteral("no-such-folder/persons.csv"));
    CHECK_FALSE(fixture.runToEnd([&] { fixture.exchange->exportTo(ContactsExchange::Export::PersonsCsv, file); }));
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("Cannot write")));
    CHECK_FALSE(QFile::exists(file));

    // Cancelling the file question does nothing at all.
    CHECK_FALSE(fixture.runToEnd([&] { fixture.exchange->exportTo(ContactsExchange::Export::PersonsCsv); }));
    CHECK(fixture.script.errors.size() == 1);
}

TEST_CASE("An export is never written over the open database", "[exchange]")
{
    ExchangeFixture fixture;
    fixture.addContact(QStringLiteral("Acme"), QStringLiteral("Petrov Ivan"), QStringLiteral("+74951234567"));
    const QString database = fixture.window->database().path();
    for (const QString &target : QStringList{database, database + QStringLiteral("-wal")}) {
        fixture.script.errors.clear();
        fixture.script.filesToChoose << target;
        CHECK_FALSE(fixture.runToEnd([&] { fixture.exchange->exportTo(ContactsExchange::Export::OrganizationsCsv); }));
        REQUIRE(fixture.script.errors.size() == 1);
        CHECK(fixture.script.errors.first().contains(QStringLiteral("open database")));
    }
    CHECK(kartoteka::test::statisticsOf(database).organizations == 1);
}
