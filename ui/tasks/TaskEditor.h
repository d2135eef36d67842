#pragma once

#include "contacts/User.h"
#include "tasks/Task.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace kartoteka::ui {

class ProblemsLabel;

class OptionalDateTimeEdit;
class OrganizationPicker;

// The form of one task with every attribute it has. The contact persons, projects and deals
// offered follow the organization chosen; the users offered are the active ones (and whoever
// the task names already). OK stays disabled while the values are not valid, with the reason
// in red under the form. Choosing the state Done completes the task: 100 % and, unless one is
// recorded, the actual end now. Reads through `db`; writes nothing (the caller pushes a command).
class TaskEditor : public QDialog
{
    Q_OBJECT

public:
    // The reminder choices: seconds before the planned start, or none / a time of its own.
    static constexpr int noReminder = -1;
    static constexpr int customReminder = -2;

    TaskEditor(QSqlDatabase db, const Task &task, QWidget *parent = nullptr);

    // The task with the values entered (id and the fields the form does not show as given).
    Task task() const;
    bool isValid() const { return m_problems.isEmpty(); }
    QStringList problems() const { return m_problems; }

private:
    void fillTypes(qint64 selected);
    void fillUsers(QComboBox *box, std::optional<qint64> selected, bool optional);
    void onOrganizationChanged(std::optional<qint64> organizationId);
    void onStateChanged();
    void onPlannedStartChanged();
    void onAllDayToggled(bool allDay);
    void manageTypes();
    void showReminder(const Task &task);
    QDateTime reminderTime() const;
    void validate();

    QSqlDatabase m_db;
    Task m_original;
    std::vector<User> m_users;
    QStringList m_problems;
    QDateTime m_shownStart; // the planned start before its last change: the end moves with it

    QLineEdit *m_subject;
    QComboBox *m_type;
    QPushButton *m_types;
    QComboBox *m_state;
    QComboBox *m_importance;
    QSpinBox *m_percent;
    OrganizationPicker *m_organization;
    QComboBox *m_person;
    QComboBox *m_project;
    QComboBox *m_deal;
    QComboBox *m_author;
    QComboBox *m_assignee;
    QComboBox *m_controller;
    QCheckBox *m_personal;
    QCheckBox *m_allDay;
    OptionalDateTimeEdit *m_plannedStart;
    OptionalDateTimeEdit *m_plannedEnd;
    OptionalDateTimeEdit *m_actualStart;
    OptionalDateTimeEdit *m_actualEnd;
    OptionalDateTimeEdit *m_review;
    QComboBox *m_reminder;
    QDateTimeEdit *m_reminderTime;
    QDoubleSpinBox *m_expenses;
    QPlainTextEdit *m_content;
    ProblemsLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace kartoteka::ui
