#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kartoteka {

// A sales opportunity; tasks and sales can point to it.
struct Deal
{
    enum class Stage { Open, Won, Lost };

    qint64 id = 0;
    QString name;
    std::optional<qint64> organizationId;
    std::optional<qint64> projectId;
    std::optional<qint64> ownerId; // a user
    Stage stage = Stage::Open;
    std::optional<double> amount; // the expected or final sum
    QDate openedOn;
    QDate closedOn;
    QDateTime createdAt;

    static QString stageCode(Stage stage);
    static std::optional<Stage> stageFromCode(const QString &code);
};

} // namespace kartoteka
