#include "TestDatabase.h"

#include "contacts/OrganizationRepository.h"
#include "contacts/UserRepository.h"
#include "importing/ImportBatchRepository.h"
#include "importing/ImportChangeRepository.h"
#include "storage/Sql.h"

using namespace kartoteka;

namespace {
ImportBatch batch(const QString &file, ImportBatch::Kind kind = ImportBatch::Kind::Clients)
{
    ImportBatch b;
    b.kind = kind;
    b.filePath = file;
    return b;
}
} // namespace

TEST_CASE("Import codes convert both ways", "[import]")
{
    for (const auto kind : {ImportBatch::Kind::Clients, ImportBatch::Kind::Sales, ImportBatch::Kind::VCard,
                            ImportBatch::Kind::Ics})
        CHECK(ImportBatch::kindFromCode(ImportBatch::kindCode(kind)) == kind);
    CHECK(ImportBatch::kindCode(ImportBatch::Kind::VCard) == QStringLiteral("vcard"));
    for (const auto entity : {ImportChange::Entity::Organization, ImportChange::Entity::Person,
                              ImportChange::Entity::Sale, ImportChange::Entity::Task,
                              ImportChange::Entity::CustomValue})
        CHECK(ImportChange::entityFromCode(ImportChange::entityCode(entity)) == entity);
    CHECK(ImportChange::entityCode(ImportChange::Entity::CustomValue) == QStringLiteral("custom_value"));
    CHECK(ImportChange::actionFromCode(QStringLiteral("updated")) == ImportChange::Action::Updated);
    CHECK_FALSE(ImportBatch::kindFromCode(QStringLiteral("xlsx")));
}

TEST_CASE("An import batch is stored with every column, finished and undone", "[import]")
{
    test::TestDatabase db;
    ImportBatchRepository batches(db.connection());
    User user;
    user.login = user.displayName = QStringLiteral("importer");
    REQUIRE_FALSE(UserRepository(db.connection()).create(user));

    ImportBatch b = batch(QStringLiteral("C:/Выгрузка/клиенты.csv"), ImportBatch::Kind::Sales);
    b.encoding = QStringLiteral("windows-1251");
    b.delimiter = QStringLiteral(";");
    b.mapping = QStringLiteral(R"({"Наименование":"name","ИНН":"inn"})");
    b.profile = QStringLiteral("1C export");
    b.userId = user.id;
    REQUIRE_FALSE(batches.create(b));
    REQUIRE(b.id > 0);

    auto r = batches.get(b.id);
    REQUIRE(r);
    CHECK(r->kind == ImportBatch::Kind::Sales);
    CHECK(r->filePath == b.filePath);
    CHECK(r->encoding == QStringLiteral("windows-1251"));
    CHECK(r->delimiter == QStringLiteral(";"));
    CHECK(r->mapping == b.mapping);
    CHECK(r->profile == QStringLiteral("1C export"));
    CHECK(r->userId == user.id);
    CHECK(r->startedAt == b.startedAt);
    CHECK(r->startedAt.isValid());
    CHECK_FALSE(r->isFinished());
    CHECK_FALSE(r->isUndone());
    CHECK(r->counts.rowsRead == 0);

    ImportCounts counts;
    counts.rowsRead = 120;
    counts.created = 100;
    counts.merged = 12;
    counts.skipped = 5;
    counts.rejected = 3;
    REQUIRE_FALSE(batches.finish(b.id, counts));
    r = batches.get(b.id);
    CHECK(r->isFinished());
    CHECK(r->finishedAt >= r->startedAt);
    CHECK(r->counts.rowsRead == 120);
    CHECK(r->counts.created == 100);
    CHECK(r->counts.merged == 12);
    CHECK(r->counts.skipped == 5);
    CHECK(r->counts.rejected == 3);
    CHECK(batches.finish(b.id, counts).kind == DatabaseError::Kind::Refused);

    REQUIRE_FALSE(batches.markUndone(b.id));
    CHECK(batches.get(b.id)->isUndone());
    CHECK(batches.markUndone(b.id).kind == DatabaseError::Kind::Refused);
    CHECK(batches.markUndone(9999).kind == DatabaseError::Kind::NotFound);
}

TEST_CASE("Invalid import batches are refused", "[import]")
{
    test::TestDatabase db;
    ImportBatchRepository batches(db.connection());
    ImportBatch noFile = batch(QStringLiteral(" "));
    CHECK(batches.create(noFile).kind == DatabaseError::Kind::Invalid);
    ImportBatch unknownUser = batch(QStringLiteral("a.csv"));
    unknownUser.userId = 9999;
    CHECK(batches.create(unknownUser).kind == DatabaseError::Kind::Invalid);

    ImportBatch good = batch(QStringLiteral("a.csv"));
    REQUIRE_FALSE(batches.create(good));
    ImportCounts negative;
    negative.skipped = -1;
    CHECK(batches.finish(good.id, negative).kind == DatabaseError::Kind::Invalid);
    CHECK_FALSE(batches.get(good.id)->isFinished());
    CHECK(batches.list()->size() == 1);
}

TEST_CASE("Import batches are listed newest first", "[import]")
{
    test::TestDatabase db;
    ImportBatchRepository batches(db.connection());
    std::vector<qint64> ids;
    for (const char *file : {"first.csv", "second.vcf", "third.ics"}) {
        ImportBatch b = batch(QString::fromLatin1(file));
        REQUIRE_FALSE(batches.create(b));
        ids.push_back(b.id);
    }
    // An older run imported from another computer's clock still sorts by its start.
    REQUIRE(sql::exec(db.connection(),
                      QStringLiteral("UPDATE import_batches SET started_at = '2020-01-01T00:00:00Z' WHERE id = ?"),
                      {ids[2]}));
    auto list = batches.list();
    REQUIRE(list);
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).id == ids[1]);
    CHECK(list->at(1).id == ids[0]);
    CHECK(list->at(2).id == ids[2]);
}

TEST_CASE("The changes of an import are recorded in order and go with their batch", "[import]")
{
    test::TestDatabase db;
    ImportBatchRepository batches(db.connection());
    ImportChangeRepository changes(db.connection());
    ImportBatch b = batch(QStringLiteral("clients.csv"));
    REQUIRE_FALSE(batches.create(b));
    ImportBatch other = batch(QStringLiteral("other.csv"));
    REQUIRE_FALSE(batches.create(other));

    ImportChange created;
    created.batchId = b.id;
    created.entity = ImportChange::Entity::Organization;
    created.entityId = 7;
    created.action = ImportChange::Action::Created;
    REQUIRE_FALSE(changes.record(created));
    ImportChange updated;
    updated.batchId = b.id;
    updated.entity = ImportChange::Entity::CustomValue;
    updated.entityId = 8;
    updated.action = ImportChange::Action::Updated;
    updated.previous = QStringLiteral(R"({"phones":"+74951234567","city":"Москва"})");
    REQUIRE_FALSE(changes.record(updated));
    ImportChange elsewhere = created;
    elsewhere.batchId = other.id;
    REQUIRE_FALSE(changes.record(elsewhere));

    auto list = changes.listForBatch(b.id);
    REQUIRE(list);
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).id == created.id);
    CHECK(list->at(0).batchId == b.id);
    CHECK(list->at(0).entity == ImportChange::Entity::Organization);
    CHECK(list->at(0).entityId == 7);
    CHECK(list->at(0).action == ImportChange::Action::Created);
    CHECK(list->at(0).previous.isEmpty());
    CHECK(list->at(1).entity == ImportChange::Entity::CustomValue);
    CHECK(list->at(1).entityId == 8);
    CHECK(list->at(1).action == ImportChange::Action::Updated);
    CHECK(list->at(1).previous == updated.previous);

    ImportChange noPrevious = updated;
    noPrevious.previous.clear();
    CHECK(changes.record(noPrevious).kind == DatabaseError::Kind::Invalid);
    ImportChange notJson = updated;
    notJson.previous = QStringLiteral("{phones: ");
    CHECK(changes.record(notJson).kind == DatabaseError::Kind::Invalid);
    ImportChange noBatch = created;
    noBatch.batchId = 9999;
    CHECK(changes.record(noBatch).kind == DatabaseError::Kind::Invalid);

    // Deleting a batch (ON DELETE CASCADE) takes its change log with it.
    REQUIRE(sql::exec(db.connection(), QStringLiteral("DELETE FROM import_batches WHERE id = ?"), {b.id}));
    CHECK(changes.listForBatch(b.id)->empty());
    CHECK(changes.listForBatch(other.id)->size() == 1);
}
