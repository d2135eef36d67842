#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kartoteka;
using test::runCli;

namespace {

// A database with the 1C list and the Chinese list imported through the CLI itself.
QString importedDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(QStringLiteral("search.sqlite"));
    for (const char *file : {"clients_1c_cp1251.csv", "clients_gb18030.csv"}) {
        const auto imported = runCli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("clients"),
                                      QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/") + QLatin1String(file)},
                                     dir.path());
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    return db;
}

QJsonArray searchJson(const QString &db, const QString &home, const QStringList &extra)
{
    const auto result = runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("search")} + extra
                                   + QStringList{QStringLiteral("--json")},
                               home);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    REQUIRE(result.json().isArray());
    return result.json().array();
}

} // namespace

TEST_CASE("search --json finds organizations and persons by name part, phone and Chinese characters", "[cli][search]")
{
    QTemporaryDir dir;
    const QString db = importedDatabase(dir);

    const QJsonArray byName = searchJson(db, dir.path(), {QStringLiteral("ВЕТЕР")});
    REQUIRE(byName.size() == 1);
    const QJsonObject org = byName[0].toObject();
    CHECK(org[QStringLiteral("type")].toString() == QStringLiteral("organization"));
    CHECK(org[QStringLiteral("name")].toString() == QStringLiteral("ООО \"Северный ветер\""));
    CHECK(org[QStringLiteral("inn")].toString() == QStringLiteral("7707083893"));
    CHECK(org[QStringLiteral("phone")].toString() == QStringLiteral("+74951234567"));
    CHECK(org[QStringLiteral("email")].toString() == QStringLiteral("orlov@sev-veter.ru"));
    CHECK(org[QStringLiteral("city")].toString() == QStringLiteral("Москва"));
    CHECK(org[QStringLiteral("id")].toInteger() > 0);

    const QJsonArray byPhone = searchJson(db, dir.path(), {QStringLiteral("8 (495) 123-45-67")});
    REQUIRE_FALSE(byPhone.isEmpty());
    CHECK(byPhone[0].toObject()[QStringLiteral("id")] == org[QStringLiteral("id")]);
    CHECK(byPhone[0].toObject()[QStringLiteral("matched")].toString() == QStringLiteral("phone"));

    const QJsonArray byPerson = searchJson(db, dir.path(), {QStringLiteral("орлов")});
    REQUIRE(byPerson.size() >= 1);
    const QJsonObject person = byPerson[0].toObject();
    CHECK(person[QStringLiteral("type")].toString() == QStringLiteral("person"));
    CHECK(person[QStringLiteral("name")].toString() == QStringLiteral("Орлов Пётр Ильич"));
    CHECK(person[QStringLiteral("organization")].toString() == QStringLiteral("ООО \"Северный ветер\""));

    const QJsonArray oneCharacter = searchJson(db, dir.path(), {QStringLiteral("桥")});
    REQUIRE(oneCharacter.size() == 1);
    CHECK(oneCharacter[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("苏州金桥电子有限公司"));
    CHECK(searchJson(db, dir.path(), {QStringLiteral("有限公司"), QStringLiteral("--limit"), QStringLiteral("1")}).size() == 1);
    CHECK(searchJson(db, dir.path(), {QStringLiteral("нет-такого-клиента")}).isEmpty());
}

TEST_CASE("search prints a readable list, and refuses bad options and missing files", "[cli][search]")
{
    QTemporaryDir dir;
    const QString db = importedDatabase(dir);
    const auto text = runCli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("uralchem")}, dir.path());
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("АО \"Уралхим\"")));
    CHECK(text.out.contains(QStringLiteral("email: buh@uralchem.ru")));

    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("search")}, dir.path()).exitCode == 2);
    CHECK(runCli({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"),
                  QStringLiteral("zero")},
                 dir.path())
              .exitCode
          == 2);
    const auto missing = runCli({QStringLiteral("--db"), dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("search"),
                                 QStringLiteral("ветер")},
                                dir.path());
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}
