#include "ImportTestSupport.h"
#include "TestFiles.h"

#include "importing/ImportUndo.h"
#include "search/ClientSearch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace kartoteka;
using namespace kartoteka::test;

namespace {

// A client list in UTF-8: a client twice (the second row brings the phone and e-mail the
// first lacked), a Chinese one, and a few thousand others.
QString writeClientList(const QTemporaryDir &dir, int others)
{
    const QString path = dir.filePath(QStringLiteral("clients.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    QString text = QStringLiteral("Наименование;ИНН;Контактное лицо;Телефон;Эл. почта;Город\n"
                                  "\"ООО \"\"Первый поток\"\"\";7707083893;Орлов Пётр;;;Москва\n"
                                  "\"ООО \"\"Первый поток\"\"\";7707083893;Кузьмина Ольга;+7 495 123-45-68;kuzmina@potok.ru;Москва\n"
                                  "北京大学出版社;;王伟;+86 10 6275 2015;;北京\n");
    for (int i = 0; i < others; ++i)
        text += QStringLiteral("Клиент номер %1;;Сотрудник %1;+7 916 %2;c%1@example.ru;Тула\n").arg(i).arg(3000000 + i);
    file.write(text.toUtf8());
    return path;
}

std::vector<SearchHit> find(const QSqlDatabase &db, const QString &query)
{
    auto hits = ClientSearch(db).find(query, 50);
    INFO(hits.error().message.toStdString());
    REQUIRE(hits.ok());
    return std::move(hits).value();
}

int organizationsFound(const QSqlDatabase &db, const QString &query)
{
    int count = 0;
    for (const SearchHit &hit : find(db, query))
        count += hit.type == SearchHit::Type::Organization;
    return count;
}

// What the import may leave beside the database for its search index while it runs.
QStringList scratchFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.search-*")}, QDir::Files);
}

// Rows the index itself holds for a trigram, before any check against the tables: a
// contentless index keeps what a delete with other text than was indexed failed to remove.
qint64 indexed(const QSqlDatabase &db, const QString &index, const QString &trigram)
{
    return countOf(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %1 MATCH ?").arg(index),
                   {QString(QLatin1Char('"') + trigram + QLatin1Char('"'))});
}

void checkIndexesSound(const QSqlDatabase &db)
{
    for (const char *index : {"search_organizations", "search_persons"}) {
        INFO(index);
        CHECK(sql::exec(db, QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')").arg(QLatin1String(index))));
    }
    CHECK(countOf(db, QStringLiteral("SELECT suspended FROM search_state")) == 0);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM search_pending_organizations")) == 0);
}

} // namespace

TEST_CASE("An import into an empty database is searchable, merges included, and undoes cleanly", "[import][search]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString list = writeClientList(dir, 2500);
    // Left by an import that was killed: the next one removes it; others' files stay.
    const QString stale = db.path() + QStringLiteral(".search-AbC123");
    const QString unrelated = QDir(db.dir()).filePath(QStringLiteral("notes.search-AbC123"));
    for (const QString &path : {stale, unrelated})
        writeFile(path, "scratch");
    const ImportReport report = runImport(db.database(), list);
    const QSqlDatabase c = db.connection();
    REQUIRE(report.created == 2502);
    REQUIRE(report.merged == 1);

    CHECK(organizationsFound(c, QStringLiteral("первый")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("Москва")) == 1);
    // Filled in by the merge after the row was first indexed.
    CHECK(organizationsFound(c, QStringLiteral("8 495 123-45-68")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("kuzmina@potok")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("大")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("номер 2499")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("9163002499")) == 1);
    CHECK(organizationsFound(c, QStringLiteral("c2499@")) == 1);
    CHECK(find(c, QStringLiteral("сотрудник 2499")).size() == 1);
    CHECK(find(c, QStringLiteral("кузьмина")).size() == 1);
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("тул")) == 2500);
    CHECK(indexed(c, QStringLiteral("search_persons"), QStringLiteral("дни")) == 2500);
    checkIndexesSound(c);
    CHECK(countOf(c, QStringLiteral("SELECT v FROM search_organizations_config WHERE k = 'hashsize'")) == 67108864);
    CHECK(scratchFiles(db.dir()) == QStringList{QStringLiteral("notes.search-AbC123")});
    QFile::remove(unrelated);

    // Undo deletes every row through the triggers, with the very text the index holds.
    REQUIRE_FALSE(ImportUndo::undo(c, report.batchId));
    CHECK(find(c, QStringLiteral("первый")).empty());
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("тул")) == 0);
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("123")) == 0);
    CHECK(indexed(c, QStringLiteral("search_persons"), QStringLiteral("дни")) == 0);
    checkIndexesSound(c);

    // Again into the emptied tables, and then once more beside the rows already there.
    runImport(db.database(), list);
    CHECK(organizationsFound(c, QStringLiteral("первый")) == 1);
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("тул")) == 2500);
    ImportSettings again;
    again.onDuplicate = DuplicatePolicy::Create;
    runImport(db.database(), list, again);
    CHECK(organizationsFound(c, QStringLiteral("первый")) == 3); // created twice more this time
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("тул")) == 5000);
    checkIndexesSound(c);
}

TEST_CASE("A cancelled import writes nothing and leaves the search index as it was", "[import][search]")
{
    TestDatabase db;
    QTemporaryDir dir;
    const QString list = writeClientList(dir, 5000);
    ImportSettings settings;
    settings.backupFirst = false;
    auto plan = ImportPlan::prepare(list, settings);
    REQUIRE(plan);
    ClientImporter importer(db.database());
    SECTION("cancelled while the rows are read")
    {
        int calls = 0;
        auto report = importer.run(*plan, [&](int) { return ++calls < 3; });
        REQUIRE_FALSE(report);
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
    }
    SECTION("cancelled while the indexes are built")
    {
        int rowsPercent = 0;
        int askedWhileIndexing = 0;
        auto report = importer.run(*plan, [&](int percent) {
            if (percent < 90) {
                rowsPercent = std::max(rowsPercent, percent);
                return true;
            }
            return ++askedWhileIndexing < 2; // the rows are all in: cancel once the index builds run
        });
        REQUIRE_FALSE(report);
        CHECK(report.error().message.contains(QStringLiteral("cancelled")));
        CHECK(askedWhileIndexing == 2);
        CHECK(rowsPercent > 50); // the rows filled most of the bar, and left it room for the rest
    }
    CHECK(scratchFiles(db.dir()).isEmpty());
    const QSqlDatabase c = db.connection();
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM organizations")) == 0);
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM import_batches")) == 0);
    CHECK(countOf(c, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'organizations_name'")) == 1);
    CHECK(indexed(c, QStringLiteral("search_organizations"), QStringLiteral("тул")) == 0);
    checkIndexesSound(c);
    runImport(db.database(), list);
    CHECK(organizationsFound(c, QStringLiteral("номер 4999")) == 1);
    checkIndexesSound(c);
}
