#include "ClientRowBuilder.h"

#include "CsvCells.h"
#include "CustomValueText.h"
#include "EmailNormalizer.h"
#include "InnValidator.h"
#include "NameNormalizer.h"

#include <array>

namespace kartoteka {

namespace {

struct KindWord
{
    const char *word; // UTF-8, lower case
    Organization::Kind kind;
};

constexpr std::array<KindWord, 18> kindWords{{
    {"client", Organization::Kind::Client},      {"customer", Organization::Kind::Client},
    {"клиент", Organization::Kind::Client},      {"покупатель", Organization::Kind::Client},
    {"客户", Organization::Kind::Client},        {"partner", Organization::Kind::Partner},
    {"партнер", Organization::Kind::Partner},    {"партнёр", Organization::Kind::Partner},
    {"合作伙伴", Organization::Kind::Partner},   {"supplier", Organization::Kind::Supplier},
    {"vendor", Organization::Kind::Supplier},    {"поставщик", Organization::Kind::Supplier},
    {"供应商", Organization::Kind::Supplier},    {"prospect", Organization::Kind::Prospect},
    {"lead", Organization::Kind::Prospect},      {"потенциальный", Organization::Kind::Prospect},
    {"потенциальный клиент", Organization::Kind::Prospect}, {"潜在客户", Organization::Kind::Prospect},
}};

void appendText(QString &target, const QString &value, QLatin1String separator)
{
    if (value.isEmpty())
        return;
    if (!target.isEmpty())
        target += separator;
    target += value;
}

} // namespace

std::optional<Organization::Priority> organizationPriorityFromText(const QString &text)
{
    struct PriorityWord
    {
        const char *word;
        Organization::Priority priority;
    };
    static const PriorityWord words[] = {
        {"low", Organization::Priority::Low},     {"0", Organization::Priority::Low},
        {"низкий", Organization::Priority::Low},  {"低", Organization::Priority::Low},
        {"normal", Organization::Priority::Normal}, {"1", Organization::Priority::Normal},
        {"обычный", Organization::Priority::Normal}, {"普通", Organization::Priority::Normal},
        {"high", Organization::Priority::High},   {"2", Organization::Priority::High},
        {"высокий", Organization::Priority::High}, {"高", Organization::Priority::High},
        {"key", Organization::Priority::Key},     {"3", Organization::Priority::Key},
        {"ключевой", Organization::Priority::Key}, {"关键", Organization::Priority::Key},
    };
    const QString folded = text.trimmed().toLower();
    for (const PriorityWord &entry : words) {
        if (folded == QString::fromUtf8(entry.word))
            return entry.priority;
    }
    return std::nullopt;
}

std::optional<Organization::Kind> organizationKindFromText(const QString &text)
{
    const QString folded = text.trimmed().toLower();
    for (const KindWord &entry : kindWords) {
        if (folded == QString::fromUtf8(entry.word))
            return entry.kind;
    }
    return std::nullopt;
}

ClientRowBuilder::ClientRowBuilder(QList<FieldRef> columns, QStringList headers, const PhoneNormalizer &phones,
                                   QList<DateOrder> dateOrders, QHash<QString, qint64> usersByName,
                                   const QHash<QString, CustomField> &customFields)
    : m_columns(std::move(columns)), m_headers(std::move(headers)), m_phones(phones), m_dateOrders(std::move(dateOrders)),
      m_usersByName(std::move(usersByName))
{
    for (const FieldRef &column : std::as_const(m_columns)) {
        const bool custom = column.isCustom();
        Q_ASSERT(!custom || customFields.contains(column.customLabel().toLower()));
        m_customFieldOfColumn.append(custom ? customFields.value(column.customLabel().toLower()) : CustomField());
    }
}

std::variant<ClientRow, QString> ClientRowBuilder::build(const CsvRecord &record, QList<ImportWarning> &warnings) const
{
    if (record.brokenQuoting)
        return tr("broken quoting");
    if (record.fields.size() > m_columns.size())
        return tr("%1 fields where the file has %2 columns").arg(record.fields.size()).arg(m_columns.size());

    ClientRow row;
    row.line = record.line;
    Organization &o = row.organization;
    QString phoneText, emailText, contactName;
    const auto warn = [&](int column, const QString &message) {
        warnings.append({record.line, m_headers.value(column), message});
    };

    for (int column = 0; column < record.fields.size(); ++column) {
        const FieldRef &field = m_columns.at(column);
        if (field.isIgnored())
            continue;
        const QString value = csv::withoutFormulaGuard(record.fields.at(column)).trimmed();
        if (value.isEmpty())
            continue;
        if (field.isCustom()) {
            const CustomField &custom = m_customFieldOfColumn.at(column);
            if (auto stored = customValueFromText(custom, value, m_dateOrders.value(column)))
                row.custom.append({custom.id, *stored});
            else
                warn(column, tr("«%1» is not a value of «%2»; it is left empty").arg(value, custom.label));
            continue;
        }
        const QString &name = field.name;
        if (name == QLatin1String("name")) {
            if (o.name.isEmpty())
                o.name = value;
        } else if (name == QLatin1String("inn")) {
            const QString digits = normalizedInn(value);
            if (!isValidInn(digits)) {
                warn(column, tr("«%1» is not a valid INN; kept as typed").arg(value));
                o.inn = value;
            } else {
                o.inn = digits;
                row.keys.inn = digits;
            }
        } else if (name == QLatin1String("legal_form")) {
            if (o.legalForm.isEmpty())
                o.legalForm = value;
        } else if (name == QLatin1String("priority")) {
            if (auto priority = organizationPriorityFromText(value))
                o.priority = *priority;
            else
                warn(column, tr("«%1» is not a known service priority; «normal» is used").arg(value));
        } else if (name == QLatin1String("price_terms")) {
            appendText(o.priceTerms, value, QLatin1String("\n"));
        } else if (name == QLatin1String("delivery_terms")) {
            appendText(o.deliveryTerms, value, QLatin1String("\n"));
        } else if (name == QLatin1String("kind")) {
            if (auto kind = organizationKindFromText(value))
                o.kind = *kind;
            else
                warn(column, tr("«%1» is not a known kind of counterparty; «client» is used").arg(value));
        } else if (name == QLatin1String("contact")) {
            appendText(contactName, value, QLatin1String(" "));
        } else if (name == QLatin1String("birthday")) {
            if (auto date = parseDate(value, m_dateOrders.value(column)))
                row.contact.birthday = *date;
            else
                warn(column, tr("«%1» is not a date; the birthday is left empty").arg(value));
        } else if (name == QLatin1String("contact_notes")) {
            appendText(row.contact.notes, value, QLatin1String("\n"));
        } else if (name == QLatin1String("position")) {
            appendText(row.contact.position, value, QLatin1String("; "));
        } else if (name == QLatin1String("phone")) {
            appendText(phoneText, value, QLatin1String(", "));
        } else if (name == QLatin1String("email")) {
            appendText(emailText, value, QLatin1String(", "));
        } else if (name == QLatin1String("website")) {
            appendText(o.website, value, QLatin1String(", "));
        } else if (name == QLatin1String("city")) {
            if (o.city.isEmpty())
                o.city = value;
        } else if (name == QLatin1String("address")) {
            appendText(o.address, value, QLatin1String("; "));
        } else if (name == QLatin1String("notes")) {
            appendText(o.notes, value, QLatin1String("\n"));
        } else if (name == QLatin1String("manager")) {
            const auto user = m_usersByName.constFind(value.toLower());
            if (user != m_usersByName.constEnd())
                row.managerId = user.value();
            else
                warn(column, tr("there is no user «%1»; the manager is left empty").arg(value));
        } else if (name == QLatin1String("created")) {
            if (auto date = parseDate(value, m_dateOrders.value(column)))
                o.createdAt = QDateTime(*date, QTime(0, 0), Qt::UTC);
            else
                warn(column, tr("«%1» is not a date; the import time is used").arg(value));
        }
    }

    if (o.name.isEmpty())
        return tr("the organization's name is empty");

    const PhoneResult phones = m_phones.normalize(phoneText);
    QStringList phoneValues = phones.e164;
    for (const QString &invalid : phones.invalid) {
        warnings.append({record.line, QString(), tr("«%1» is not a valid phone number; kept as typed").arg(invalid)});
        phoneValues.append(invalid);
    }
    row.keys.phones = phones.e164;

    // Split as the wizard's preview splits them: , ; / | line breaks and spaces between addresses.
    const EmailResult parsedEmails = normalizeEmails(emailText);
    row.keys.emails = parsedEmails.emails;
    QStringList emails = parsedEmails.emails;
    for (const QString &invalid : parsedEmails.invalid) {
        warnings.append({record.line, QString(), tr("«%1» is not a valid e-mail; kept as typed").arg(invalid)});
        emails.append(invalid);
    }
    row.keys.nameKey = normalizedOrganizationName(o.name);
    o.managerId = row.managerId;

    if (!contactName.isEmpty()) {
        row.hasContact = true;
        row.contact.fullName = contactName;
        row.contact.phones = phoneValues.join(QStringLiteral(", "));
        row.contact.emails = emails.join(QStringLiteral(", "));
    }
    // Without a contact column the phones and e-mails are the organization's own; with one,
    // they are the person's, and the organization takes the first it sees.
    o.phones = phoneValues.join(QStringLiteral(", "));
    o.email = emails.value(0);
    return row;
}

} // namespace kartoteka
