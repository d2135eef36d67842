#pragma once

#include "contacts/CustomField.h"

#include <QObject>
#include <QSqlDatabase>

class QFormLayout;
class QWidget;

namespace kartoteka {
class PhoneNormalizer;
}

namespace kartoteka::ui {

// The rows of a read-only card (label: value): plain values that can be selected, phones and
// e-mails one click from the clipboard, e-mails and websites as links that open the mail
// program or the browser, and the custom fields as the user reads them.
class CardFields : public QObject
{
    Q_OBJECT

public:
    CardFields(QWidget *owner, QFormLayout *form);

    void clear();
    void addText(const QString &label, const QString &value, const QString &name);
    void addLink(const QString &label, const QString &text, const QString &url, const QString &name);
    // A stored ", "-separated list of E.164 numbers, each shown nationally with a copy button.
    void addPhones(const QString &label, const QString &phones, const PhoneNormalizer &normalizer,
                   const QString &namePrefix);
    // A ", "-separated list of addresses, each a mailto: link with a copy button.
    void addEmails(const QString &label, const QString &emails, const QString &namePrefix);
    void addCustomFields(const QSqlDatabase &db, CustomField::Entity entity, qint64 entityId);

Q_SIGNALS:
    // A value was put on the clipboard.
    void copied(const QString &text);

private:
    QWidget *copyable(QWidget *value, const QString &text, const QString &name);

    QWidget *m_owner;
    QFormLayout *m_form;
};

} // namespace kartoteka::ui
