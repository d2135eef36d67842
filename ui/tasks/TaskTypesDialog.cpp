#include "TaskTypesDialog.h"

#include "widgets/ProblemsLabel.h"

#include "contacts/ContactTexts.h"
#include "tasks/TaskTypeRepository.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int builtinRole = Qt::UserRole + 1;
constexpr int colourRole = Qt::UserRole + 2;

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(QColor(colour));
    return QIcon(pixmap);
}

} // namespace

TaskTypesDialog::TaskTypesDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_colourButton(new QToolButton(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("taskTypesDialog"));
    setWindowTitle(tr("Task types"));
    m_list->setObjectName(QStringLiteral("typeList"));
    m_name->setObjectName(QStringLiteral("typeNameEdit"));
    m_name->setPlaceholderText(tr("Name of the type"));
    m_colourButton->setObjectName(QStringLiteral("colourButton"));
    m_colourButton->setToolTip(tr("Colour of the type in the calendar"));
    m_add->setObjectName(QStringLiteral("addTypeButton"));
    m_add->setToolTip(tr("Add a type with this name and colour"));
    m_save->setObjectName(QStringLiteral("saveTypeButton"));
    m_save->setToolTip(tr("Give the chosen type this name and colour"));
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    markAsError(m_message);
    m_message->hide();

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_colourButton);
    editRow->addWidget(m_name, 1);
    editRow->addWidget(m_add);
    editRow->addWidget(m_save);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(editRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &TaskTypesDialog::addType);
    connect(m_save, &QPushButton::clicked, this, &TaskTypesDialog::saveType);
    connect(m_colourButton, &QToolButton::clicked, this, &TaskTypesDialog::chooseColour);
    connect(m_list, &QListWidget::currentRowChanged, this, &TaskTypesDialog::onSelectionChanged);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    });
    setColour(m_colour);
    reload(0);
}

void TaskTypesDialog::reload(qint64 selected)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto types = TaskTypeRepository(m_db).list();
    if (!types) {
        showError(types.error().message);
        return;
    }
    for (const TaskType &type : *types) {
        auto *item = new QListWidgetItem(swatch(type.color), ContactTexts::taskTypeName(type), m_list);
        item->setData(idRole, type.id);
        item->setData(builtinRole, type.builtin);
        item->setData(colourRole, type.color);
        if (type.builtin)
            item->setToolTip(tr("Comes with the program: its name follows the language; its colour can change"));
        if (type.id == selected)
            m_list->setCurrentItem(item);
    }
    onSelectionChanged();
}

void TaskTypesDialog::onSelectionChanged()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_save->setEnabled(item != nullptr);
    if (!item) {
        m_add->setEnabled(!m_name->text().trimmed().isEmpty());
        return;
    }
    m_name->setText(item->text());
    setColour(item->data(colourRole).toString());
}

void TaskTypesDialog::setColour(const QString &colour)
{
    m_colour = colour;
    m_colourButton->setIcon(swatch(colour));
}

void TaskTypesDialog::chooseColour()
{
    const QColor chosen = QColorDialog::getColor(QColor(m_colour), this, tr("Colour of the type"));
    if (chosen.isValid())
        setColour(chosen.name());
}

void TaskTypesDialog::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TaskTypesDialog::addType()
{
    TaskType type;
    type.name = m_name->text().trimmed();
    type.color = m_colour;
    if (DatabaseError error = TaskTypeRepository(m_db).create(type)) {
        showError(error.message);
        return;
    }
    showError({});
    reload(type.id);
    Q_EMIT typesChanged();
}

void TaskTypesDialog::saveType()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    TaskTypeRepository types(m_db);
    auto type = types.get(item->data(idRole).toLongLong());
    if (!type) {
        showError(type.error().message);
        return;
    }
    if (!type->builtin)
        type->name = m_name->text().trimmed();
    type->color = m_colour;
    if (DatabaseError error = types.update(*type)) {
        showError(error.message);
        return;
    }
    showError({});
    reload(type->id);
    Q_EMIT typesChanged();
}

} // namespace kartoteka::ui
