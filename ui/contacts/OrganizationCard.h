#pragma once

#include "importing/PhoneNormalizer.h"
#include "tasks/TaskFilter.h"

#include <QHash>
#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace kartoteka {
struct Organization;
}

namespace kartoteka::ui {

class CardFields;
class TaskJournalView;

// The card of one organization, read-only: every field with its custom fields and sales
// summary, its contact persons, and its journal (newest first, with every journal's filters).
// Phones are shown in the national format and copied with one click; an e-mail address opens
// the mail program (mailto: through QDesktopServices).
class OrganizationCard : public QWidget
{
    Q_OBJECT

public:
    // The journal shows at most this many tasks, newest first.
    static constexpr int journalLimit = 500;

    explicit OrganizationCard(QWidget *parent = nullptr);

    // Reads from `db` from now on; shows nothing until an organization is chosen.
    void setDatabase(const QSqlDatabase &db);
    // Whose eyes the journal is for: a manager does not see others' personal tasks.
    void setViewer(const TaskViewer &viewer);
    void showOrganization(qint64 organizationId);
    // Reads the organization shown again (after changes made elsewhere).
    void reload();
    void clear();
    qint64 organizationId() const { return m_organizationId; }
    // Whether the organization shown is archived.
    bool isArchived() const { return m_archived; }

Q_SIGNALS:
    // A value was put on the clipboard.
    void copied(const QString &text);
    // Another organization (or none: 0) is shown, or the one shown was read again.
    void organizationShown(qint64 organizationId);
    // The card was double-clicked: the user wants to edit the organization.
    void editRequested();
    // The journal's "Add task…" and "Log call…" for the organization shown.
    void addTaskRequested(qint64 organizationId);
    void logCallRequested(qint64 organizationId);
    // A journal row was double-clicked or Enter pressed on it: open that task.
    void taskActivated(qint64 taskId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void fillDetails(const Organization &organization);
    void fillPersons();
    void fillJournal();
    void showError(const QString &message);

    QSqlDatabase m_db;
    qint64 m_organizationId = 0;
    bool m_archived = false;
    PhoneNormalizer m_phones;

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QWidget *m_details;
    QFormLayout *m_form;
    CardFields *m_fields;
    QTreeWidget *m_persons;
    TaskJournalView *m_journal;

    QHash<qint64, QString> m_userNames;
};

} // namespace kartoteka::ui
