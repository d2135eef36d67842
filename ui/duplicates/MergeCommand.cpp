#include "MergeCommand.h"

#include "duplicates/OrganizationMerge.h"

namespace kartoteka::ui {

MergeCommand::MergeCommand(QSqlDatabase db, qint64 keptId, qint64 droppedId, const QString &droppedName,
                           ReportError reportError)
    : m_db(std::move(db)), m_keptId(keptId), m_droppedId(droppedId), m_reportError(std::move(reportError))
{
    setText(tr("merge «%1»").arg(droppedName));
}

void MergeCommand::redo()
{
    auto merged = OrganizationMerge::merge(m_db, m_keptId, m_droppedId);
    if (!merged) {
        m_mergeId = 0;
        setObsolete(true); // the stack drops a command that did nothing
        m_reportError(merged.error().message);
        return;
    }
    m_mergeId = *merged;
}

void MergeCommand::undo()
{
    if (DatabaseError error = OrganizationMerge::undo(m_db, m_mergeId)) {
        setObsolete(true);
        m_reportError(error.message);
        return;
    }
    m_mergeId = 0;
}

} // namespace kartoteka::ui
