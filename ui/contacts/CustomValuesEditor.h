#pragma once

#include "contacts/CustomField.h"

#include <QCoreApplication>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>

#include <vector>

class QFormLayout;
class QWidget;

namespace kartoteka::ui {

// The custom fields of an organization or person as rows of an editor's form: a line for
// text and numbers (in the user's locale), a date edit, yes/no and choice combos, each
// allowing "not set".
class CustomValuesEditor : public QObject
{
    Q_OBJECT

public:
    using Values = QMap<qint64, QString>; // field id -> stored value; empty: not set

    // Adds a row per field of `entity` to `form`, filled from the values stored for
    // `entityId` (none for 0).
    CustomValuesEditor(const QSqlDatabase &db, CustomField::Entity entity, qint64 entityId, QFormLayout *form,
                       QWidget *owner);

    // The values as stored before editing, and as edited.
    const Values &original() const { return m_original; }
    Values values() const;
    // What is wrong with the values typed (a number that is not one).
    QStringList problems() const;
    bool isEmpty() const { return m_fields.empty(); }

Q_SIGNALS:
    void changed();

private:
    QString storedValue(std::size_t index) const;

    std::vector<CustomField> m_fields;
    std::vector<QWidget *> m_editors;
    Values m_original;
};

} // namespace kartoteka::ui
