#pragma once

#include "contacts/CustomField.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QUndoCommand;
class QUndoStack;

namespace kartoteka::ui {

class DatabaseController;

// One custom field's definition: label, type and, for a choice, the choices (one per line).
class CustomFieldEditor : public QDialog
{
    Q_OBJECT

public:
    CustomFieldEditor(const CustomField &field, bool typeLocked, QWidget *parent = nullptr);
    CustomField field() const;

private:
    void validate();

    CustomField m_original;
    QLineEdit *m_label;
    QComboBox *m_type;
    QPlainTextEdit *m_choices;
    QLabel *m_choicesLabel;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

// Edit > Custom fields…: the extra fields of organizations and of persons, added, changed,
// reordered and deleted through the undo stack.
class CustomFieldsDialog : public QDialog
{
    Q_OBJECT

public:
    CustomFieldsDialog(DatabaseController &database, QUndoStack &undoStack, QWidget *parent = nullptr);

    CustomField::Entity entity() const;
    void setEntity(CustomField::Entity entity);
    QListWidget *list() const { return m_list; }

public Q_SLOTS:
    void addField();
    void editField();
    void deleteField();
    void moveField(int step);
    void reload();

Q_SIGNALS:
    // Definitions changed: lists, cards and editors read them again.
    void fieldsChanged();

private:
    std::optional<CustomField> currentField() const;
    void push(QUndoCommand *command);

    DatabaseController &m_database;
    QUndoStack &m_undoStack;
    QComboBox *m_entity;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace kartoteka::ui
