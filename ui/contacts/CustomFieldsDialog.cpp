#include "CustomFieldsDialog.h"

#include "widgets/ProblemsLabel.h"

#include "CustomFieldCommands.h"
#include "contacts/CustomFieldRepository.h"
#include "storage/DatabaseController.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

QString typeName(CustomField::Type type)
{
    switch (type) {
    case CustomField::Type::Text: return CustomFieldEditor::tr("Text");
    case CustomField::Type::Number: return CustomFieldEditor::tr("Number");
    case CustomField::Type::Date: return CustomFieldEditor::tr("Date");
    case CustomField::Type::Bool: return CustomFieldEditor::tr("Yes/no");
    case CustomField::Type::Choice: return CustomFieldEditor::tr("Choice from a list");
    }
    return {};
}

QStringList choicesOf(const QString &text)
{
    QStringList choices;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty() && !choices.contains(line.trimmed()))
            choices.append(line.trimmed());
    return choices;
}

} // namespace

CustomFieldEditor::CustomFieldEditor(const CustomField &field, bool typeLocked, QWidget *parent)
    : QDialog(parent)
    , m_original(field)
    , m_label(new QLineEdit(field.label, this))
    , m_type(new QComboBox(this))
    , m_choices(new QPlainTextEdit(field.choices.join(QLatin1Char('\n')), this))
    , m_choicesLabel(new QLabel(tr("&Choices, one per line:"), this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("customFieldEditor"));
    setWindowTitle(field.id == 0 ? tr("New custom field") : tr("Edit custom field"));
    m_label->setObjectName(QStringLiteral("labelEdit"));
    m_type->setObjectName(QStringLiteral("typeBox"));
    for (auto type : {CustomField::Type::Text, CustomField::Type::Number, CustomField::Type::Date,
                      CustomField::Type::Bool, CustomField::Type::Choice})
        m_type->addItem(typeName(type), int(type));
    m_type->setCurrentIndex(m_type->findData(int(field.type)));
    m_type->setEnabled(!typeLocked);
    if (typeLocked)
        m_type->setToolTip(tr("The type of a field that has values cannot change"));
    m_choices->setObjectName(QStringLiteral("choicesEdit"));
    m_choices->setTabChangesFocus(true);
    m_choicesLabel->setBuddy(m_choices);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    markAsError(m_message);
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Type:"), m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_choicesLabel);
    layout->addWidget(m_choices);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_label, &QLineEdit::textChanged, this, &CustomFieldEditor::validate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldEditor::validate);
    connect(m_choices, &QPlainTextEdit::textChanged, this, &CustomFieldEditor::validate);
    validate();
}

void CustomFieldEditor::validate()
{
    const bool choice = m_type->currentData().toInt() == int(CustomField::Type::Choice);
    m_choices->setVisible(choice);
    m_choicesLabel->setVisible(choice);
    QStringList problems;
    if (m_label->text().trimmed().isEmpty())
        problems << tr("Enter the label.");
    if (choice && choicesOf(m_choices->toPlainText()).isEmpty())
        problems << tr("Enter at least one choice.");
    m_message->setText(problems.join(QLatin1Char('\n')));
    m_message->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

CustomField CustomFieldEditor::field() const
{
    CustomField result = m_original;
    result.label = m_label->text().trimmed();
    result.type = CustomField::Type(m_type->currentData().toInt());
    result.choices = result.type == CustomField::Type::Choice ? choicesOf(m_choices->toPlainText()) : QStringList();
    return result;
}

CustomFieldsDialog::CustomFieldsDialog(DatabaseController &database, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_undoStack(undoStack)
    , m_entity(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom fields"));
    m_entity->setObjectName(QStringLiteral("entityBox"));
    m_entity->addItem(tr("Fields of organizations"), int(CustomField::Entity::Organization));
    m_entity->addItem(tr("Fields of persons"), int(CustomField::Entity::Person));
    m_list->setObjectName(QStringLiteral("fieldList"));
    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addButton"));
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_up->setObjectName(QStringLiteral("upButton"));
    m_down->setObjectName(QStringLiteral("downButton"));
    auto *hint = new QLabel(tr("Extra fields show on the cards, in the editors, as list columns and as list "
                               "filters, and are exported as custom:LABEL."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {add, m_edit, m_delete, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list, 1);
    body->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entity);
    layout->addLayout(body, 1);
    layout->addWidget(hint);
    layout->addWidget(close);
    resize(520, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &CustomFieldsDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool chosen = row >= 0;
        m_edit->setEnabled(chosen);
        m_delete->setEnabled(chosen);
        m_up->setEnabled(chosen && row > 0);
        m_down->setEnabled(chosen && row < m_list->count() - 1);
    });
    connect(m_list, &QListWidget::itemActivated, this, &CustomFieldsDialog::editField);
    connect(add, &QPushButton::clicked, this, &CustomFieldsDialog::addField);
    connect(m_edit, &QPushButton::clicked, this, &CustomFieldsDialog::editField);
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsDialog::deleteField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &CustomFieldsDialog::reload);
    reload();
}

CustomField::Entity CustomFieldsDialog::entity() const
{
    return CustomField::Entity(m_entity->currentData().toInt());
}

void CustomFieldsDialog::setEntity(CustomField::Entity entity)
{
    m_entity->setCurrentIndex(m_entity->findData(int(entity)));
}

void CustomFieldsDialog::reload()
{
    const int row = m_list->currentRow();
    m_list->clear();
    auto fields = CustomFieldRepository(m_database.connection()).list(entity());
    if (fields) {
        for (const CustomField &field : *fields) {
            auto *item = new QListWidgetItem(tr("%1 — %2").arg(field.label, typeName(field.type)), m_list);
            item->setData(Qt::UserRole, field.id);
        }
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    Q_EMIT m_list->currentRowChanged(m_list->currentRow());
}

std::optional<CustomField> CustomFieldsDialog::currentField() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    auto field = CustomFieldRepository(m_database.connection()).get(item->data(Qt::UserRole).toLongLong());
    return field ? std::optional<CustomField>(*field) : std::nullopt;
}

void CustomFieldsDialog::push(QUndoCommand *command)
{
    m_undoStack.push(command);
    Q_EMIT fieldsChanged();
}

void CustomFieldsDialog::addField()
{
    CustomField field;
    field.entity = entity();
    field.sortOrder = m_list->count() + 1;
    auto *editor = new CustomFieldEditor(field, false, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        push(new CustomFieldChangeCommand(m_database.connection(), std::nullopt, editor->field(), [this](const QString &text) {
            m_database.dialogs().reportError(this, tr("Cannot add the field"), text);
        }));
        m_list->setCurrentRow(m_list->count() - 1);
    });
    editor->open();
}

void CustomFieldsDialog::editField()
{
    const auto field = currentField();
    if (!field)
        return;
    auto used = sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM custom_values WHERE field_id = ?"),
                            {field->id});
    auto *editor = new CustomFieldEditor(*field, used && used->toInt() > 0, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor, before = *field] {
        push(new CustomFieldChangeCommand(m_database.connection(), before, editor->field(), [this](const QString &text) {
            m_database.dialogs().reportError(this, tr("Cannot change the field"), text);
        }));
    });
    editor->open();
}

void CustomFieldsDialog::deleteField()
{
    const auto field = currentField();
    if (!field)
        return;
    auto used = sql::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM custom_values WHERE field_id = ?"),
                            {field->id});
    const int count = used ? used->toInt() : 0;
    if (!m_database.dialogs().confirm(this, tr("Delete the field"),
                                      tr("Delete the field «%1» and its %n value(s)? Edit › Undo brings them back.", nullptr,
                                         count)
                                          .arg(field->label)))
        return;
    push(new CustomFieldChangeCommand(m_database.connection(), field, std::nullopt, [this](const QString &text) {
        m_database.dialogs().reportError(this, tr("Cannot delete the field"), text);
    }));
}

void CustomFieldsDialog::moveField(int step)
{
    const int row = m_list->currentRow();
    const int other = row + step;
    if (row < 0 || other < 0 || other >= m_list->count())
        return;
    auto fields = CustomFieldRepository(m_database.connection()).list(entity());
    if (!fields || int(fields->size()) != m_list->count())
        return;
    // The order is rewritten whole (sort orders may repeat), in one undo step.
    std::vector<CustomField> before = *fields;
    std::vector<CustomField> after = before;
    std::swap(after[row], after[other]);
    m_undoStack.beginMacro(tr("reorder the fields"));
    for (int i = 0; i < int(after.size()); ++i) {
        CustomField moved = after[i];
        moved.sortOrder = i + 1;
        const auto old = std::find_if(before.begin(), before.end(), [&](const CustomField &f) { return f.id == moved.id; });
        if (old->sortOrder != moved.sortOrder)
            m_undoStack.push(new CustomFieldChangeCommand(m_database.connection(), *old, moved, [this](const QString &text) {
                m_database.dialogs().reportError(this, tr("Cannot reorder the fields"), text);
            }));
    }
    m_undoStack.endMacro();
    m_list->setCurrentRow(other);
    Q_EMIT fieldsChanged();
}

} // namespace kartoteka::ui
