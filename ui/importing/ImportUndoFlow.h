#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace kartoteka::ui {

class DatabaseWorker;
struct ImportDialogs;

// "Undo import", as the summary and the history offer it: asks first, then undoes the batch
// off the GUI thread on a connection of its own (a million imported rows take half a minute),
// behind a progress window with Cancel, and says how it went.
class ImportUndoFlow : public QObject
{
    Q_OBJECT

public:
    ImportUndoFlow(ImportDialogs &dialogs, QWidget *parent);

    bool isRunning() const;
    // Asks, then starts; does nothing while an undo runs. `finished` follows unless the user
    // declined.
    void start(const QString &databasePath, qint64 batchId, const QString &file);

Q_SIGNALS:
    // undone: the batch was undone; otherwise it was refused, failed or cancelled (and said so).
    void finished(bool undone);

private:
    void onFinished(bool succeeded, const QString &error);

    ImportDialogs &m_dialogs;
    QWidget *m_parent;
    DatabaseWorker *m_worker;
    qint64 m_batchId = 0;
};

} // namespace kartoteka::ui
