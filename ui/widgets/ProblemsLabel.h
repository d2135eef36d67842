#pragma once

#include <QLabel>
#include <QStringList>

class QPushButton;

namespace kartoteka::ui {

// Text that tells of a problem (a failed run, a refused value) is shown in one red everywhere;
// `error` false gives the text its usual colour back.
void markAsError(QWidget *widget, bool error = true);

// Under an editor's fields: what keeps it from being saved, in red, a problem a line; hidden
// while there is none. Its object name is "messageLabel".
class ProblemsLabel : public QLabel
{
public:
    explicit ProblemsLabel(QWidget *parent);

    // Shows `problems` and lets `ok` be pressed only when there are none.
    void setProblems(const QStringList &problems, QPushButton *ok);
};

} // namespace kartoteka::ui
