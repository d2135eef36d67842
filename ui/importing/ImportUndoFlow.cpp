#include "ImportUndoFlow.h"

#include "ImportDialogs.h"
#include "importing/ImportUndo.h"

#include <QFileInfo>

namespace kartoteka::ui {

bool ImportUndoFlow::run(QWidget *parent, const QSqlDatabase &db, qint64 batchId, const QString &file,
                         ImportDialogs &dialogs)
{
    const QString title = tr("Undo import");
    const QString question = tr("Undo import #%1 of «%2»? The clients, persons and sales it created are deleted, "
                                "and what it changed is restored.")
                                 .arg(batchId)
                                 .arg(QFileInfo(file).fileName());
    if (!dialogs.confirm(parent, title, question))
        return false;
    if (DatabaseError error = ImportUndo::undo(db, batchId)) {
        dialogs.reportError(parent, tr("The import cannot be undone"),
                            tr("Import #%1 was not undone; nothing was changed.\n%2").arg(batchId).arg(error.message));
        return false;
    }
    dialogs.inform(parent, title, tr("Import #%1 was undone.").arg(batchId));
    return true;
}

} // namespace kartoteka::ui
