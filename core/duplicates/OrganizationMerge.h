#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kartoteka {

// Merges one organization into another, and takes a merge back. The kept organization gets
// the dropped one's persons, tasks, sales, projects, deals and custom values (where it has
// none of its own), its phones added to its own, its notes appended, and every other field
// it lacks; then the dropped one is deleted. Everything the merge changed is recorded
// (organization_merges), so that undo() restores both as they were: the dropped one with its
// id, and what moved back to it.
class OrganizationMerge
{
    Q_DECLARE_TR_FUNCTIONS(OrganizationMerge)

public:
    // One transaction; returns the merge's id for undo().
    static Result<qint64> merge(const QSqlDatabase &db, qint64 keptId, qint64 droppedId);
    // Refused when undone already, or when the dropped organization's id has been taken again.
    static DatabaseError undo(const QSqlDatabase &db, qint64 mergeId);
};

} // namespace kartoteka
