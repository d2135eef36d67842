#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <vector>

namespace kartoteka {

// Two organizations that are probably one, and why.
struct DuplicatePair
{
    enum class Reason { SameInn, SameEmail, SamePhone, SimilarName };

    qint64 first = 0; // the older (lower id) of the two
    qint64 second = 0;
    Reason reason = Reason::SameInn;
    QString detail; // the shared INN, e-mail, phone (digits) or city
};

QString duplicateReasonCode(DuplicatePair::Reason reason); // "inn", "email", "phone", "name"

// Finds probable duplicate organizations among the active ones: the same INN, the same
// e-mail (any case), the same phone number, or very similar names in the same city (the
// same name without legal form and punctuation, or one or two letters apart). A pair is
// listed once, under its strongest reason, in that order; each group of more than two is
// listed as pairs with its oldest member.
class DuplicateFinder
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    // Receives 0..100; returning false cancels the search.
    using Progress = std::function<bool(int percent)>;

    // At most `limit` pairs (0: all), the strongest reasons first.
    static Result<std::vector<DuplicatePair>> find(const QSqlDatabase &db, std::size_t limit = 0,
                                                   const Progress &progress = {});
};

} // namespace kartoteka
