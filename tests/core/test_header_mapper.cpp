#include "TestDatabase.h" // Catch's QString printer

#include "importing/HeaderMapper.h"
#include "importing/ImportField.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace kartoteka;

namespace {

// The field of a header as text, "<unknown>" when the mapper does not know it.
QString fieldOf(const HeaderMapper &mapper, const QString &header)
{
    return mapper.fieldFor(header).value_or(QStringLiteral("<unknown>"));
}

void checkAll(ImportTarget target, const QString &field, const QStringList &headers)
{
    const HeaderMapper mapper(target);
    for (const QString &header : headers) {
        INFO(header.toStdString());
        CHECK(fieldOf(mapper, header) == field);
        CHECK(mapper.matchScore(header) == 100);
    }
}

QStringList words(const char *utf8)
{
    return QString::fromUtf8(utf8).split(QLatin1Char('|'));
}

} // namespace

TEST_CASE("Field names are the published contract and parse strictly", "[import][fields]")
{
    CHECK(knownFieldNames(ImportTarget::Clients)
          == words("name|legal_form|inn|kind|priority|price_terms|delivery_terms|contact|position|birthday|contact_notes|phone|email|website|city|address|notes|manager|created"));
    CHECK(knownFieldNames(ImportTarget::Sales) == words("client|inn|date|amount|profit|document"));

    const auto parsed = [](const char *text, ImportTarget target = ImportTarget::Clients) {
        const auto ref = parseFieldRef(QString::fromUtf8(text), target);
        return ref ? ref->name : QStringLiteral("<invalid>");
    };
    CHECK(parsed("phone") == QStringLiteral("phone"));
    CHECK(parsed(" Phone ") == QStringLiteral("phone"));
    CHECK(parsed("-") == QStringLiteral("-"));
    CHECK(parsed("custom:Отрасль") == QStringLiteral("custom:Отрасль"));
    CHECK(parsed("Custom: Отрасль ") == QStringLiteral("custom:Отрасль"));
    CHECK(parsed("custom:") == QStringLiteral("<invalid>"));
    CHECK(parsed("custom:   ") == QStringLiteral("<invalid>"));
    CHECK(parsed("telephone") == QStringLiteral("<invalid>"));
    CHECK(parsed("") == QStringLiteral("<invalid>"));
    CHECK(parsed("amount") == QStringLiteral("<invalid>"));
    CHECK(parsed("amount", ImportTarget::Sales) == QStringLiteral("amount"));
    CHECK(parsed("name", ImportTarget::Sales) == QStringLiteral("<invalid>"));
    CHECK(parsed("custom:Отрасль", ImportTarget::Sales) == QStringLiteral("<invalid>"));
    CHECK(parsed("inn", ImportTarget::Sales) == QStringLiteral("inn"));

    const FieldRef custom{QStringLiteral("custom:Отрасль")};
    CHECK(custom.isCustom());
    CHECK(custom.customLabel() == QStringLiteral("Отрасль"));
    CHECK_FALSE(custom.isIgnored());
    CHECK(FieldRef{QStringLiteral("-")}.isIgnored());
    CHECK_FALSE(FieldRef{QStringLiteral("custom:")}.isCustom());
    CHECK_FALSE(FieldRef{QStringLiteral("phone")}.isCustom());
    CHECK(FieldRef{QStringLiteral("phone")}.customLabel().isEmpty());

    CHECK(fieldDisplayName(QStringLiteral("phone")) == QStringLiteral("Phone"));
    CHECK(fieldDisplayName(QStringLiteral("contact")) == QStringLiteral("Contact person"));
    CHECK(fieldDisplayName(QStringLiteral("amount")) == QStringLiteral("Amount"));
    CHECK(fieldDisplayName(QStringLiteral("-")) == QStringLiteral("Ignore"));
    CHECK(fieldDisplayName(QStringLiteral("custom:Отрасль")) == QStringLiteral("Custom field: Отрасль"));
    for (const ImportTarget target : {ImportTarget::Clients, ImportTarget::Sales}) {
        for (const QString &name : knownFieldNames(target))
            CHECK(fieldDisplayName(name) != name);
    }
}

TEST_CASE("Headers normalize to loose keys", "[import][headers]")
{
    const auto key = [](const char *header) { return HeaderMapper::normalizedHeader(QString::fromUtf8(header)); };
    CHECK(key("E-mail") == QStringLiteral("email"));
    CHECK(key("email") == QStringLiteral("email"));
    CHECK(key(" EMAIL ") == QStringLiteral("email"));
    CHECK(key("e_mail.") == QStringLiteral("email"));
    CHECK(key("Эл. почта") == QStringLiteral("элпочта"));
    CHECK(key("ЭЛ.ПОЧТА") == QStringLiteral("элпочта"));
    CHECK(key("Дата_создания") == QStringLiteral("датасоздания"));
    CHECK(key("Ёмкость, шт.") == QStringLiteral("емкостьшт"));
    CHECK(key("Account Name") == QStringLiteral("accountname"));
    CHECK(key("客户名称") == QStringLiteral("客户名称"));
    CHECK(key("客户名称（全称）") == QStringLiteral("客户名称全称"));
    CHECK(key("ＥＭＡＩＬ") == QStringLiteral("email")); // full-width, as Chinese input methods type
    CHECK(key("№ документа") == QStringLiteral("документа"));
    CHECK(key("Phone #2") == QStringLiteral("phone2"));
    CHECK(key("---").isEmpty());
}

TEST_CASE("Every wording of the synonym table maps, in three languages", "[import][headers]")
{
    const auto clients = ImportTarget::Clients;
    checkAll(clients, QStringLiteral("name"),
             words("Наименование|Название|Организация|Контрагент|Клиент|Компания|Company|Account Name|"
                   "公司名称|客户名称|Наименование организации|Customer Name|Organization|name"));
    checkAll(clients, QStringLiteral("inn"), words("ИНН|INN|Tax ID|纳税人识别号|税号|ИНН организации|inn"));
    checkAll(clients, QStringLiteral("contact"),
             words("Контактное лицо|ФИО|Contact|Contact Name|联系人|Contact Person|Фамилия|Имя|Отчество|"
                   "First Name|Last Name|姓名"));
    checkAll(clients, QStringLiteral("position"), words("Должность|Title|Job Title|职务|职位|position"));
    checkAll(clients, QStringLiteral("phone"),
             words("Телефон|Тел.|Тел|Мобильный|Phone|Mobile|Cell|电话|手机|联系电话|Мобильный телефон|"
                   "Контактный телефон|Telephone|Phone Number|phone"));
    checkAll(clients, QStringLiteral("email"),
             words("E-mail|Email|Эл. почта|Электронная почта|Почта|Mail|电子邮件|邮箱|EMAIL|e_mail|"
                   "Е-mail|Email Address"));
    checkAll(clients, QStringLiteral("website"), words("Сайт|Web|Website|URL|网站|网址|Веб-сайт|Web Site"));
    checkAll(clients, QStringLiteral("city"), words("Город|City|Town|城市|Населённый пункт"));
    checkAll(clients, QStringLiteral("address"),
             words("Адрес|Юридический адрес|Фактический адрес|Address|地址|Юр. адрес"));
    checkAll(clients, QStringLiteral("notes"),
             words("Комментарий|Примечание|Заметки|Notes|Comment|Description|备注|说明"));
    checkAll(clients, QStringLiteral("manager"),
             words("Менеджер|Ответственный|Account Owner|Owner|负责人|客户经理|Manager"));
    checkAll(clients, QStringLiteral("created"),
             words("Дата создания|Создан|Дата регистрации|Created|Created Date|创建日期|Date Created"));
    checkAll(clients, QStringLiteral("kind"),
             words("Тип|Вид контрагента|Type|Category|类型|客户类型|Kind"));

    const auto sales = ImportTarget::Sales;
    checkAll(sales, QStringLiteral("client"), words("Клиент|Контрагент|Покупатель|Customer|Client|客户"));
    checkAll(sales, QStringLiteral("inn"), words("ИНН|INN|Tax ID|ИНН покупателя|ИНН контрагента|税号"));
    checkAll(sales, QStringLiteral("date"), words("Дата|Дата документа|Date|Invoice Date|日期"));
    checkAll(sales, QStringLiteral("amount"),
             words("Сумма|Сумма с НДС|Выручка|Amount|Total|Revenue|金额|销售额|Сумма без НДС"));
    checkAll(sales, QStringLiteral("profit"), words("Прибыль|Маржа|Валовая прибыль|Profit|Margin|利润|毛利"));
    checkAll(sales, QStringLiteral("document"),
             words("Документ|Номер документа|№ документа|Document|Invoice|Invoice No|单号|发票号|Номер"));
}

TEST_CASE("The synonym table gives each wording to one field only", "[import][headers]")
{
    for (const ImportTarget target : {ImportTarget::Clients, ImportTarget::Sales}) {
        const HeaderMapper mapper(target);
        QSet<QString> seen;
        for (const QString &field : knownFieldNames(target)) {
            const QStringList synonyms = HeaderMapper::synonyms(target, field);
            CHECK(synonyms.size() >= 4);
            // The field's own name comes back from our CSV export.
            CHECK(fieldOf(mapper, field) == field);
            for (const QString &synonym : synonyms) {
                INFO(field.toStdString() << " <- " << synonym.toStdString());
                CHECK(fieldOf(mapper, synonym) == field);
                const QString key = HeaderMapper::normalizedHeader(synonym);
                CHECK_FALSE(key.isEmpty());
                // A key twice inside one field is harmless ("Тел" and "Тел."); across fields it is a clash,
                // which the fieldOf check above already catches.
                seen.insert(key);
            }
        }
        CHECK(seen.size() > 40);
    }
}

TEST_CASE("Headers match loosely: case, punctuation, numbering and surrounding words", "[import][headers]")
{
    const HeaderMapper mapper(ImportTarget::Clients);
    const auto field = [&mapper](const char *header) { return fieldOf(mapper, QString::fromUtf8(header)); };
    CHECK(field("  ТЕЛЕФОН  ") == QStringLiteral("phone"));
    CHECK(field("e-MAIL:") == QStringLiteral("email"));
    CHECK(field("Э/почта") == QStringLiteral("email")); // "почта" as a whole word
    CHECK(field("ЭЛ_ПОЧТА") == QStringLiteral("email"));
    CHECK(field("Телефон 2") == QStringLiteral("phone"));
    CHECK(field("Phone1") == QStringLiteral("phone"));
    CHECK(field("1. Наименование") == QStringLiteral("name"));
    CHECK(field("Телефон контактного лица") == QStringLiteral("phone"));
    CHECK(field("Телефон бухгалтерии") == QStringLiteral("phone"));
    CHECK(field("E-mail контакта") == QStringLiteral("email"));
    CHECK(field("Мобильный (основной)") == QStringLiteral("phone"));
    CHECK(field("Город доставки") == QStringLiteral("city"));
    CHECK(field("客户名称（全称）") == QStringLiteral("name"));
    CHECK(field("Менеджер клиента") == QStringLiteral("manager"));
    CHECK(field("Дата создания записи") == QStringLiteral("created"));
    // Synonyms are matched as whole words, never inside one: these are not phones ("тел").
    CHECK(field("Руководитель") == QStringLiteral("<unknown>"));
    CHECK(field("Представительство") == QStringLiteral("<unknown>"));
    CHECK(field("Покупатель") == QStringLiteral("<unknown>"));
    CHECK(field("Отрасль") == QStringLiteral("<unknown>"));
    CHECK(field("КПП") == QStringLiteral("<unknown>"));
    CHECK(field("") == QStringLiteral("<unknown>"));
    CHECK(field("  ") == QStringLiteral("<unknown>"));
    // Our own export writes custom fields as custom:LABEL.
    CHECK(field("custom:Отрасль") == QStringLiteral("custom:Отрасль"));
    CHECK(fieldOf(HeaderMapper(ImportTarget::Sales), QStringLiteral("custom:Отрасль")) == QStringLiteral("<unknown>"));

    CHECK(mapper.matchScore(QStringLiteral("Телефон")) == 100);
    CHECK(mapper.matchScore(QStringLiteral("Телефон 2")) == 90);
    const int wordsScore = mapper.matchScore(QStringLiteral("Телефон бухгалтерии"));
    CHECK(wordsScore > 0);
    CHECK(wordsScore < 90);
    CHECK(mapper.matchScore(QStringLiteral("Отрасль")) == 0);
}

TEST_CASE("Guessing resolves columns that claim one field", "[import][headers]")
{
    const HeaderMapper clients(ImportTarget::Clients);
    const auto guess = [&clients](const char *headers) { return clients.guess(words(headers)); };

    // The exact match keeps the field whatever its position; the looser one is ignored.
    CHECK(guess("Город доставки|Город") == words("-|city"));
    CHECK(guess("Город|Город доставки") == words("city|-"));
    // Equal matches: the first column wins.
    CHECK(guess("Организация|Наименование") == words("name|-"));
    CHECK(guess("E-mail|Email") == words("email|-"));
    // An exact synonym beats a numbered one.
    CHECK(guess("Адрес 2|Адрес") == words("-|address"));
    // Several phones and several person-name columns all keep their field.
    CHECK(guess("Телефон|Мобильный|Phone 2") == words("phone|phone|phone"));
    CHECK(guess("Фамилия|Имя|Отчество|Должность") == words("contact|contact|contact|position"));
    // Unknown columns are ignored and do not disturb the others.
    CHECK(guess("Отрасль|ИНН|КПП") == words("-|inn|-"));
    CHECK(clients.guess({}).isEmpty());
}

TEST_CASE("The headers of every sample file map completely", "[import][headers]")
{
    const HeaderMapper clients(ImportTarget::Clients);
    const HeaderMapper sales(ImportTarget::Sales);
    // clients_1c_cp1251.csv (KPP is not a field)
    CHECK(clients.guess(words("Организация|ИНН|КПП|Контактное лицо|Должность|Телефон|E-mail|Адрес|Комментарий"))
          == words("name|inn|-|contact|position|phone|email|address|notes"));
    // clients_excel_utf8.csv, with the BOM the reader may leave on the first header
    CHECK(clients.guess(words("\xEF\xBB\xBF" "Account Name|Contact|Title|Phone|Email|City|Notes"))
          == words("name|contact|position|phone|email|city|notes"));
    // clients_gbk.csv
    CHECK(clients.guess(words("客户名称|联系人|职务|手机|电子邮件|地址"))
          == words("name|contact|position|phone|email|address"));
    // sales_ru.csv
    CHECK(sales.guess(words("Покупатель|ИНН покупателя|Дата документа|Сумма с НДС|Номер"))
          == words("client|inn|date|amount|document"));
    // Our own CSV export comes back as it went out.
    const QStringList exported = knownFieldNames(ImportTarget::Clients) << QStringLiteral("custom:Отрасль");
    CHECK(clients.guess(exported) == exported);
    CHECK(sales.guess(knownFieldNames(ImportTarget::Sales)) == knownFieldNames(ImportTarget::Sales));
}
