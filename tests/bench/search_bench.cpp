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
#include <map>
#include <random>

using namespace kartoteka;

namespace {

struct Query
{
    QString category; // Cyrillic, Latin, digits, Chinese
    QString text;
};

QString categoryOf(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return QStringLiteral("Chinese");
        if (c.script() == QChar::Script_Cyrillic)
            return QStringLiteral("Cyrillic");
        if (c.script() == QChar::Script_Latin)
            return QStringLiteral("Latin");
    }
    return QStringLiteral("digits");
}

// Queries as people type them: parts of names, phones in their own format, e-mail fragments,
// INN, cities, Chinese; plus pieces of names and phones sampled from the database.
std::vector<Query> queries(const QSqlDatabase &db)
{
    QStringList texts{QStringLiteral("ромашка"),        QStringLiteral("торг"),
                      QStringLiteral("ООО Вектор"),     QStringLiteral("иванов"),
                      QStringLiteral("Петров Алексей"), QStringLiteral("Новосибирск"),
                      QStringLiteral("санкт-петербург"), QStringLiteral("ёлка"),
                      QStringLiteral("northwind"),      QStringLiteral("supply"),
                      QStringLiteral("Miller"),         QStringLiteral("info@volga"),
                      QStringLiteral("8 (495) 912-03"), QStringLiteral("+7 916 123"),
                      QStringLiteral("7700000"),        QStringLiteral("北京"),
                      QStringLiteral("上海贸易"),       QStringLiteral("科技有限公司")};
    std::mt19937 random(7);
    const auto sample = [&](const QString &table, const QString &column) {
        const qint64 last = sql::scalar(db, QStringLiteral("SELECT max(id) FROM %1").arg(table))->toLongLong();
        const qint64 id = std::uniform_int_distribution<qint64>(1, std::max<qint64>(1, last))(random);
        return sql::scalar(db, QStringLiteral("SELECT %1 FROM %2 WHERE id >= ? AND %1 IS NOT NULL LIMIT 1").arg(column, table), {id})
            ->toString();
    };
    for (int i = 0; i < 30; ++i) {
        const QString name = sample(i % 2 ? QStringLiteral("persons") : QStringLiteral("organizations"),
                                    i % 2 ? QStringLiteral("full_name") : QStringLiteral("name"));
        const qsizetype from = std::uniform_int_distribution<qsizetype>(0, std::max<qsizetype>(0, name.size() / 3))(random);
        texts << name.mid(from, 12).trimmed();
    }
    for (int i = 0; i < 10; ++i)
        texts << sample(QStringLiteral("organizations"), QStringLiteral("phones")).mid(4, 7);
    std::vector<Query> result;
    for (const QString &text : texts)
        result.push_back({categoryOf(text), text});
    return result;
}

QString percentiles(std::vector<double> milliseconds)
{
    std::sort(milliseconds.begin(), milliseconds.end());
    const auto at = [&](double q) { return milliseconds[std::size_t(q * double(milliseconds.size() - 1))]; };
    return QStringLiteral("%1 keystrokes: p50 %2 ms, p95 %3 ms, max %4 ms")
        .arg(milliseconds.size(), 4)
        .arg(at(0.5), 0, 'f', 2)
        .arg(at(0.95), 0, 'f', 2)
        .arg(milliseconds.back(), 0, 'f', 2);
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
    std::map<QString, std::vector<double>> byCategory;
    std::vector<double> all;
    for (const Query &query : queries(database.connection())) {
        for (qsizetype typed = 1; typed <= query.text.size(); ++typed) {
            QElapsedTimer timer;
            timer.start();
            auto found = search.find(query.text.left(typed), 50);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (!found) {
                out << "search failed: " << found.error().message << '\n';
                return 1;
            }
            byCategory[query.category].push_back(ms);
            all.push_back(ms);
        }
    }
    for (const auto &[category, milliseconds] : byCategory)
        out << QStringLiteral("  search %1 %2\n").arg(category, -9).arg(percentiles(milliseconds));
    out << QStringLiteral("  search %1 %2\n").arg(QStringLiteral("all"), -9).arg(percentiles(all));
    return 0;
}
