// Search-as-you-type benchmark: types queries into ClientSearch one keystroke at a time on a
// given database and prints the time of each keystroke's query (p50, p95, max).
// Usage: kartoteka_search_bench DATABASE  (run by tests/bench/run.sh on the demo database)
#include "search/ClientSearch.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <random>

using namespace kartoteka;

namespace {

// Queries as people type them: parts of names and words, phones in their own format,
// e-mail fragments, INN, cities, Chinese; plus pieces of names sampled from the database.
QStringList queries(const QSqlDatabase &db)
{
    QStringList list{QStringLiteral("ромашка"),         QStringLiteral("торг"),
                     QStringLiteral("ООО Вектор"),      QStringLiteral("иванов"),
                     QStringLiteral("Петров Алексей"),  QStringLiteral("northwind"),
                     QStringLiteral("supply"),          QStringLiteral("Miller"),
                     QStringLiteral("8 (495) 912-03"),  QStringLiteral("+7 916 123"),
                     QStringLiteral("7700000"),         QStringLiteral("info@volga"),
                     QStringLiteral("Новосибирск"),     QStringLiteral("санкт-петербург"),
                     QStringLiteral("北京"),            QStringLiteral("上海贸易"),
                     QStringLiteral("科技有限公司"),    QStringLiteral("ёлка")};
    std::mt19937 random(7);
    const qint64 organizations = sql::scalar(db, QStringLiteral("SELECT max(id) FROM organizations"))->toLongLong();
    const qint64 persons = sql::scalar(db, QStringLiteral("SELECT max(id) FROM persons"))->toLongLong();
    for (int i = 0; i < 20; ++i) {
        const bool person = i % 2;
        const qint64 id = std::uniform_int_distribution<qint64>(1, std::max<qint64>(1, person ? persons : organizations))(random);
        const QString name = sql::scalar(db, person ? QStringLiteral("SELECT full_name FROM persons WHERE id >= ? LIMIT 1")
                                                    : QStringLiteral("SELECT name FROM organizations WHERE id >= ? LIMIT 1"),
                                         {id})
                                 ->toString();
        const qsizetype from = std::uniform_int_distribution<qsizetype>(0, std::max<qsizetype>(0, name.size() / 3))(random);
        list << name.mid(from, 12).trimmed();
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: kartoteka_search_bench DATABASE\n";
        return 2;
    }
    Database database;
    if (DatabaseError error = database.open(QString::fromLocal8Bit(argv[1]))) {
        out << error.message << '\n';
        return 1;
    }
    const ClientSearch search(database.connection());
    std::vector<double> milliseconds;
    qint64 hits = 0;
    for (const QString &query : queries(database.connection())) {
        for (qsizetype typed = 1; typed <= query.size(); ++typed) {
            QElapsedTimer timer;
            timer.start();
            auto found = search.find(query.left(typed), 50);
            milliseconds.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!found) {
                out << "search failed: " << found.error().message << '\n';
                return 1;
            }
            hits += qint64(found->size());
        }
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double q) { return milliseconds[std::size_t(q * double(milliseconds.size() - 1))]; };
    out << QStringLiteral("%1 keystrokes, %2 results: p50 %3 ms, p95 %4 ms, max %5 ms\n")
               .arg(milliseconds.size())
               .arg(hits)
               .arg(at(0.5), 0, 'f', 2)
               .arg(at(0.95), 0, 'f', 2)
               .arg(milliseconds.back(), 0, 'f', 2);
    return 0;
}
