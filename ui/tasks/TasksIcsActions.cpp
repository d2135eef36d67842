#include "TasksIcsActions.h"

#include "exchange/TasksIcsExport.h"
#include "exchange/TasksIcsImport.h"
#include "storage/DatabaseController.h"
#include "widgets/DatabaseWorker.h"
#include "widgets/WorkerProgressDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QWidget>

namespace kartoteka::ui {

namespace {

QString icsFilter()
{
    return TasksIcsActions::tr("iCalendar files (*.ics *.ical *.ifb);;All files (*)");
}

} // namespace

TasksIcsActions::TasksIcsActions(DatabaseController &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
    , m_worker(new DatabaseWorker(this))
{
    // Queued: a progress window goes first.
    connect(m_worker, &DatabaseWorker::finished, this, &TasksIcsActions::onFinished, Qt::QueuedConnection);
}

TasksIcsActions::~TasksIcsActions() = default;

bool TasksIcsActions::isRunning() const
{
    return m_worker->isRunning();
}

void TasksIcsActions::exportTasks()
{
    if (!m_database.isOpen() || m_worker->isRunning())
        return;
    const QString path = m_database.chooseOutputFile(m_window, tr("Export tasks to iCalendar"),
                                                             QDir::home().filePath(tr("tasks.ics")), icsFilter());
    if (path.isEmpty())
        return;
    const auto user = m_database.currentUser();
    const TaskViewer viewer = user ? TaskViewer::of(*user) : TaskViewer::everything();
    m_importing = false;
    m_path = path;
    m_exported = std::make_shared<qint64>(0);
    m_worker->start(m_database.path(), [path, viewer, exported = m_exported](Database &db, const DatabaseWorker::Progress &) {
        QSaveFile file(path); // the old file is replaced only by a complete export
        if (!file.open(QIODevice::WriteOnly))
            return tr("Cannot write «%1»: %2").arg(path, file.errorString());
        auto written = TasksIcsExport::write(db.connection(), viewer, {}, file);
        if (!written)
            return written.error().message;
        if (!file.commit())
            return tr("Cannot write «%1»: %2").arg(path, file.errorString());
        *exported = *written;
        return QString();
    });
}

void TasksIcsActions::importTasks()
{
    if (!m_database.isOpen() || m_worker->isRunning())
        return;
    const auto user = m_database.currentUser();
    if (m_database.isReadOnly() || !user || user->id <= 0) {
        m_database.dialogs().reportError(m_window, tr("Cannot import a calendar"),
                                         tr("This database is open read-only, or nobody is working in it."));
        return;
    }
    const QString path = m_database.dialogs().chooseOpenFile(m_window, tr("Import an iCalendar file"), QDir::homePath(),
                                                             icsFilter());
    if (path.isEmpty())
        return;
    m_importing = true;
    m_path = path;
    m_report = std::make_shared<ImportReport>();
    auto *progress = new WorkerProgressDialog(m_worker, tr("Importing «%1»…").arg(QFileInfo(path).fileName()), m_window);
    progress->setObjectName(QStringLiteral("icsProgress"));
    progress->setWindowTitle(tr("Import an iCalendar file"));
    const qint64 userId = user->id;
    m_worker->start(m_database.path(), [path, userId, report = m_report](Database &db, const DatabaseWorker::Progress &progress) {
        TasksIcsImport::Options options;
        options.userId = userId;
        options.progress = progress;
        auto done = TasksIcsImport::run(db, path, options);
        if (!done)
            return done.error().message;
        *report = *done;
        return QString();
    });
}

void TasksIcsActions::onFinished(bool succeeded, const QString &error)
{
    if (!succeeded) {
        if (!error.isEmpty())
            m_database.dialogs().reportError(m_window, m_importing ? tr("Cannot import a calendar") : tr("Cannot export tasks"),
                                             error);
        else if (m_worker->isCancelled())
            Q_EMIT message(tr("Cancelled; nothing was written"));
    } else if (!m_importing) {
        Q_EMIT message(tr("Exported %n task(s) to %1", nullptr, int(*m_exported)).arg(QDir::toNativeSeparators(m_path)));
    } else {
        const ImportReport &report = *m_report;
        Q_EMIT message(tr("Calendar imported: %1 new, %2 updated, %3 rejected")
                           .arg(report.created)
                           .arg(report.merged)
                           .arg(report.rejected()));
        if (!report.rejects.isEmpty() || !report.warnings.isEmpty()) {
            QStringList lines;
            for (const RejectedRow &row : report.rejects)
                lines.append(tr("Line %1: rejected: %2").arg(row.line).arg(row.reason));
            for (const ImportWarning &warning : report.warnings)
                lines.append(tr("Line %1: %2").arg(warning.line).arg(warning.message));
            m_database.dialogs().reportError(m_window, tr("Some of the calendar was not imported as it is"),
                                             lines.join(QLatin1Char('\n')));
        }
        Q_EMIT tasksImported();
    }
    Q_EMIT finished();
}

} // namespace kartoteka::ui
