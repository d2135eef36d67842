#pragma once

#include "tasks/TaskFilter.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QGridLayout;

namespace kartoteka::ui {

// The filters every task journal offers, in one row: the user's part in the task, the period,
// type, state and importance. The journal of a user, an organization, a person, a project and a
// deal all use it, so they filter alike.
class TaskFilterBar : public QWidget
{
    Q_OBJECT

public:
    // The current user's part in the tasks listed.
    enum class Involvement { AllVisible, AssignedToMe, AuthoredByMe, ControlledByMe };
    enum class Period { AnyTime, Today, ThisWeek, ThisDecade, ThisMonth };

    // A page has room for the five in one row; a card beside a list puts them in two.
    enum class Rows { One, Two };

    // With a `settingsKey`, the period and the user's part are remembered between runs.
    explicit TaskFilterBar(Rows rows, const QString &settingsKey = {}, QWidget *parent = nullptr);

    // A choice box sized like the bar's own, for the filters a page adds.
    static QComboBox *newFilterBox(const QString &name, QWidget *parent);
    // A filter of the page's own after the five (e.g. the Tasks page's project and deal).
    void addFilter(QWidget *filter);
    // Offers the task types of `db` (the builtin ones and the user's).
    void setTypes(const QSqlDatabase &db);
    // Adds the choices to `filter`; `me` is the user "my part" refers to.
    void applyTo(TaskFilter &filter, qint64 me) const;

Q_SIGNALS:
    void changed();

private:
    void remember() const;

    QString m_settingsKey;
    int m_perRow;
    QGridLayout *m_grid;
    QComboBox *m_involvement;
    QComboBox *m_period;
    QComboBox *m_type;
    QComboBox *m_state;
    QComboBox *m_importance;
};

} // namespace kartoteka::ui
