#pragma once

#include <QProgressDialog>

namespace kartoteka::ui {

class DatabaseWorker;

// The progress window of a DatabaseWorker's job: window-modal, shown once the job has run
// for 300 ms, its bar following the job's progress. Cancel cancels the job and says so while
// the job stops; the window goes away by itself when the job finishes.
class WorkerProgressDialog : public QProgressDialog
{
    Q_OBJECT

public:
    WorkerProgressDialog(DatabaseWorker *worker, const QString &label, QWidget *window);
};

} // namespace kartoteka::ui
