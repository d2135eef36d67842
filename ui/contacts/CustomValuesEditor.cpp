#include "CustomValuesEditor.h"

#include "ContactTexts.h"
#include "contacts/CustomFieldRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

namespace kartoteka::ui {

namespace {
// A date edit shows "not set" at its minimum (QDateEdit has no empty value).
const QDate notSet(1900, 1, 1);
} // namespace

CustomValuesEditor::CustomValuesEditor(const QSqlDatabase &db, CustomField::Entity entity, qint64 entityId,
                                       QFormLayout *form, QWidget *owner)
    : QObject(owner)
{
    CustomFieldRepository repository(db);
    auto fields = repository.list(entity);
    if (!fields)
        return;
    m_fields = std::move(fields).value();
    QMap<QString, QString> stored;
    if (entityId != 0) {
        if (auto values = repository.valuesFor(entity, entityId))
            stored = *values;
    }
    for (const CustomField &field : m_fields) {
        const QString value = stored.value(field.label);
        if (!value.isEmpty())
            m_original.insert(field.id, value);
        QWidget *editor = nullptr;
        switch (field.type) {
        case CustomField::Type::Text:
        case CustomField::Type::Number: {
            auto *line = new QLineEdit(owner);
            line->setText(ContactTexts::customValue(field, value)); // a number as the card shows it
            connect(line, &QLineEdit::textChanged, this, &CustomValuesEditor::changed);
            editor = line;
            break;
        }
        case CustomField::Type::Date: {
            auto *date = new QDateEdit(owner);
            date->setCalendarPopup(true);
            date->setMinimumDate(notSet);
            date->setSpecialValueText(tr("not set"));
            const QDate parsed = QDate::fromString(value, Qt::ISODate);
            date->setDate(parsed.isValid() ? parsed : notSet);
            connect(date, &QDateEdit::dateChanged, this, &CustomValuesEditor::changed);
            editor = date;
            break;
        }
        case CustomField::Type::Bool:
        case CustomField::Type::Choice: {
            auto *combo = new QComboBox(owner);
            combo->addItem(tr("(not set)"), QString());
            if (field.type == CustomField::Type::Bool) {
                combo->addItem(tr("Yes"), QStringLiteral("1"));
                combo->addItem(tr("No"), QStringLiteral("0"));
            } else {
                for (const QString &choice : field.choices)
                    combo->addItem(choice, choice);
                if (!value.isEmpty() && combo->findData(value) < 0)
                    combo->addItem(value, value); // a value the list no longer offers is kept
            }
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
            connect(combo, &QComboBox::currentIndexChanged, this, &CustomValuesEditor::changed);
            editor = combo;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("custom_%1").arg(field.id));
        form->addRow(field.label + QLatin1Char(':'), editor);
        m_editors.push_back(editor);
    }
}

QString CustomValuesEditor::storedValue(std::size_t index) const
{
    const CustomField &field = m_fields[index];
    QWidget *editor = m_editors[index];
    switch (field.type) {
    case CustomField::Type::Text:
        return static_cast<QLineEdit *>(editor)->text().trimmed();
    case CustomField::Type::Number: {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        if (text.isEmpty())
            return {};
        bool ok = false;
        double number = QLocale().toDouble(text, &ok);
        if (!ok)
            number = QLocale::c().toDouble(text, &ok);
        return ok ? CustomField::numberValue(number) : QString();
    }
    case CustomField::Type::Date: {
        const QDate date = static_cast<QDateEdit *>(editor)->date();
        return date == notSet ? QString() : date.toString(Qt::ISODate);
    }
    case CustomField::Type::Bool:
    case CustomField::Type::Choice:
        return static_cast<QComboBox *>(editor)->currentData().toString();
    }
    return {};
}

CustomValuesEditor::Values CustomValuesEditor::values() const
{
    Values result;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (const QString value = storedValue(i); !value.isEmpty())
            result.insert(m_fields[i].id, value);
    }
    return result;
}

QStringList CustomValuesEditor::problems() const
{
    QStringList problems;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].type != CustomField::Type::Number)
            continue;
        const QString text = static_cast<QLineEdit *>(m_editors[i])->text().trimmed();
        if (!text.isEmpty() && storedValue(i).isEmpty())
            problems << tr("%1 is not a number: «%2».").arg(m_fields[i].label, text);
    }
    return problems;
}

} // namespace kartoteka::ui
