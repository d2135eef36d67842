#pragma once

#include "importing/PhoneNormalizer.h"
#include "tasks/TaskFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;

namespace kartoteka::ui {

class CardFields;
class TaskJournalModel;
class TaskJournalView;

// The card of one person, read-only: position, organization (a link that opens its card),
// phones and e-mails one click from the clipboard or the mail program, birthday, notes,
// custom fields, and their journal (the tasks the viewer may see, newest first).
class PersonCard : public QWidget
{
    Q_OBJECT

public:
    explicit PersonCard(QWidget *parent = nullptr);

    void setDatabase(const QSqlDatabase &db);
    void setViewer(const TaskViewer &viewer);
    void showPerson(qint64 personId);
    void reload();
    void clear();
    qint64 personId() const { return m_personId; }
    bool isArchived() const { return m_archived; }
    TaskJournalModel *journal() const;

Q_SIGNALS:
    void copied(const QString &text);
    void organizationActivated(qint64 organizationId);
    void editRequested();
    void taskActivated(qint64 taskId);

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void fillJournal();

    QSqlDatabase m_db;
    qint64 m_personId = 0;
    bool m_archived = false;
    PhoneNormalizer m_phones;

    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QFormLayout *m_form;
    CardFields *m_fields;
    TaskJournalView *m_journal;
};

} // namespace kartoteka::ui
