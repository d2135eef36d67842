#pragma once

#include <QListWidget>

namespace kartoteka::ui {

// The list of pages at the window's left edge; its row is the page shown.
class Sidebar : public QListWidget
{
    Q_OBJECT

public:
    explicit Sidebar(QWidget *parent = nullptr);

    void addPage(const QIcon &icon, const QString &title);
    QSize sizeHint() const override;
};

} // namespace kartoteka::ui
