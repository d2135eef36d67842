#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUndoCommand>

#include <functional>

namespace kartoteka::ui {

// Edit > Undo for merging two organizations: redo merges (OrganizationMerge), undo takes the
// merge back. A failure is reported through `reportError` and leaves the command obsolete.
class MergeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCommand)

public:
    using ReportError = std::function<void(const QString &message)>;

    MergeCommand(QSqlDatabase db, qint64 keptId, qint64 droppedId, const QString &droppedName, ReportError reportError);

    void redo() override;
    void undo() override;
    bool succeeded() const { return m_mergeId != 0; }

private:
    QSqlDatabase m_db;
    qint64 m_keptId;
    qint64 m_droppedId;
    qint64 m_mergeId = 0;
    ReportError m_reportError;
};

} // namespace kartoteka::ui
