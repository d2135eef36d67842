#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace kartoteka {

// Undoes one import batch in one transaction: deletes what it created (tasks, sales, persons,
// organizations) and restores what it changed. Refuses, changing nothing, when what it
// created has since gained history of its own (tasks, sales, persons or changes of later
// imports): undo those first.
class ImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndo)

public:
    // `stillWanted` is asked ten times a second; once it says no, the undo stops and changes
    // nothing.
    static DatabaseError undo(const QSqlDatabase &db, qint64 batchId, const std::function<bool()> &stillWanted = {});

private:
    static Result<QString> blocker(const QSqlDatabase &db, qint64 batchId);
    static DatabaseError restoreChanges(const QSqlDatabase &db, qint64 batchId);
};

} // namespace kartoteka
