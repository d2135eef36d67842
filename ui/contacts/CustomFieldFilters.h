#pragma once

#include "contacts/CustomField.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

class QComboBox;
class QGridLayout;

namespace kartoteka::ui {

// A combo per custom field of a list ("Any «Region»", then its values), three to a row: yes/no
// and choice fields offer their values, the others the values most used.
class CustomFieldFilters : public QWidget
{
    Q_OBJECT

public:
    explicit CustomFieldFilters(QWidget *parent = nullptr);

    // Offers the custom fields of `entity` in `db` (none when it is not open), rebuilding the
    // combos (all set to "any") unless the fields and values are the same as before.
    void load(const QSqlDatabase &db, CustomField::Entity entity);
    // load() only when the fields differ from those offered now; whether it did.
    bool loadIfFieldsChanged(const QSqlDatabase &db, CustomField::Entity entity);
    // The chosen (field id, stored value) pairs.
    std::vector<std::pair<qint64, QString>> chosen() const;

Q_SIGNALS:
    void changed();

private:
    void setFields(const std::vector<CustomField> &fields, const QHash<qint64, QStringList> &offeredValues);

    QGridLayout *m_grid;
    std::vector<CustomField> m_fields;
    QHash<qint64, QStringList> m_offered;
    std::vector<QComboBox *> m_combos;
};

} // namespace kartoteka::ui
