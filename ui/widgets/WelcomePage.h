#pragma once

#include <QWidget>

class QPushButton;

namespace kartoteka::ui {

// What an empty database shows first: the three ways to get clients into it.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Demo data needs a writable database.
    void setWritable(bool writable);

Q_SIGNALS:
    void importRequested();
    void demoDataRequested();
    void addOrganizationRequested();

private:
    QPushButton *addChoice(const QString &name, const QString &title, const QString &explanation);

    QPushButton *m_demoButton = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace kartoteka::ui
