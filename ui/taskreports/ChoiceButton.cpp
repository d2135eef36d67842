#include "ChoiceButton.h"

#include <QMenu>

namespace kartoteka::ui {

ChoiceButton::ChoiceButton(const QString &label, QWidget *parent) : QToolButton(parent), m_label(label)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    updateText();
}

void ChoiceButton::setChoices(const std::vector<std::pair<QVariant, QString>> &choices)
{
    // Restored choices wait for a database that offers them.
    const QVariantList before = m_offered ? chosen() : m_pending;
    m_offered = !choices.empty();
    if (!m_offered)
        m_pending = before;
    menu()->clear();
    QAction *all = menu()->addAction(tr("All"));
    connect(all, &QAction::triggered, this, [this] {
        setChosen({});
        Q_EMIT changed();
    });
    menu()->addSeparator();
    for (const auto &[value, name] : choices) {
        QAction *action = menu()->addAction(name);
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(before.contains(value));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT changed();
        });
    }
    updateText();
}

QVariantList ChoiceButton::chosen() const
{
    QVariantList values;
    for (const QAction *action : menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            values.append(action->data());
    }
    return values;
}

void ChoiceButton::setChosen(const QVariantList &values)
{
    if (!m_offered)
        m_pending = values;
    for (QAction *action : menu()->actions()) {
        if (action->isCheckable()) {
            const QSignalBlocker quiet(action);
            action->setChecked(values.contains(action->data()));
        }
    }
    updateText();
}

void ChoiceButton::toggle(int index)
{
    int i = 0;
    for (QAction *action : menu()->actions()) {
        if (action->isCheckable() && i++ == index)
            action->toggle();
    }
}

void ChoiceButton::updateText()
{
    QStringList names;
    for (const QAction *action : menu()->actions()) {
        if (action->isCheckable() && action->isChecked())
            names.append(action->text());
    }
    QString shown = names.isEmpty() ? tr("all") : names.size() <= 2 ? names.join(QStringLiteral(", "))
                                                                        : tr("%n chosen", "", int(names.size()));
    setText(tr("%1: %2").arg(m_label, shown));
    setToolTip(names.isEmpty() ? tr("%1: all; tick some to report only on them").arg(m_label)
                               : names.join(QStringLiteral(", ")));
}

} // namespace kartoteka::ui
