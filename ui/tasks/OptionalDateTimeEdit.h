#pragma once

#include <QDateTime>
#include <QWidget>

class QCheckBox;
class QDateTimeEdit;

namespace kartoteka::ui {

// A date and time that may be unset: a check box turns the editor on. With dateOnly the time
// is hidden (an all-day task); the value is then the start of the local day.
class OptionalDateTimeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateTimeEdit(const QString &name, QWidget *parent = nullptr);

    // Invalid while unset.
    QDateTime value() const;
    void setValue(const QDateTime &value);
    void setDateOnly(bool dateOnly);
    QCheckBox *checkBox() const { return m_check; }
    QDateTimeEdit *editor() const { return m_edit; }

Q_SIGNALS:
    void valueChanged();

private:
    QCheckBox *m_check;
    QDateTimeEdit *m_edit;
    bool m_dateOnly = false;
};

} // namespace kartoteka::ui
