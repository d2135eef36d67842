#include "WorkerProgressDialog.h"

#include "DatabaseWorker.h"

namespace kartoteka::ui {

WorkerProgressDialog::WorkerProgressDialog(DatabaseWorker *worker, const QString &label, QWidget *window)
    : QProgressDialog(label, tr("Cancel"), 0, 100, window)
{
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setValue(0);
    connect(this, &QProgressDialog::canceled, worker, [this, worker] {
        worker->cancel();
        setLabelText(tr("Cancelling…"));
    });
    connect(worker, &DatabaseWorker::progressChanged, this, &QProgressDialog::setValue);
    connect(worker, &DatabaseWorker::finished, this, [this] {
        // Not close(): a progress dialog's close event says "canceled", and the job is done.
        disconnect(this, &QProgressDialog::canceled, nullptr, nullptr);
        hide();
        deleteLater();
    });
}

} // namespace kartoteka::ui
