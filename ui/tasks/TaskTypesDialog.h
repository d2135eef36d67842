#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace kartoteka::ui {

// The task types: add one, rename the users' own, recolour any. The types that come with the
// program keep their code and their name (it follows the user's language).
class TaskTypesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaskTypesDialog(QSqlDatabase db, QWidget *parent = nullptr);

    QString colour() const { return m_colour; }
    // The colour the next Add or Save gives (the colour button asks through QColorDialog).
    void setColour(const QString &colour);

public Q_SLOTS:
    void addType();
    void saveType();

Q_SIGNALS:
    void typesChanged();

private:
    void reload(qint64 selected);
    void onSelectionChanged();
    void chooseColour();
    void showError(const QString &message);

    QSqlDatabase m_db;
    QString m_colour = QStringLiteral("#607d8b");
    QListWidget *m_list;
    QLineEdit *m_name;
    QToolButton *m_colourButton;
    QPushButton *m_add;
    QPushButton *m_save;
    QLabel *m_message;
};

} // namespace kartoteka::ui
