#pragma once

#include <QToolButton>
#include <QVariant>

#include <utility>
#include <vector>

namespace kartoteka::ui {

// A filter of a few dozen choices in little room: a button "Types: all ▾" whose menu ticks
// any of them; none ticked means all. The text says what is ticked.
class ChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    ChoiceButton(const QString &label, QWidget *parent = nullptr);

    // The choices offered: (value, name). What was ticked and is still offered stays ticked.
    void setChoices(const std::vector<std::pair<QVariant, QString>> &choices);
    // The values ticked, in the order offered; empty for all.
    QVariantList chosen() const;
    void setChosen(const QVariantList &values);
    // Ticks one more value (keyboard and tests), by its position in the menu.
    void toggle(int index);

Q_SIGNALS:
    void changed();

private:
    void updateText();

    QString m_label;
    bool m_offered = false;  // setChoices has been called
    QVariantList m_pending;  // chosen before any choices were offered (restored settings)
};

} // namespace kartoteka::ui
