#include "DuplicateFinder.h"

#include "importing/NameNormalizer.h"
#include "search/SearchText.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kartoteka {

namespace {

// Edit distance, stopping early once it exceeds `limit`.
int distanceAtMost(const QString &a, const QString &b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    std::vector<int> previous(std::size_t(b.size() + 1)), current(std::size_t(b.size() + 1));
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[std::size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        int best = current[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[std::size_t(j)] = std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
            best = std::min(best, current[std::size_t(j)]);
        }
        if (best > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return previous[std::size_t(b.size())];
}

// Collects pairs, each unordered pair once, keeping the first (strongest) reason.
class PairList
{
public:
    explicit PairList(std::size_t limit) : m_limit(limit) {}

    bool isFull() const { return m_limit != 0 && m_pairs.size() >= m_limit; }
    void add(qint64 a, qint64 b, DuplicatePair::Reason reason, const QString &detail)
    {
        if (a == b || isFull())
            return;
        const auto [first, second] = std::minmax(a, b);
        if (!m_seen.contains({first, second})) {
            m_seen.insert({first, second});
            m_pairs.push_back({first, second, reason, detail});
        }
    }
    // Pairs of each group member with the oldest member.
    void addGroup(std::vector<qint64> ids, DuplicatePair::Reason reason, const QString &detail)
    {
        std::sort(ids.begin(), ids.end());
        for (std::size_t i = 1; i < ids.size(); ++i)
            add(ids[0], ids[i], reason, detail);
    }
    std::vector<DuplicatePair> take() { return std::move(m_pairs); }

private:
    std::size_t m_limit;
    QSet<std::pair<qint64, qint64>> m_seen;
    std::vector<DuplicatePair> m_pairs;
};

} // namespace

QString duplicateReasonCode(DuplicatePair::Reason reason)
{
    switch (reason) {
    case DuplicatePair::Reason::SameInn: return QStringLiteral("inn");
    case DuplicatePair::Reason::SameEmail: return QStringLiteral("email");
    case DuplicatePair::Reason::SamePhone: return QStringLiteral("phone");
    case DuplicatePair::Reason::SimilarName: return QStringLiteral("name");
    }
    return {};
}

Result<std::vector<DuplicatePair>> DuplicateFinder::find(const QSqlDatabase &db, std::size_t limit, const Progress &progress)
{
    const auto report = [&](int percent) { return !progress || progress(percent); };
    const DatabaseError cancelled(DatabaseError::Kind::Failed, QString());
    PairList pairs(limit);

    // INN and e-mail: groups straight from SQL, memory stays small on a million rows.
    for (const auto &[reason, key] : {std::pair{DuplicatePair::Reason::SameInn, QStringLiteral("inn")},
                                      std::pair{DuplicatePair::Reason::SameEmail, QStringLiteral("lower(trim(email))")}}) {
        QSqlQuery groups(db);
        groups.setForwardOnly(true);
        // `key` is one of the two fixed expressions above.
        if (!groups.prepare(QStringLiteral("SELECT %1, group_concat(id) FROM organizations WHERE archived_at IS NULL "
                                           "AND coalesce(%1, '') <> '' GROUP BY %1 HAVING count(*) > 1")
                                .arg(key))
            || !groups.exec())
            return DatabaseError::fromSql(groups.lastError());
        while (groups.next()) {
            std::vector<qint64> ids;
            for (const QString &id : groups.value(1).toString().split(QLatin1Char(',')))
                ids.push_back(id.toLongLong());
            pairs.addGroup(std::move(ids), reason, groups.value(0).toString());
        }
        if (!report(reason == DuplicatePair::Reason::SameInn ? 10 : 20))
            return cancelled;
    }

    // Phones and names need each row: one pass collects phone numbers (as 64-bit numbers)
    // and the name keys by city.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT id, coalesce(phones, ''), name, coalesce(city, '') FROM organizations "
                                      "WHERE archived_at IS NULL ORDER BY id"))
        || !query.exec())
        return DatabaseError::fromSql(query.lastError());
    QHash<quint64, std::vector<qint64>> phoneOwners;
    struct Named
    {
        QString city; // folded
        QString key;
        qint64 id;
        QString cityText;
    };
    std::vector<Named> named;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        QStringList numbers = search::phoneDigits(query.value(1).toString()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        numbers.removeDuplicates();
        for (const QString &digits : std::as_const(numbers)) {
            if (digits.size() >= 7 && digits.size() <= 19) // shorter are extensions, not numbers
                phoneOwners[digits.toULongLong()].push_back(id);
        }
        const QString cityText = query.value(3).toString().trimmed();
        named.push_back({search::fold(cityText), normalizedOrganizationName(query.value(2).toString()), id, cityText});
        if (named.size() % 65536 == 0 && !report(20 + int(40 * std::min<std::size_t>(named.size(), 1'000'000) / 1'000'000)))
            return cancelled;
    }
    if (query.lastError().isValid())
        return DatabaseError::fromSql(query.lastError());
    for (auto it = phoneOwners.cbegin(); it != phoneOwners.cend(); ++it) {
        if (it.value().size() > 1)
            pairs.addGroup(it.value(), DuplicatePair::Reason::SamePhone, QString::number(it.key()));
    }
    phoneOwners.clear();
    if (!report(70))
        return cancelled;

    // Names within each city: the same key, or keys a letter or two apart next to each other
    // in sorted order (a typo rarely moves a name far in the alphabet).
    std::sort(named.begin(), named.end(), [](const Named &a, const Named &b) {
        return std::tie(a.city, a.key, a.id) < std::tie(b.city, b.key, b.id);
    });
    for (std::size_t i = 0; i + 1 < named.size() && !pairs.isFull(); ++i) {
        const Named &a = named[i];
        for (std::size_t j = i + 1; j < named.size() && j <= i + 3 && named[j].city == a.city; ++j) {
            const Named &b = named[j];
            const int limit = a.key.size() >= 12 ? 2 : 1; // short names differ by one letter meaningfully
            if (a.key.size() >= 4 && distanceAtMost(a.key, b.key, limit) <= limit)
                pairs.add(a.id, b.id, DuplicatePair::Reason::SimilarName, a.cityText);
        }
    }
    report(100);
    std::vector<DuplicatePair> result = pairs.take();
    std::stable_sort(result.begin(), result.end(), [](const DuplicatePair &a, const DuplicatePair &b) {
        return std::tie(a.reason, a.first, a.second) < std::tie(b.reason, b.first, b.second);
    });
    return result;
}

} // namespace kartoteka
