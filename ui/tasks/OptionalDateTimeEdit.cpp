#include "OptionalDateTimeEdit.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace kartoteka::ui {

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &name, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(this)), m_edit(new QDateTimeEdit(this))
{
    setObjectName(name);
    m_check->setObjectName(name + QStringLiteral("_set"));
    m_edit->setObjectName(name + QStringLiteral("_value"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setDateTime(QDateTime::currentDateTime());
    m_edit->setEnabled(false);
    setFocusProxy(m_edit);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT valueChanged();
    });
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_check->isChecked())
            Q_EMIT valueChanged();
    });
}

QDateTime OptionalDateTimeEdit::value() const
{
    if (!m_check->isChecked())
        return {};
    if (m_dateOnly)
        return m_edit->date().startOfDay();
    QDateTime value = m_edit->dateTime();
    value.setTime(QTime(value.time().hour(), value.time().minute())); // whole minutes, as shown
    return value;
}

void OptionalDateTimeEdit::setValue(const QDateTime &value)
{
    const QSignalBlocker blockCheck(m_check);
    const QSignalBlocker blockEdit(m_edit);
    m_check->setChecked(value.isValid());
    m_edit->setEnabled(value.isValid());
    if (value.isValid())
        m_edit->setDateTime(value.toLocalTime());
    Q_EMIT valueChanged();
}

void OptionalDateTimeEdit::setDateOnly(bool dateOnly)
{
    m_dateOnly = dateOnly;
    m_edit->setDisplayFormat(dateOnly ? QLocale().dateFormat(QLocale::ShortFormat)
                                      : QLocale().dateTimeFormat(QLocale::ShortFormat));
    Q_EMIT valueChanged();
}

} // namespace kartoteka::ui
