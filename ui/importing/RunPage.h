#pragma once

#include "importing/ImportReport.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;

namespace kartoteka::ui {

class DatabaseWorker;
class ImportContext;

// The fifth page: the import running off the GUI thread on its own connection, with a progress
// bar; the wizard's Cancel (or Esc) cancels it, and a cancelled import writes nothing.
class RunPage : public QWizardPage
{
    Q_OBJECT

public:
    RunPage(ImportContext &context, QWidget *parent = nullptr);
    ~RunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isRunning() const;
    void cancel();

Q_SIGNALS:
    void databaseModified();
    // The run ended: with a report, cancelled or failed.
    void runFinished();

private:
    void onFinished(bool succeeded, const QString &error);
    enum class Buttons { Running, Stopped, Standard };
    void setButtons(Buttons buttons);

    ImportContext &m_context;
    DatabaseWorker *m_worker;
    QLabel *m_status;
    QProgressBar *m_progress;
    std::shared_ptr<std::optional<ImportReport>> m_result; // written by the worker
};

} // namespace kartoteka::ui
