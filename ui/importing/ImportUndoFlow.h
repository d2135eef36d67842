#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

class QWidget;

namespace kartoteka::ui {

struct ImportDialogs;

// "Undo import", as the summary and the history offer it: asks first, undoes the batch on the
// GUI thread's connection (it is quick) and says how it went.
class ImportUndoFlow
{
    Q_DECLARE_TR_FUNCTIONS(ImportUndoFlow)

public:
    // True when the batch was undone; false when the user declined or the undo was refused.
    static bool run(QWidget *parent, const QSqlDatabase &db, qint64 batchId, const QString &file, ImportDialogs &dialogs);
};

} // namespace kartoteka::ui
