#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace kartoteka::search {

// How text is written into the search index and how a query is cut into what the index can
// answer. The index is FTS5 with the trigram tokenizer (case folded by SQLite); this adds
// what the tokenizer lacks: ё read as е, words that start at a space, and Chinese
// characters listed one by one so that one or two of them can be found too.

// Case folded, ё as е: the form both sides are compared in.
QString fold(const QString &text);
// The digits of each phone in a list ("8 (495) 123-45-67, +7 916 …"), space separated.
QString phoneDigits(const QString &phones);
// The indexed form of some fields: each folded and preceded by a space, then every run of
// Chinese characters spaced out ("北京大学" -> "北 京 大 学").
QString indexText(const QStringList &fields);

struct QueryTerm
{
    QString text;            // folded
    bool phoneDigits = false; // the query was a phone number: match against digits only
};

// The terms of a query: words, or one digits-only term when the query looks like a phone
// number (a leading trunk 8 of an 11-digit Russian number dropped).
std::vector<QueryTerm> queryTerms(const QString &query);
// The FTS5 MATCH expression for one term; empty when the term is too short to look up
// (one letter or digit that is not a Chinese character).
QString matchExpression(const QueryTerm &term);

} // namespace kartoteka::search
