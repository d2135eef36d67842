#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// What tasks and deals are grouped under.
struct Project
{
    enum class State { Active, Closed };

    qint64 id = 0;
    QString name;
    QString description;
    std::optional<qint64> organizationId;
    std::optional<qint64> ownerId; // a user
    State state = State::Active;
    QDate startDate;
    QDate endDate;
    QDateTime createdAt;

    static QString stateCode(State state);
    static std::optional<State> stateFromCode(const QString &code);
};

} // namespace kartoteka
