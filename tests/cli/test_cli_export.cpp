#include "CliRunner.h"
#include "TestDatabase.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "storage/Sql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

namespace {

void addUser(const QSqlDatabase &db)
{
    User anna;
    anna.login = QStringLiteral("anna");
    anna.displayName = QStringLiteral("Анна Смирнова");
    REQUIRE_FALSE(UserRepository(db).create(anna));
}

// Organizations with every field, tricky text, a custom field, persons, and an archived one.
void fillSource(Database &db)
{
    const QSqlDatabase c = db.connection();
    addUser(c);
    CustomField industry;
    industry.label = QStringLiteral("Отрасль");
    CustomFieldRepository fields(c);
    REQUIRE_FALSE(fields.create(industry));
    OrganizationRepository organizations(c);
    PersonRepository persons(c);

    Organization full;
    full.name = QStringLiteral("ООО \"Северный ветер\"; филиал");
    full.legalForm = QStringLiteral("ООО");
    full.inn = QStringLiteral("7707083893");
    full.kind = Organization::Kind::Partner;
    full.managerId = 1;
    full.priority = Organization::Priority::Key;
    full.priceTerms = QStringLiteral("Скидка 5 %\nот 100 000");
    full.deliveryTerms = QStringLiteral("Самовывоз");
    full.phones = QStringLiteral("+74951234567, +79161234567");
    full.email = QStringLiteral("info@sev-veter.ru");
    full.website = QStringLiteral("https://sev-veter.ru");
    full.city = QStringLiteral("Москва");
    full.address = QStringLiteral("ул. Тверская, д. 7");
    full.notes = QStringLiteral("Две строки:\nвторая");
    full.createdAt = QDateTime(QDate(2024, 3, 1), QTime(0, 0), Qt::UTC);
    REQUIRE_FALSE(organizations.create(full));
    REQUIRE_FALSE(fields.setValue(industry.id, full.id, QStringLiteral("=Машиностроение")));
    for (const char *name : {"Орлов Пётр Ильич", "Зайцева Анна"}) {
        Person person;
        person.organizationId = full.id;
        person.fullName = QString::fromUtf8(name);
        person.position = QStringLiteral("Директор");
        person.phones = QStringLiteral("+79031112233");
        person.emails = QStringLiteral("orlov@sev-veter.ru");
        person.birthday = QDate(1980, 5, 17);
        person.notes = QStringLiteral("Звонить после 10:00\nпо вторникам");
        REQUIRE_FALSE(persons.create(person));
    }

    for (const char *name : {"=HYPERLINK(\"x\")", "'=уже с апострофом", "苏州金桥电子有限公司", "+Плюс"}) {
        Organization plain;
        plain.name = QString::fromUtf8(name);
        plain.createdAt = QDateTime(QDate(2025, 1, 2), QTime(0, 0), Qt::UTC);
        REQUIRE_FALSE(organizations.create(plain));
    }
    Organization archived;
    archived.name = QStringLiteral("В архиве");
    REQUIRE_FALSE(organizations.create(archived));
    REQUIRE_FALSE(organizations.archive(archived.id));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

test::CliResult cli(const QTemporaryDir &home, const QString &db, QStringList arguments)
{
    const auto result = runCli(QStringList{QStringLiteral("--db"), db} + arguments, home.path());
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    return result;
}

} // namespace

TEST_CASE("export organizations and persons imports back unchanged, formulas neutralized", "[cli][export]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source.sqlite"));
    const QString target = dir.filePath(QStringLiteral("target.sqlite"));
    {
        test::TestDatabase unused; // keeps Catch's QString printing in this file
        Database db;
        REQUIRE_FALSE(db.open(source));
        fillSource(db);
        Database other;
        REQUIRE_FALSE(other.open(target));
        addUser(other.connection()); // the manager is found by login
    }
    const QString orgs1 = dir.filePath(QStringLiteral("orgs1.csv"));
    const QString orgs2 = dir.filePath(QStringLiteral("orgs2.csv"));
    const QString people1 = dir.filePath(QStringLiteral("people1.csv"));
    const QString people2 = dir.filePath(QStringLiteral("people2.csv"));
    cli(dir, source, {QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--csv"), orgs1});
    cli(dir, source, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--csv"), people1});

    const QByteArray exported = readAll(orgs1);
    CHECK(exported.startsWith("\xEF\xBB\xBF" "name;legal_form;inn;kind;priority;phone;email;website;city;address;notes;"
                              "manager;created;price_terms;delivery_terms;custom:Отрасль\r\n"));
    const QString text = QString::fromUtf8(exported);
    CHECK(text.contains(QStringLiteral("\r\n\"'=HYPERLINK(\"\"x\"\")\";")));   // guarded, then quoted
    CHECK(text.contains(QStringLiteral("\r\n''=уже с апострофом;")));            // one more apostrophe
    CHECK(text.contains(QStringLiteral("\r\n'+Плюс;")));
    CHECK(text.contains(QStringLiteral(";'=Машиностроение\r\n")));
    CHECK(text.contains(QStringLiteral(";partner;key;'+74951234567, +79161234567;")));
    CHECK(text.contains(QStringLiteral("вторая\";anna;") + sql::fromDate(QDate::currentDate()).toString().left(4)));
    CHECK_FALSE(text.contains(QStringLiteral("В архиве")));
    CHECK(text.count(QStringLiteral("\r\n")) == 1 + 5); // header and five active organizations

    cli(dir, target, {QStringLiteral("import"), QStringLiteral("clients"), orgs1});
    cli(dir, target, {QStringLiteral("import"), QStringLiteral("clients"), people1});
    cli(dir, target, {QStringLiteral("export"), QStringLiteral("organizations"), QStringLiteral("--csv"), orgs2});
    cli(dir, target, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--csv"), people2});
    CHECK(QString::fromUtf8(readAll(orgs2)) == text);
    CHECK(QString::fromUtf8(readAll(people2)) == QString::fromUtf8(readAll(people1)));
    CHECK(QString::fromUtf8(readAll(people1)).count(QStringLiteral("\r\n")) == 1 + 2);

    const auto withArchived = cli(dir, source, {QStringLiteral("export"), QStringLiteral("organizations"),
                                                QStringLiteral("--csv"), QStringLiteral("-"), QStringLiteral("--archived")});
    CHECK(withArchived.out.contains(QStringLiteral("В архиве")));
}

TEST_CASE("export refuses unknown kinds, a missing --csv and unwritable files", "[cli][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    cli(dir, db, {QStringLiteral("stats")});
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("tasks"), QStringLiteral("--csv"),
                  QStringLiteral("-")},
                 dir.path())
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("persons")}, dir.path()).exitCode
          == 2);
    const auto unwritable = runCli({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("persons"),
                                    QStringLiteral("--csv"), dir.filePath(QStringLiteral("no/such/dir/p.csv"))},
                                   dir.path());
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("Cannot write")));
}

TEST_CASE("import vcard adds the contacts to their organizations, reports cards it cannot take, and is undone",
          "[cli][export][vcard]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("db.sqlite"));
    const auto imported = cli(dir, db, {QStringLiteral("import"), QStringLiteral("vcard"),
                                        QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/vcard/mixed_versions.vcf"),
                                        QStringLiteral("--json")});
    const QJsonObject report = imported.json().object();
    CHECK(report[QStringLiteral("created")].toInt() == 2);
    const QJsonArray rejects = report[QStringLiteral("rejects")].toArray();
    REQUIRE(rejects.size() == 2);
    CHECK(rejects[0].toObject()[QStringLiteral("line")].toInt() == 17); // where its BEGIN:VCARD is
    CHECK(rejects[0].toObject()[QStringLiteral("reason")].toString().contains(QStringLiteral("ORG")));
    CHECK(rejects[1].toObject()[QStringLiteral("line")].toInt() == 21);

    const auto persons = cli(dir, db, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--csv"),
                                       QStringLiteral("-")});
    CHECK(persons.out.contains(QStringLiteral("Орлов Пётр;Директор;'+74951234567;orlov@sev-veter.ru;1980-05-17;")));
    CHECK(persons.out.contains(QStringLiteral("Зайцева Анна;;'+79161234567;")));

    // Exported as vCard 4.0 and imported into another database: the same persons.
    const QString cards = dir.filePath(QStringLiteral("persons.vcf"));
    cli(dir, db, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--vcard"), cards,
                  QStringLiteral("--vcard-version"), QStringLiteral("4")});
    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    cli(dir, other, {QStringLiteral("import"), QStringLiteral("vcard"), cards});
    CHECK(cli(dir, other, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--csv"), QStringLiteral("-")}).out
          == persons.out);

    const auto list = cli(dir, db, {QStringLiteral("import"), QStringLiteral("list"), QStringLiteral("--json")});
    CHECK(list.json().array().at(0).toObject()[QStringLiteral("file")].toString().endsWith(QStringLiteral("mixed_versions.vcf")));
    cli(dir, db, {QStringLiteral("import"), QStringLiteral("undo"), QStringLiteral("1")});
    CHECK(cli(dir, db, {QStringLiteral("export"), QStringLiteral("persons"), QStringLiteral("--csv"), QStringLiteral("-")})
              .out.count(QStringLiteral("\r\n"))
          == 1);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("vcard"),
                  dir.filePath(QStringLiteral("missing.vcf"))},
                 dir.path())
              .exitCode
          == 1);
}
