#pragma once

#include "importing/PhoneNormalizer.h"
#include "tasks/TaskFilter.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace kartoteka {
struct Person;
struct User;
}

namespace kartoteka::ui {

class CustomFieldFilters;
class DatabaseController;
class PersonCard;
class PersonListModel;

// The persons of the card index: contact persons of organizations and our own staff, listed
// by name (everyone, contact persons or staff; archived on request), searched as you type,
// with the card of the one chosen beside the list. New, Edit, Archive and Delete go through
// the undo stack.
class PersonsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int searchDelayMs = 150;

    explicit PersonsView(DatabaseController &database, QWidget *parent = nullptr);
    ~PersonsView() override;

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    void setViewer(const TaskViewer &viewer);
    PersonCard *card() const { return m_card; }
    PersonListModel *model() const { return m_list; }

public Q_SLOTS:
    void refresh();
    void showPerson(qint64 personId);
    // Opens the editor for a new person (a contact person of `organizationId` when given).
    void newPerson(std::optional<qint64> organizationId = std::nullopt);
    void editPerson();
    void toggleArchived();
    void deletePerson();

Q_SIGNALS:
    void organizationActivated(qint64 organizationId);
    void taskActivated(qint64 taskId);
    void message(const QString &text);

private:
    void onDatabaseChanged();
    void search();
    void applyFilter();
    void updateActions();
    bool isWritable() const;
    void execute(QUndoCommand *command, const std::function<void()> &done = {});
    std::vector<User> staffUsers() const;
    void reportError(const QString &title, const QString &message);

    DatabaseController &m_database;
    QUndoStack *m_undoStack = nullptr;
    PhoneNormalizer m_phones;
    QLineEdit *m_searchBox;
    QTimer *m_searchTimer;
    QComboBox *m_group;
    QCheckBox *m_showArchived;
    CustomFieldFilters *m_customFilters;
    PersonListModel *m_list;
    QTableView *m_view;
    QLabel *m_count;
    PersonCard *m_card;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_archiveAction;
    QAction *m_deleteAction;
};

} // namespace kartoteka::ui
