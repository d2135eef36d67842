#include "ProblemsLabel.h"

#include <QPushButton>

namespace kartoteka::ui {

void markAsError(QWidget *widget, bool error)
{
    widget->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

ProblemsLabel::ProblemsLabel(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("messageLabel"));
    setWordWrap(true);
    markAsError(this);
}

void ProblemsLabel::setProblems(const QStringList &problems, QPushButton *ok)
{
    setText(problems.join(QLatin1Char('\n')));
    setVisible(!problems.isEmpty());
    ok->setEnabled(problems.isEmpty());
}

} // namespace kartoteka::ui
