#pragma once

#include "ImportField.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace kartoteka {

// Guesses the field of each file column from its header through a synonym table in Russian,
// English and Chinese (one static table in HeaderMapper.cpp).
// Matching is loose: case, ё/е, spaces and punctuation do not matter, a trailing column number
// ("Телефон 2", "Phone1") is ignored, and a header that contains a synonym as whole words
// ("Телефон контактного лица") matches it with a lower score.
class HeaderMapper
{
public:
    explicit HeaderMapper(ImportTarget target);

    // The comparable key of a header: case-folded, ё→е, full-width ASCII made ASCII, and
    // everything but letters and digits removed. "E-mail", "email" and "EMAIL" give "email".
    static QString normalizedHeader(const QString &header);

    // The field name for a header ("phone", "custom:Отрасль" for export headers), or nullopt.
    std::optional<QString> fieldFor(const QString &header) const;

    // How well a header matches its field: 0 when unknown, 100 for an exact synonym.
    int matchScore(const QString &header) const;

    // One field name per column, "-" for unknown columns. When two columns claim one field the
    // better match keeps it (the first on a tie) and the other gets "-"; phone and contact may be
    // claimed by several columns (several phones; surname, first name and patronymic columns).
    QStringList guess(const QStringList &headers) const;

    // The synonyms the table holds for a field (as written in the table), for tooltips and tests.
    static QStringList synonyms(ImportTarget target, const QString &field);

private:
    struct Match
    {
        QString field;
        int score = 0;
    };
    Match match(const QString &header) const;

    ImportTarget m_target;
    const QHash<QString, QString> &m_keys; // normalized synonym -> field
};

} // namespace kartoteka
