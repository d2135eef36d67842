#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTableWidget;

namespace kartoteka::ui {

class ImportContext;
class ImportUndoFlow;

// The last page: what the import did (counts, every reject and warning with its line), the
// rejects file to open, and Undo import.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(ImportContext &context, QWidget *parent = nullptr);

    void initializePage() override;

    QString countText(const QString &name) const;

Q_SIGNALS:
    void databaseModified();

private:
    void addCount(const QString &name, const QString &label);
    void openRejects();
    void undo();
    void onUndoFinished(bool undone);

    ImportContext &m_context;
    QLabel *m_headline;
    QWidget *m_counts;
    QTableWidget *m_issues;
    QPushButton *m_openRejects;
    QPushButton *m_undo;
    ImportUndoFlow *m_undoFlow;
    QLabel *m_undoStatus;
};

} // namespace kartoteka::ui
