#include "ClientSearch.h"

#include "SearchText.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace kartoteka {

using search::QueryTerm;

namespace {

// Candidates read from each index before checking and ranking them: enough for a page of
// best matches, few enough to answer every keystroke at once.
constexpr int candidateLimit = 400;

QString firstItem(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n]"));
    return list.section(separators, 0, 0).trimmed();
}

bool termFoundIn(const QueryTerm &term, const QString &value)
{
    if (value.isEmpty())
        return false;
    if (term.phoneDigits)
        return search::phoneDigits(value).remove(QLatin1Char(' ')).contains(term.text)
               || value.contains(term.text);
    return search::fold(value).contains(term.text);
}

// How well a name matches the first term: 0 starts with it, 1 a word starts with it, 2 contains it.
int nameRank(const QString &name, const QueryTerm &term)
{
    const QString folded = search::fold(name);
    const qsizetype at = folded.indexOf(term.text);
    if (at == 0)
        return 0;
    for (qsizetype from = at; from > 0; from = folded.indexOf(term.text, from + 1)) {
        if (!folded.at(from - 1).isLetterOrNumber())
            return 1;
    }
    return 2;
}

struct Candidate
{
    SearchHit hit;
    int rank = 0;
};

// Checks a row against every term; fills the matched field and rank, or returns false.
bool check(Candidate &candidate, const std::vector<QueryTerm> &terms, const QString &phones, const QString &emails)
{
    SearchHit &hit = candidate.hit;
    const std::vector<std::pair<SearchHit::Field, QString>> fields{{SearchHit::Field::Name, hit.name},
                                                                  {SearchHit::Field::Inn, hit.inn},
                                                                  {SearchHit::Field::Phone, phones},
                                                                  {SearchHit::Field::Email, emails},
                                                                  {SearchHit::Field::City, hit.city}};
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const auto found = std::find_if(fields.begin(), fields.end(),
                                        [&](const auto &field) { return termFoundIn(terms[i], field.second); });
        if (found == fields.end())
            return false;
        if (i == 0) {
            hit.matchedField = found->first;
            hit.matchedText = found->second;
            candidate.rank = found->first == SearchHit::Field::Name ? nameRank(hit.name, terms[0])
                                                                      : 2 + int(found->first);
        }
    }
    return true;
}

} // namespace

QString searchTypeCode(SearchHit::Type type)
{
    return type == SearchHit::Type::Organization ? QStringLiteral("organization") : QStringLiteral("person");
}

QString searchFieldCode(SearchHit::Field field)
{
    switch (field) {
    case SearchHit::Field::Name: return QStringLiteral("name");
    case SearchHit::Field::Inn: return QStringLiteral("inn");
    case SearchHit::Field::Phone: return QStringLiteral("phone");
    case SearchHit::Field::Email: return QStringLiteral("email");
    case SearchHit::Field::City: return QStringLiteral("city");
    }
    return {};
}

ClientSearch::ClientSearch(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::vector<SearchHit>> ClientSearch::find(const QString &query, int limit) const
{
    const std::vector<QueryTerm> terms = search::queryTerms(query);
    QStringList expressions;
    for (const QueryTerm &term : terms) {
        const QString expression = search::matchExpression(term);
        if (!expression.isEmpty())
            expressions << expression;
    }
    if (expressions.isEmpty() || limit <= 0)
        return std::vector<SearchHit>();
    const QString match = expressions.join(QLatin1Char(' '));

    // The index names are fixed; the query text is bound.
    struct Source
    {
        SearchHit::Type type;
        QString sql;
    };
    const Source sources[] = {
        {SearchHit::Type::Organization,
         QStringLiteral("SELECT o.id, o.name, 0, '', coalesce(o.inn, ''), coalesce(o.phones, ''), "
                        "coalesce(o.email, ''), coalesce(o.city, ''), o.archived_at IS NOT NULL "
                        "FROM (SELECT rowid AS id FROM search_organizations WHERE search_organizations MATCH ? LIMIT ?) m "
                        "JOIN organizations o ON o.id = m.id")},
        {SearchHit::Type::Person,
         QStringLiteral("SELECT p.id, p.full_name, coalesce(p.organization_id, 0), coalesce(o.name, ''), '', "
                        "coalesce(p.phones, ''), coalesce(p.emails, ''), '', p.archived_at IS NOT NULL "
                        "FROM (SELECT rowid AS id FROM search_persons WHERE search_persons MATCH ? LIMIT ?) m "
                        "JOIN persons p ON p.id = m.id LEFT JOIN organizations o ON o.id = p.organization_id")},
    };

    std::vector<Candidate> found;
    for (const Source &source : sources) {
        QSqlQuery rows(m_db);
        rows.setForwardOnly(true);
        if (!rows.prepare(source.sql))
            return DatabaseError::fromSql(rows.lastError());
        rows.addBindValue(match);
        rows.addBindValue(candidateLimit);
        if (!rows.exec())
            return DatabaseError::fromSql(rows.lastError());
        while (rows.next()) {
            Candidate candidate;
            SearchHit &hit = candidate.hit;
            hit.type = source.type;
            hit.id = rows.value(0).toLongLong();
            hit.name = rows.value(1).toString();
            hit.organizationId = rows.value(2).toLongLong();
            hit.organization = rows.value(3).toString();
            hit.inn = rows.value(4).toString();
            const QString phones = rows.value(5).toString();
            const QString emails = rows.value(6).toString();
            hit.city = rows.value(7).toString();
            hit.archived = rows.value(8).toBool();
            hit.phone = firstItem(phones);
            hit.email = firstItem(emails);
            if (check(candidate, terms, phones, emails))
                found.push_back(std::move(candidate));
        }
        if (rows.lastError().isValid())
            return DatabaseError::fromSql(rows.lastError());
    }

    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        if (a.hit.archived != b.hit.archived)
            return !a.hit.archived;
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.hit.type != b.hit.type)
            return a.hit.type == SearchHit::Type::Organization;
        if (a.hit.name.size() != b.hit.name.size())
            return a.hit.name.size() < b.hit.name.size();
        if (const int byName = a.hit.name.localeAwareCompare(b.hit.name))
            return byName < 0;
        return a.hit.id < b.hit.id;
    });
    std::vector<SearchHit> hits;
    for (std::size_t i = 0; i < found.size() && int(i) < limit; ++i)
        hits.push_back(std::move(found[i].hit));
    return hits;
}

} // namespace kartoteka
