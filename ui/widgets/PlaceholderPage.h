#pragma once

#include <QWidget>

namespace kartoteka::ui {

// A page a later issue fills in: a heading and a paragraph that say what it will hold.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &heading, const QString &description, QWidget *parent = nullptr);

    QString heading() const { return m_heading; }

private:
    QString m_heading;
};

} // namespace kartoteka::ui
