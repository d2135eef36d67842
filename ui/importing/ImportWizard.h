#pragma once

#include <QSqlDatabase>
#include <QWizard>

#include <memory>

namespace kartoteka::ui {

class ImportContext;
struct ImportDialogs;
class RunPage;

// The import of a client list or sales history, page by page: choose the file, check how it
// is read, map its columns, choose the options, run it off the GUI thread, read the summary.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ChooseFile, Preview, Mapping, Options, Run, Summary };

    // `db` is the GUI thread's connection (profiles and undo); the run opens its own.
    ImportWizard(const QString &databasePath, const QSqlDatabase &db, ImportDialogs &dialogs, QWidget *parent = nullptr);
    ~ImportWizard() override;

    ImportContext &context() { return *m_context; }
    bool isRunning() const;

    // While an import runs, Cancel (and Esc) cancel the import instead of closing.
    void reject() override;

Q_SIGNALS:
    // An import wrote to the database, or one was undone: counts and history are stale.
    void databaseModified();

private:
    std::unique_ptr<ImportContext> m_context;
    RunPage *m_run;
};

} // namespace kartoteka::ui
