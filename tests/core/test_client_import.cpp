#include "ImportTestSupport.h"
#include "TestFiles.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/OrganizationRepository.h"
#include "importing/ImportProfileRepository.h"
#include "importing/ImportUndo.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kartoteka;
using namespace kartoteka::test;

TEST_CASE("A 1C export in windows-1251 is read, normalized and its repeated INN merged", "[import][clients]")
{
    TestDatabase db;
    const ImportReport report = runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
    const QSqlDatabase c = db.connection();

    CHECK(report.encoding.compare(QStringLiteral("windows-1251"), Qt::CaseInsensitive) == 0);
    CHECK(report.delimiter == QLatin1Char(';'));
    CHECK(report.rows == 4);
    CHECK(report.created == 3);
    CHECK(report.merged == 1);
    CHECK(report.rejected() == 0);
    CHECK(report.written);
    CHECK(report.fields.value(0) == QStringLiteral("name"));
    CHECK(report.fields.value(1) == QStringLiteral("inn"));
    CHECK(report.fields.value(2) == QStringLiteral("custom:КПП")); // unknown columns are kept
    CHECK(report.fields.value(3) == QStringLiteral("contact"));

    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3);
    const qint64 veter = countOf(c, QStringLiteral("SELECT id FROM organizations WHERE inn = '7707083893'"));
    CHECK(textOf(c, QStringLiteral("SELECT name FROM organizations WHERE id = ?"), {veter})
          == QStringLiteral("ООО \"Северный ветер\""));
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM organizations WHERE id = ?"), {veter}) == QStringLiteral("+74951234567"));
    CHECK(textOf(c, QStringLiteral("SELECT email FROM organizations WHERE id = ?"), {veter})
          == QStringLiteral("orlov@sev-veter.ru"));
    // The repeated INN added its contact person to the organization it already had.
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM persons WHERE organization_id = ?"), {veter}) == 2);
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM persons WHERE full_name = 'Кузьмина Ольга'"))
          == QStringLiteral("+74951234568"));
    CHECK(textOf(c, QStringLiteral("SELECT notes FROM organizations WHERE inn = '6663003127'"))
          == QStringLiteral("Оплата по факту,\r\nотсрочка 30 дней"));
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM organizations WHERE inn = '6663003127'")) == QStringLiteral("+73432223344"));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations WHERE import_batch_id = ?"), {report.batchId}) == 3);
}

TEST_CASE("An Excel UTF-8 list and a Chinese GB18030 list are read", "[import][clients]")
{
    TestDatabase db;
    const ImportReport excel = runImport(db.database(), importFixture("clients_excel_utf8.csv"));
    CHECK(excel.encoding.compare(QStringLiteral("UTF-8"), Qt::CaseInsensitive) == 0);
    CHECK(excel.delimiter == QLatin1Char(','));
    CHECK(excel.created == 3);
    const QSqlDatabase c = db.connection();
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations WHERE name = 'Blue Harbor Foods, Ltd'")) == 1);
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM persons WHERE full_name = 'Emma Clark'")) == QStringLiteral("+442079460018"));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM persons p JOIN organizations o ON o.id = p.organization_id "
                                    "WHERE o.name = 'Pinecrest Supply'")) == 0);

    ImportSettings chinese;
    chinese.defaultRegion = QStringLiteral("CN");
    const ImportReport gb = runImport(db.database(), importFixture("clients_gb18030.csv"), chinese);
    CHECK(gb.encoding.compare(QStringLiteral("GB18030"), Qt::CaseInsensitive) == 0);
    CHECK(gb.created == 2);
    CHECK(gb.warnings.isEmpty());
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM organizations WHERE name = '苏州金桥电子有限公司'"))
          == QStringLiteral("+8613912345678"));
    CHECK(textOf(c, QStringLiteral("SELECT city FROM organizations WHERE name = '青岛海通物流有限公司'")) == QStringLiteral("青岛"));
}

TEST_CASE("Unreadable rows are rejected with their lines, doubtful values are kept with a warning", "[import][clients]")
{
    TestDatabase db;
    QTemporaryDir dir;
    ImportSettings settings;
    settings.rejectsPath = dir.filePath(QStringLiteral("rejects.csv"));
    const ImportReport report = runImport(db.database(), importFixture("clients_damaged.csv"), settings);
    const QSqlDatabase c = db.connection();

    CHECK(report.rows == 6);
    CHECK(report.created == 3);
    REQUIRE(report.rejected() == 3);
    CHECK(report.rejects.at(0).line == 4);
    CHECK(report.rejects.at(0).reason.contains(QStringLiteral("name")));
    CHECK(report.rejects.at(1).line == 5);
    CHECK(report.rejects.at(1).reason.contains(QStringLiteral("8 fields")));
    CHECK(report.rejects.at(2).line == 6);
    CHECK(report.rejects.at(2).reason.contains(QStringLiteral("quoting")));

    // Doubtful optional values: kept as typed, each reported.
    CHECK(textOf(c, QStringLiteral("SELECT inn FROM organizations WHERE name = 'ООО Ромашка'")) == QStringLiteral("7707083894"));
    CHECK(textOf(c, QStringLiteral("SELECT phones FROM organizations WHERE name = 'ООО Лютик'")) == QStringLiteral("не звонить"));
    CHECK(textOf(c, QStringLiteral("SELECT email FROM organizations WHERE name = 'ООО Лютик'")) == QStringLiteral("lutik(at)mail.ru"));
    CHECK(textOf(c, QStringLiteral("SELECT kind FROM organizations WHERE name = 'ООО Василёк'")) == QStringLiteral("supplier"));
    QStringList warnings;
    for (const ImportWarning &warning : report.warnings)
        warnings.append(QStringLiteral("%1: %2").arg(warning.line).arg(warning.message));
    const QString all = warnings.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("2: «7707083894» is not a valid INN")));
    CHECK(all.contains(QStringLiteral("3: «не звонить» is not a valid phone")));
    CHECK(all.contains(QStringLiteral("3: «lutik(at)mail.ru» is not a valid e-mail")));
    CHECK(all.contains(QStringLiteral("3: there is no user «Неизвестный Менеджер»")));
    CHECK(all.contains(QStringLiteral("3: «инопланетянин» is not a known kind")));

    // An unknown column went to a custom field, created on the way.
    CHECK(report.fields.value(5) == QStringLiteral("custom:Отрасль"));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM custom_values v JOIN custom_fields f ON f.id = v.field_id "
                                    "WHERE f.label = 'Отрасль'")) == 2);

    REQUIRE(report.rejectsPath == settings.rejectsPath);
    QFile rejects(report.rejectsPath);
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(rejects.readAll());
    CHECK(text.count(QStringLiteral("\r\n")) == 4); // header and three rows
    CHECK(text.contains(QStringLiteral("\r\n4;")));
    CHECK(text.contains(QStringLiteral("лишнее поле")));
}

TEST_CASE("Strict mode writes nothing when a row is rejected", "[import][clients]")
{
    TestDatabase db;
    ImportSettings strict;
    strict.strict = true;
    const ImportReport report = runImport(db.database(), importFixture("clients_damaged.csv"), strict);
    CHECK_FALSE(report.written);
    CHECK(report.rejected() == 3);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 0);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM custom_fields")) == 0);

    // Warnings alone do not stop a strict import.
    const ImportReport clean = runImport(db.database(), importFixture("clients_1c_cp1251.csv"), strict);
    CHECK(clean.written);
}

TEST_CASE("Duplicates against the database follow the policy", "[import][clients]")
{
    TestDatabase db;
    runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
    const QSqlDatabase c = db.connection();

    SECTION("merge")
    {
        const ImportReport again = runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
        CHECK(again.created == 0);
        CHECK(again.merged == 4);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM persons")) == 4);
    }
    SECTION("skip")
    {
        ImportSettings skip;
        skip.onDuplicate = DuplicatePolicy::Skip;
        const ImportReport again = runImport(db.database(), importFixture("clients_1c_cp1251.csv"), skip);
        CHECK(again.skipped == 4);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3);
    }
    SECTION("create")
    {
        ImportSettings create;
        create.onDuplicate = DuplicatePolicy::Create;
        const ImportReport again = runImport(db.database(), importFixture("clients_1c_cp1251.csv"), create);
        CHECK(again.created == 4);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 7);
    }
}

TEST_CASE("Merging fills empty fields only, and undo restores them", "[import][clients][undo]")
{
    TestDatabase db;
    OrganizationRepository organizations(db.connection());
    Organization existing;
    existing.name = QStringLiteral("Северный ветер, ООО");
    existing.city = QStringLiteral("Химки");
    REQUIRE_FALSE(organizations.create(existing));

    const ImportReport report = runImport(db.database(), importFixture("clients_1c_cp1251.csv"));
    CHECK(report.merged == 2); // matched by name, then by INN
    CHECK(report.created == 2);
    auto merged = organizations.get(existing.id);
    REQUIRE(merged);
    CHECK(merged->inn == QStringLiteral("7707083893"));
    CHECK(merged->phones == QStringLiteral("+74951234567"));
    CHECK(merged->city == QStringLiteral("Химки")); // not empty: kept
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM persons WHERE organization_id = ?"), {existing.id}) == 2);

    REQUIRE_FALSE(ImportUndo::undo(db.connection(), report.batchId));
    auto restored = organizations.get(existing.id);
    REQUIRE(restored);
    CHECK(restored->inn.isEmpty());
    CHECK(restored->phones.isEmpty());
    CHECK(restored->email.isEmpty());
    CHECK(restored->city == QStringLiteral("Химки"));
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 1);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM persons")) == 0);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NOT NULL")) == 1);
    CHECK(ImportUndo::undo(db.connection(), report.batchId).kind == DatabaseError::Kind::Refused);
}

TEST_CASE("An undo that is cancelled, or finds a change record it cannot read, changes nothing", "[import][undo]")
{
    TestDatabase db;
    const QSqlDatabase c = db.connection();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    QByteArray text = "name;phone\n";
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("Client %1;+7 495 %2\n").arg(i).arg(1000000 + i).toUtf8();
    writeFile(path, text);
    const ImportReport report = runImport(db.database(), path);
    REQUIRE(report.created == 3000);

    const auto unchanged = [&] {
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3000);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NULL")) == 1);
        CHECK(countOf(c, QStringLiteral("SELECT suspended FROM search_state")) == 0);
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM search_pending_organizations")) == 0);
    };
    SECTION("cancelled")
    {
        int asked = 0;
        const DatabaseError error = ImportUndo::undo(c, report.batchId, [&asked] { return ++asked < 1; });
        CHECK(asked >= 1);
        CHECK(error.kind == DatabaseError::Kind::Refused);
        CHECK(error.message.contains(QStringLiteral("cancelled")));
        unchanged();
        // Still wanted this time: it runs to the end.
        REQUIRE_FALSE(ImportUndo::undo(c, report.batchId, [] { return true; }));
        CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 0);
    }
    SECTION("a change record that is not JSON")
    {
        // As if the batch had also merged into a client that was there before it.
        REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO import_changes (batch_id, entity, entity_id, action, previous) "
                                            "VALUES (?, 'organization', 1, 'updated', '{\"city\": ')"),
                          {report.batchId}));
        const DatabaseError error = ImportUndo::undo(c, report.batchId);
        CHECK(error.kind == DatabaseError::Kind::Corrupt);
        CHECK(error.message.contains(QStringLiteral("cannot be read")));
        unchanged();
    }
}

TEST_CASE("Undo is refused once imported clients have a history of their own", "[import][undo]")
{
    TestDatabase db;
    const ImportReport report = runImport(db.database(), importFixture("clients_excel_utf8.csv"));
    const QSqlDatabase c = db.connection();
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO users (login, display_name, created_at) VALUES ('u', 'U', '2026-01-01T00:00:00Z')")));
    REQUIRE(sql::exec(c, QStringLiteral("INSERT INTO tasks (subject, type_id, author_id, organization_id, created_at, updated_at) "
                                        "SELECT 'Call', 1, 1, id, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' "
                                        "FROM organizations LIMIT 1")));
    const DatabaseError error = ImportUndo::undo(c, report.batchId);
    CHECK(error.kind == DatabaseError::Kind::Refused);
    CHECK(error.message.contains(QStringLiteral("1 task")));
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 3);
    CHECK(ImportUndo::undo(c, 999).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("A rejects file that cannot be written is said, and the import and its list of rejects stand", "[import][clients]")
{
    TestDatabase db;
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("a-file")), "not a folder");
    ImportSettings settings;
    settings.rejectsPath = dir.filePath(QStringLiteral("a-file/rejects.csv"));
    const ImportReport report = runImport(db.database(), importFixture("clients_damaged.csv"), settings);
    CHECK(report.written);
    CHECK(report.created == 3);
    CHECK(report.rejected() == 3);
    CHECK(report.rejectsPath.isEmpty());
    CHECK(report.rejectsError.contains(QStringLiteral("Cannot write the rejects")));
    CHECK(report.rejectsError.contains(settings.rejectsPath));

    settings.strict = true; // refused: the rejects are all the user gets, so the error is there too
    const ImportReport refused = runImport(db.database(), importFixture("clients_damaged.csv"), settings);
    CHECK_FALSE(refused.written);
    CHECK(refused.rejectsError.contains(settings.rejectsPath));
}

TEST_CASE("Cancelling an import writes nothing", "[import][clients]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("many.csv"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("name;phone\n");
        for (int i = 0; i < 5000; ++i)
            file.write(QStringLiteral("Client %1;+7 495 %2\n").arg(i).arg(1000000 + i).toUtf8());
    }
    ImportSettings settings;
    settings.backupFirst = false;
    auto plan = ImportPlan::prepare(path, settings);
    REQUIRE(plan);
    ClientImporter importer(db.database());
    int calls = 0;
    auto report = importer.run(*plan, [&](int) { return ++calls < 2; });
    REQUIRE_FALSE(report);
    CHECK(report.error().message.contains(QStringLiteral("cancelled")));
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 0);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
}

TEST_CASE("A backup is taken before an import", "[import]")
{
    TestDatabase db;
    runImport(db.database(), importFixture("clients_excel_utf8.csv"));
    ImportSettings settings;
    auto plan = ImportPlan::prepare(importFixture("clients_gb18030.csv"), settings);
    REQUIRE(plan);
    ClientImporter importer(db.database());
    auto report = importer.run(*plan);
    REQUIRE(report);
    REQUIRE(QFileInfo::exists(report->backupPath));
    Database backup;
    REQUIRE_FALSE(backup.open(report->backupPath));
    CHECK(countOf(backup.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 3);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 5);
}

TEST_CASE("The mapping can be overridden and saved as a profile", "[import][mapping]")
{
    TestDatabase db;
    ImportSettings settings;
    settings.mapping.insert(QStringLiteral("Примечание"), QStringLiteral("custom:Условия оплаты"));
    settings.mapping.insert(QStringLiteral("#3"), QStringLiteral("custom:КПП"));
    const ImportReport report = runImport(db.database(), importFixture("clients_1c_cp1251.csv"), settings);
    CHECK(report.fields.value(2) == QStringLiteral("custom:КПП"));
    CHECK(report.fields.value(9) == QStringLiteral("custom:Условия оплаты"));
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations WHERE notes IS NOT NULL")) == 0);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM custom_values v JOIN custom_fields f ON "
                                                  "f.id = v.field_id WHERE f.label = 'КПП'")) == 2);

    ImportProfileRepository profiles(db.connection());
    REQUIRE_FALSE(profiles.save(QStringLiteral("1C"), settings));
    ImportSettings loaded;
    REQUIRE_FALSE(profiles.load(QStringLiteral("1C"), loaded));
    CHECK(loaded.mapping == settings.mapping);
    CHECK(*profiles.names(ImportTarget::Clients) == QStringList{QStringLiteral("1C")});
    ImportSettings sales;
    sales.target = ImportTarget::Sales;
    CHECK(profiles.load(QStringLiteral("1C"), sales).kind == DatabaseError::Kind::Invalid);
    CHECK(profiles.load(QStringLiteral("nope"), loaded).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("A plan refuses unknown columns, unknown fields and a missing name", "[import][mapping]")
{
    ImportSettings badColumn;
    badColumn.mapping.insert(QStringLiteral("Нет такой"), QStringLiteral("name"));
    auto plan = ImportPlan::prepare(importFixture("clients_1c_cp1251.csv"), badColumn);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("no column «Нет такой»")));

    ImportSettings badField;
    badField.mapping.insert(QStringLiteral("ИНН"), QStringLiteral("tax"));
    plan = ImportPlan::prepare(importFixture("clients_1c_cp1251.csv"), badField);
    REQUIRE_FALSE(plan);
    CHECK(plan.error().message.contains(QStringLiteral("not a field")));

    ImportSettings noName;
    noName.mapping.insert(QStringLiteral("Наименование"), QStringLiteral("-"));
    plan = ImportPlan::prepare(importFixture("clients_1c_cp1251.csv"), noName);
    REQUIRE(plan); // it still previews, but cannot run
    CHECK(plan->requiredFieldMissing);
    CHECK(plan->readyToRun().message.contains(QStringLiteral("No column is mapped")));
    TestDatabase db;
    ClientImporter importer(db.database());
    CHECK_FALSE(importer.run(*plan));
}

TEST_CASE("Nothing is imported into a read-only database", "[import]")
{
    TestDatabase db;
    const QString path = db.path();
    db.database().close();
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
    Database readOnly;
    REQUIRE_FALSE(readOnly.open(path));
    auto plan = ImportPlan::prepare(importFixture("clients_excel_utf8.csv"), {});
    REQUIRE(plan);
    ClientImporter importer(readOnly);
    auto report = importer.run(*plan);
    REQUIRE_FALSE(report);
    CHECK(report.error().kind == DatabaseError::Kind::ReadOnly);
}

TEST_CASE("An import into a database another program is writing waits, then says so and writes nothing", "[import]")
{
    TestDatabase db;
    Database importing;
    Database::Options quick;
    quick.busyTimeoutMs = 200;
    REQUIRE_FALSE(importing.open(db.path(), quick));
    auto plan = ImportPlan::prepare(importFixture("clients_excel_utf8.csv"), {});
    REQUIRE(plan);
    {
        Transaction other(db.connection()); // another writer holds the lock
        REQUIRE_FALSE(other.beginError());
        REQUIRE(sql::exec(db.connection(), QStringLiteral("INSERT INTO organizations (name, kind, created_at, updated_at) "
                                                          "VALUES (?, 'client', ?, ?)"),
                          {QStringLiteral("Чужая запись"), QStringLiteral("2026-01-01T00:00:00Z"),
                           QStringLiteral("2026-01-01T00:00:00Z")}));
        ClientImporter importer(importing);
        auto report = importer.run(*plan);
        REQUIRE_FALSE(report);
        CHECK(report.error().kind == DatabaseError::Kind::Locked);
        CHECK(report.error().message.contains(QStringLiteral("locked")));
        REQUIRE_FALSE(other.commit()); // the other writer loses nothing
    }
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM organizations")) == 1);
    CHECK(countOf(db.connection(), QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
    // Once the other writer is done, the same import runs.
    const ImportReport report = runImport(importing, importFixture("clients_excel_utf8.csv"));
    CHECK(report.created == 3);
}

TEST_CASE("Legal form, service priority and price and delivery terms are read, merged and undone", "[import][clients]")
{
    TestDatabase db;
    OrganizationRepository organizations(db.connection());
    Organization existing;
    existing.name = QStringLiteral("Вектор");
    existing.inn = QStringLiteral("7707083893");
    existing.deliveryTerms = QStringLiteral("Своя доставка");
    REQUIRE_FALSE(organizations.create(existing));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("terms.csv"));
    writeFile(path, "Наименование;ОПФ;ИНН;Приоритет;Ценовые условия;Условия поставки\n"
                    "Вектор;ООО;7707083893;ключевой;Скидка 5 %;Самовывоз\n"
                    "Ромашка;АО;;high;;\n"
                    "Лютик;;;очень важный;;\n");

    const ImportReport report = runImport(db.database(), path);
    CHECK(report.merged == 1);
    CHECK(report.created == 2);
    REQUIRE(report.warnings.size() == 1); // "очень важный" is no known priority
    CHECK(report.warnings[0].message.contains(QStringLiteral("очень важный")));
    auto merged = organizations.get(existing.id);
    REQUIRE(merged);
    CHECK(merged->legalForm == QStringLiteral("ООО"));
    CHECK(merged->priceTerms == QStringLiteral("Скидка 5 %"));
    CHECK(merged->deliveryTerms == QStringLiteral("Своя доставка")); // filled already: kept
    CHECK(merged->priority == Organization::Priority::Normal);       // merging fills only empty fields
    const qint64 romashka = countOf(db.connection(), QStringLiteral("SELECT id FROM organizations WHERE name = 'Ромашка'"));
    CHECK(organizations.get(romashka)->priority == Organization::Priority::High);
    CHECK(organizations.get(romashka)->legalForm == QStringLiteral("АО"));

    REQUIRE_FALSE(ImportUndo::undo(db.connection(), report.batchId));
    CHECK(organizations.get(existing.id)->legalForm.isEmpty());
    CHECK(organizations.get(existing.id)->priceTerms.isEmpty());
}

TEST_CASE("Typed custom fields take values as legacy files write them, and a value they cannot hold is left empty with a warning",
          "[import][clients][custom]")
{
    TestDatabase db;
    CustomFieldRepository fields(db.connection());
    const auto define = [&](const char *label, CustomField::Type type, QStringList choices = {}) {
        CustomField field;
        field.label = QString::fromUtf8(label);
        field.type = type;
        field.choices = std::move(choices);
        REQUIRE_FALSE(fields.create(field));
        return field.id;
    };
    const qint64 turnover = define("Оборот", CustomField::Type::Number);
    const qint64 contract = define("Договор от", CustomField::Type::Date);
    const qint64 vip = define("VIP", CustomField::Type::Bool);
    const qint64 segment = define("Сегмент", CustomField::Type::Choice, {QStringLiteral("Опт"), QStringLiteral("Розница")});

    OrganizationRepository organizations(db.connection());
    Organization existing;
    existing.name = QStringLiteral("Вектор");
    existing.inn = QStringLiteral("7707083893");
    REQUIRE_FALSE(organizations.create(existing));
    REQUIRE_FALSE(fields.setValue(vip, existing.id, QStringLiteral("0")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typed.csv"));
    writeFile(path, "Наименование;ИНН;Оборот;Договор от;VIP;Сегмент;Регион\n"
                    "Ромашка;;12 500,50;03.04.2025;да;розница;Урал\n"
                    "Лютик;;много;31.02.2025;возможно;Дилер;\n"
                    // Merged into the organization of the database: its empty fields are filled
                    // (the number in its stored form), its VIP mark is kept.
                    "Вектор;7707083893;1 000;2024-12-01;да;ОПТ;Центр\n");

    ImportSettings settings;
    settings.mapping.insert(QStringLiteral("Оборот"), QStringLiteral("custom:Оборот"));
    settings.mapping.insert(QStringLiteral("Договор от"), QStringLiteral("custom:договор ОТ")); // labels match in any case
    settings.mapping.insert(QStringLiteral("VIP"), QStringLiteral("custom:VIP"));
    settings.mapping.insert(QStringLiteral("Сегмент"), QStringLiteral("custom:Сегмент"));
    settings.mapping.insert(QStringLiteral("Регион"), QStringLiteral("custom:Регион")); // a new text field
    const ImportReport report = runImport(db.database(), path, settings);
    REQUIRE(report.written);
    CHECK(report.created == 2);
    CHECK(report.merged == 1);
    CHECK(report.rejected() == 0);

    const auto valueOf = [&](qint64 field, const char *organization) {
        const qint64 id = countOf(db.connection(), QStringLiteral("SELECT id FROM organizations WHERE name = ?"),
                                  {QString::fromUtf8(organization)});
        const auto value = fields.value(field, id);
        return value ? *value : QStringLiteral("<error>");
    };
    CHECK(valueOf(turnover, "Ромашка") == QStringLiteral("12500.5"));
    CHECK(valueOf(contract, "Ромашка") == QStringLiteral("2025-04-03"));
    CHECK(valueOf(vip, "Ромашка") == QStringLiteral("1"));
    CHECK(valueOf(segment, "Ромашка") == QStringLiteral("Розница"));

    // Лютик is created, with none of the values its fields cannot hold; each one is reported.
    CHECK(valueOf(turnover, "Лютик").isEmpty());
    CHECK(valueOf(contract, "Лютик").isEmpty());
    CHECK(valueOf(vip, "Лютик").isEmpty());
    CHECK(valueOf(segment, "Лютик").isEmpty());
    QStringList warnings;
    for (const ImportWarning &warning : report.warnings)
        warnings.append(QStringLiteral("%1: %2").arg(warning.line).arg(warning.message));
    const QString all = warnings.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(report.warnings.size() == 4);
    CHECK(all.contains(QStringLiteral("3: «много» is not a value of «Оборот»")));
    CHECK(all.contains(QStringLiteral("3: «31.02.2025» is not a value of «Договор от»")));
    CHECK(all.contains(QStringLiteral("3: «возможно» is not a value of «VIP»")));
    CHECK(all.contains(QStringLiteral("3: «Дилер» is not a value of «Сегмент»")));

    CHECK(valueOf(turnover, "Вектор") == QStringLiteral("1000"));
    CHECK(valueOf(contract, "Вектор") == QStringLiteral("2024-12-01"));
    CHECK(valueOf(vip, "Вектор") == QStringLiteral("0")); // filled already: kept
    CHECK(valueOf(segment, "Вектор") == QStringLiteral("Опт"));
    const qint64 region = countOf(db.connection(), QStringLiteral("SELECT id FROM custom_fields WHERE label = 'Регион'"));
    CHECK(valueOf(region, "Вектор") == QStringLiteral("Центр"));

    // Undo takes back what the merge filled and keeps what was there.
    REQUIRE_FALSE(ImportUndo::undo(db.connection(), report.batchId));
    CHECK(valueOf(turnover, "Вектор").isEmpty());
    CHECK(valueOf(segment, "Вектор").isEmpty());
    CHECK(valueOf(vip, "Вектор") == QStringLiteral("0"));
}

TEST_CASE("E-mails in one cell are split on the separators the preview knows, and each is a duplicate key", "[import][clients]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("emails.csv"));
    writeFile(path, "Наименование;Контактное лицо;E-mail\n"
                    "Ромашка;Иванов Иван;\"Info@Romashka.ru; sales@romashka.ru / не почта\"\n"
                    "Ромашка Плюс;Петров Пётр;\"boss@plus.ru\nsales@romashka.ru\"\n");

    const ImportReport report = runImport(db.database(), path);
    REQUIRE(report.written);
    CHECK(report.rejected() == 0);
    // The second line shares sales@romashka.ru with the first: merged into it.
    CHECK(report.created == 1);
    CHECK(report.merged == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings[0].message.contains(QStringLiteral("«не почта» is not a valid e-mail")));
    const QSqlDatabase c = db.connection();
    CHECK(textOf(c, QStringLiteral("SELECT emails FROM persons WHERE full_name = 'Иванов Иван'"))
          == QStringLiteral("info@romashka.ru, sales@romashka.ru, не почта"));
    CHECK(textOf(c, QStringLiteral("SELECT email FROM organizations")) == QStringLiteral("info@romashka.ru"));
    CHECK(textOf(c, QStringLiteral("SELECT emails FROM persons WHERE full_name = 'Петров Пётр'"))
          == QStringLiteral("boss@plus.ru, sales@romashka.ru"));
}

TEST_CASE("Each column's dates are read in the order its own values prove, and only the undecided ones are asked",
          "[import][clients][dates]")
{
    TestDatabase db;
    CustomFieldRepository fields(db.connection());
    CustomField contract;
    contract.label = QStringLiteral("Договор от");
    contract.type = CustomField::Type::Date;
    REQUIRE_FALSE(fields.create(contract));

    QTemporaryDir dir;
    // Birthdays are month first (12/25 proves it), contracts day first (25/12), and the
    // creation dates could be either.
    const QString path = dir.filePath(QStringLiteral("dates.csv"));
    writeFile(path, "Наименование;Контакт;Рождение;Создан;Договор от\n"
                    "Ромашка;Иванов Иван;03/04/1980;03/04/2024;03/04/2025\n"
                    "Лютик;Петров Пётр;12/25/1979;05/06/2024;25/12/2024\n");
    ImportSettings settings;
    settings.mapping.insert(QStringLiteral("Контакт"), QStringLiteral("contact"));
    settings.mapping.insert(QStringLiteral("Рождение"), QStringLiteral("birthday"));
    settings.mapping.insert(QStringLiteral("Создан"), QStringLiteral("created"));
    settings.mapping.insert(QStringLiteral("Договор от"), QStringLiteral("custom:Договор от"));

    auto plan = ImportPlan::prepare(path, settings);
    REQUIRE(plan);
    CHECK(plan->provenDateOrders.value(2) == DateOrder::MonthDay);
    CHECK(plan->provenDateOrders.value(3) == DateOrder::Unknown);
    CHECK(plan->provenDateOrders.value(4) == DateOrder::DayMonth);
    CHECK(plan->ambiguousDateColumns == QStringList{QStringLiteral("Создан")});
    const DatabaseError notReady = plan->readyToRun();
    CHECK(notReady.message.contains(QStringLiteral("«Создан»")));

    // The answer (day first) settles the undecided column; the others keep their own order.
    settings.dateOrder = DateOrder::DayMonth;
    const ImportReport report = runImport(db.database(), path, settings);
    REQUIRE(report.written);
    CHECK(report.warnings.isEmpty());
    const QSqlDatabase c = db.connection();
    CHECK(textOf(c, QStringLiteral("SELECT birthday FROM persons WHERE full_name = 'Иванов Иван'")) == QStringLiteral("1980-03-04"));
    CHECK(textOf(c, QStringLiteral("SELECT birthday FROM persons WHERE full_name = 'Петров Пётр'")) == QStringLiteral("1979-12-25"));
    CHECK(textOf(c, QStringLiteral("SELECT substr(created_at, 1, 10) FROM organizations WHERE name = 'Ромашка'"))
          == QStringLiteral("2024-04-03"));
    const qint64 romashka = countOf(c, QStringLiteral("SELECT id FROM organizations WHERE name = 'Ромашка'"));
    CHECK(fields.value(contract.id, romashka).value() == QStringLiteral("2025-04-03"));
}
