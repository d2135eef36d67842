#include "CardFields.h"

#include "ContactTexts.h"

#include "contacts/CustomFieldRepository.h"
#include "contacts/StoredList.h"
#include "importing/PhoneNormalizer.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QUrl>

namespace kartoteka::ui {

namespace {
const QString noValue = QStringLiteral("—");
} // namespace

CardFields::CardFields(QWidget *owner, QFormLayout *form) : QObject(owner), m_owner(owner), m_form(form) {}

void CardFields::clear()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

void CardFields::addText(const QString &label, const QString &value, const QString &name)
{
    auto *text = new QLabel(value.isEmpty() ? noValue : value, m_owner);
    text->setObjectName(name);
    text->setWordWrap(true);
    text->setMinimumWidth(1); // a long word is cut rather than widening the card
    text->setToolTip(value);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setTextFormat(Qt::PlainText);
    m_form->addRow(label, text);
}

void CardFields::addLink(const QString &label, const QString &text, const QString &url, const QString &name)
{
    auto *link = new QLabel(m_owner);
    link->setObjectName(name);
    link->setTextFormat(Qt::RichText);
    link->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), text.toHtmlEscaped()));
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setToolTip(url);
    link->setMinimumWidth(1);
    connect(link, &QLabel::linkActivated, this, [](const QString &target) { QDesktopServices::openUrl(QUrl(target)); });
    m_form->addRow(label, copyable(link, text, name));
}

void CardFields::addPhones(const QString &label, const QString &phones, const PhoneNormalizer &normalizer,
                           const QString &namePrefix)
{
    const QStringList numbers = storedListItems(phones);
    if (numbers.isEmpty())
        addText(label, {}, namePrefix + QLatin1Char('0'));
    for (int i = 0; i < numbers.size(); ++i) {
        const QString shown = normalizer.national(numbers[i]);
        auto *phone = new QLabel(shown, m_owner);
        phone->setObjectName(namePrefix + QString::number(i));
        phone->setMinimumWidth(1);
        phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_form->addRow(i == 0 ? label : QString(), copyable(phone, shown, phone->objectName()));
    }
}

void CardFields::addEmails(const QString &label, const QString &emails, const QString &namePrefix)
{
    const QStringList addresses = storedListItems(emails);
    if (addresses.isEmpty())
        addText(label, {}, namePrefix + QLatin1Char('0'));
    for (int i = 0; i < addresses.size(); ++i)
        addLink(i == 0 ? label : QString(), addresses[i], QStringLiteral("mailto:") + addresses[i],
                namePrefix + QString::number(i));
}

void CardFields::addCustomFields(const QSqlDatabase &db, CustomField::Entity entity, qint64 entityId)
{
    // In form order, the values as the user reads them.
    CustomFieldRepository customFields(db);
    auto fields = customFields.list(entity);
    auto values = customFields.valuesFor(entity, entityId);
    if (!fields || !values)
        return;
    for (const CustomField &field : *fields)
        addText(field.label, ContactTexts::customValue(field, values->value(field.label)),
                QStringLiteral("custom_%1").arg(field.id));
}

// `value` with a button beside it that copies `text`.
QWidget *CardFields::copyable(QWidget *value, const QString &text, const QString &name)
{
    auto *row = new QWidget(m_owner);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    value->setParent(row);
    layout->addWidget(value);
    auto *copy = new QToolButton(row);
    copy->setObjectName(name + QStringLiteral("_copy"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy"),
                                   m_owner->style()->standardIcon(QStyle::SP_FileDialogContentsView)));
    copy->setAutoRaise(true);
    copy->setToolTip(tr("Copy %1").arg(text));
    connect(copy, &QToolButton::clicked, this, [this, text] {
        QApplication::clipboard()->setText(text);
        Q_EMIT copied(text);
    });
    layout->addWidget(copy);
    layout->addStretch(1);
    return row;
}

} // namespace kartoteka::ui
