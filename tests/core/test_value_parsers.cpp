#include "TestDatabase.h" // Catch's QString printer

#include "importing/CustomValueText.h"
#include "importing/DateParser.h"
#include "importing/EmailNormalizer.h"
#include "importing/InnValidator.h"
#include "importing/NameNormalizer.h"
#include "importing/NumberParser.h"

#include <catch2/catch.hpp>

using namespace kartoteka;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Dates as ISO text, "<none>" when not parsed, so failures print readably.
QString date(const char *text, DateOrder order = DateOrder::Unknown)
{
    const auto parsed = parseDate(u8(text), order);
    return parsed ? parsed->toString(Qt::ISODate) : QStringLiteral("<none>");
}

QString number(const char *text, DecimalSeparator decimal = DecimalSeparator::Unknown)
{
    const auto parsed = parseNumber(u8(text), decimal);
    return parsed ? QString::number(*parsed, 'f', 3) : QStringLiteral("<none>");
}

QString none()
{
    return QStringLiteral("<none>");
}

} // namespace

// --- Dates --------------------------------------------------------------------------------------

TEST_CASE("Dates parse in every written format", "[import][dates]")
{
    for (const DateOrder order : {DateOrder::Unknown, DateOrder::DayMonth, DateOrder::MonthDay}) {
        // Dots are day first, year-first dates are year-month-day, whatever the column order.
        CHECK(date("15.01.2025", order) == QStringLiteral("2025-01-15"));
        CHECK(date("5.1.2025", order) == QStringLiteral("2025-01-05"));
        CHECK(date("03.04.2025", order) == QStringLiteral("2025-04-03"));
        CHECK(date("15.01.25", order) == QStringLiteral("2025-01-15"));
        CHECK(date("2025-01-15", order) == QStringLiteral("2025-01-15"));
        CHECK(date("2025-1-5", order) == QStringLiteral("2025-01-05"));
        CHECK(date("2025/01/15", order) == QStringLiteral("2025-01-15"));
        CHECK(date("2025.01.15", order) == QStringLiteral("2025-01-15"));
        CHECK(date("2025年1月15日", order) == QStringLiteral("2025-01-15"));
    }
    // Two-digit years: 00–69 are this century, 70–99 the last one.
    CHECK(date("01.01.00") == QStringLiteral("2000-01-01"));
    CHECK(date("01.02.69") == QStringLiteral("2069-02-01"));
    CHECK(date("01.02.70") == QStringLiteral("1970-02-01"));
    CHECK(date("31.12.99") == QStringLiteral("1999-12-31"));
    CHECK(date("12/31/99", DateOrder::MonthDay) == QStringLiteral("1999-12-31"));
    // Slash dates follow the column's order.
    CHECK(date("03/04/2025", DateOrder::DayMonth) == QStringLiteral("2025-04-03"));
    CHECK(date("03/04/2025", DateOrder::MonthDay) == QStringLiteral("2025-03-04"));
    CHECK(date("03-04-2025", DateOrder::DayMonth) == QStringLiteral("2025-04-03"));
    CHECK(date("03-04-2025", DateOrder::MonthDay) == QStringLiteral("2025-03-04"));
    CHECK(date("3/4/25", DateOrder::MonthDay) == QStringLiteral("2025-03-04"));
    // Without an order only a date that decides itself is read; an undecidable one never is.
    CHECK(date("13/04/2025") == QStringLiteral("2025-04-13"));
    CHECK(date("04/13/2025") == QStringLiteral("2025-04-13"));
    CHECK(date("04/04/2025") == QStringLiteral("2025-04-04"));
    CHECK(date("03/04/2025") == none());
    // Times after the date are ignored.
    CHECK(date("15.01.2025 10:30") == QStringLiteral("2025-01-15"));
    CHECK(date("15.01.2025 0:00:00") == QStringLiteral("2025-01-15"));
    CHECK(date("2025-01-15T10:30:00Z") == QStringLiteral("2025-01-15"));
    CHECK(date("2025-01-15 10:30:00+03:00") == QStringLiteral("2025-01-15"));
    CHECK(date("03/04/2025 10:30 AM", DateOrder::MonthDay) == QStringLiteral("2025-03-04"));
    CHECK(date(" 15.01.2025 ") == QStringLiteral("2025-01-15"));
    CHECK(date("15.01.2025г.") == QStringLiteral("2025-01-15"));
    CHECK(date("15.01.2025 г.") == QStringLiteral("2025-01-15"));
}

TEST_CASE("Impossible and malformed dates are not dates", "[import][dates]")
{
    CHECK(date("31.02.2025") == none());
    CHECK(date("29.02.2025") == none());
    CHECK(date("29.02.2024") == QStringLiteral("2024-02-29"));
    CHECK(date("00.01.2025") == none());
    CHECK(date("15.13.2025") == none());
    CHECK(date("32.01.2025") == none());
    CHECK(date("2025-02-30") == none());
    CHECK(date("2025-13-01") == none());
    CHECK(date("31/04/2025", DateOrder::DayMonth) == none());
    CHECK(date("04/31/2025", DateOrder::MonthDay) == none());
    CHECK(date("13/13/2025", DateOrder::DayMonth) == none());
    CHECK(date("13/13/2025", DateOrder::MonthDay) == none());
    CHECK(date("") == none());
    CHECK(date("abc") == none());
    CHECK(date("15.01") == none());
    CHECK(date("15.01.") == none());
    CHECK(date("15.01.2025abc") == none());
    CHECK(date("15-01.2025") == none());
    CHECK(date("1/2/3", DateOrder::DayMonth) == none());
    CHECK(date("15.01.202") == none());
    CHECK(date("15.01.20255") == none());
    CHECK(date("20250115") == none());
    CHECK(date("2025-01") == none());
}

TEST_CASE("A date column's day/month order is detected, or asked for", "[import][dates]")
{
    const auto analyze = [](std::initializer_list<const char *> cells) {
        DateColumnAnalyzer analyzer;
        for (const char *cell : cells)
            analyzer.add(u8(cell));
        return analyzer;
    };
    const DateColumnAnalyzer undecided = analyze({"03/04/2025", "05/06/2025", "12/12/2024", ""});
    CHECK(undecided.order() == DateOrder::Unknown);
    CHECK(undecided.ambiguous());
    CHECK(undecided.hasOrderDependentDates());

    const DateColumnAnalyzer dayFirst = analyze({"03/04/2025", "13/04/2025", "05/06/2025"});
    CHECK(dayFirst.order() == DateOrder::DayMonth);
    CHECK_FALSE(dayFirst.ambiguous());

    const DateColumnAnalyzer monthFirst = analyze({"01/02/2025", "04/13/2025 10:00", "garbage"});
    CHECK(monthFirst.order() == DateOrder::MonthDay);
    CHECK_FALSE(monthFirst.ambiguous());

    // Values that contradict each other decide nothing: ask.
    const DateColumnAnalyzer contradicting = analyze({"13/04/2025", "04/13/2025"});
    CHECK(contradicting.order() == DateOrder::Unknown);
    CHECK(contradicting.ambiguous());

    // Dotted and ISO dates need no order, so there is nothing to ask.
    const DateColumnAnalyzer dotted = analyze({"15.01.2025", "03.04.2025", "2025-01-15"});
    CHECK(dotted.order() == DateOrder::Unknown);
    CHECK_FALSE(dotted.ambiguous());
    CHECK_FALSE(dotted.hasOrderDependentDates());
    CHECK_FALSE(DateColumnAnalyzer().ambiguous());
}

// --- Numbers ------------------------------------------------------------------------------------

TEST_CASE("Numbers parse in every shape legacy files write", "[import][numbers]")
{
    CHECK(number("12 500,00") == QStringLiteral("12500.000"));
    CHECK(number("125\u00a0000,00") == QStringLiteral("125000.000"));
    CHECK(number("125\u202f000,00") == QStringLiteral("125000.000"));
    CHECK(number("125\u2009000,00") == QStringLiteral("125000.000"));
    CHECK(number("\u00a0 8 750,50") == QStringLiteral("8750.500")); // as in sales_ru.csv
    CHECK(number("8 750,50") == QStringLiteral("8750.500"));
    CHECK(number("990,00") == QStringLiteral("990.000"));
    CHECK(number("1,234.56") == QStringLiteral("1234.560"));
    CHECK(number("1.234,56") == QStringLiteral("1234.560"));
    CHECK(number("1,234,567.89") == QStringLiteral("1234567.890"));
    CHECK(number("1.234.567,89") == QStringLiteral("1234567.890"));
    CHECK(number("1,234,567") == QStringLiteral("1234567.000"));
    CHECK(number("1.000.000") == QStringLiteral("1000000.000"));
    CHECK(number("-990") == QStringLiteral("-990.000"));
    CHECK(number("\u2212990") == QStringLiteral("-990.000"));
    CHECK(number("+42") == QStringLiteral("42.000"));
    CHECK(number("(1 234,50)") == QStringLiteral("-1234.500"));
    CHECK(number("1 234 567") == QStringLiteral("1234567.000"));
    CHECK(number("0") == QStringLiteral("0.000"));
    CHECK(number("0,5") == QStringLiteral("0.500"));
    CHECK(number(".5") == QStringLiteral("0.500"));
    CHECK(number("8,5") == QStringLiteral("8.500"));
    CHECK(number("3'500.75") == QStringLiteral("3500.750"));
    CHECK(number("1234567.5") == QStringLiteral("1234567.500"));
    // Currency signs and words around the number.
    CHECK(number("12 500,00 ₽") == QStringLiteral("12500.000"));
    CHECK(number("12 500 руб.") == QStringLiteral("12500.000"));
    CHECK(number("12 500 РУБ") == QStringLiteral("12500.000"));
    CHECK(number("990 р.") == QStringLiteral("990.000"));
    CHECK(number("990р") == QStringLiteral("990.000"));
    CHECK(number("$1,234.56") == QStringLiteral("1234.560"));
    CHECK(number("-$5") == QStringLiteral("-5.000"));
    CHECK(number("¥1000") == QStringLiteral("1000.000"));
    CHECK(number("1000元") == QStringLiteral("1000.000"));
    CHECK(number("€ 5,50") == QStringLiteral("5.500"));
    CHECK(number("5 000 RUB") == QStringLiteral("5000.000"));
}

TEST_CASE("A single separator before three digits is decimal unless the column says otherwise", "[import][numbers]")
{
    CHECK(number("1,234") == QStringLiteral("1.234"));
    CHECK(number("1.234") == QStringLiteral("1.234"));
    CHECK(number("1,234", DecimalSeparator::Comma) == QStringLiteral("1.234"));
    CHECK(number("1,234", DecimalSeparator::Point) == QStringLiteral("1234.000"));
    CHECK(number("1.234", DecimalSeparator::Comma) == QStringLiteral("1234.000"));
    CHECK(number("1.234", DecimalSeparator::Point) == QStringLiteral("1.234"));
    CHECK(number("123,456", DecimalSeparator::Point) == QStringLiteral("123456.000"));
    // Shapes that decide themselves ignore the column.
    CHECK(number("1234,567", DecimalSeparator::Point) == QStringLiteral("1234.567"));
    CHECK(number("12,50", DecimalSeparator::Point) == QStringLiteral("12.500"));
    CHECK(number("1 234,567", DecimalSeparator::Point) == QStringLiteral("1234.567"));

    const auto analyze = [](std::initializer_list<const char *> cells) {
        NumberColumnAnalyzer analyzer;
        for (const char *cell : cells)
            analyzer.add(u8(cell));
        return analyzer;
    };
    const NumberColumnAnalyzer russian = analyze({"12 500,00", "1,234", "abc"});
    CHECK(russian.decimalSeparator() == DecimalSeparator::Comma);
    CHECK_FALSE(russian.ambiguous());
    const NumberColumnAnalyzer english = analyze({"1,234.56", "1,234"});
    CHECK(english.decimalSeparator() == DecimalSeparator::Point);
    CHECK_FALSE(english.ambiguous());
    const NumberColumnAnalyzer groupedOnly = analyze({"1,234,567", "2,500"});
    CHECK(groupedOnly.decimalSeparator() == DecimalSeparator::Point);
    CHECK(number("2,500", groupedOnly.decimalSeparator()) == QStringLiteral("2500.000"));
    const NumberColumnAnalyzer german = analyze({"1.234.567", "2.500"});
    CHECK(german.decimalSeparator() == DecimalSeparator::Comma);
    CHECK(number("2.500", german.decimalSeparator()) == QStringLiteral("2500.000"));
    const NumberColumnAnalyzer undecided = analyze({"1,234", "5,678"});
    CHECK(undecided.decimalSeparator() == DecimalSeparator::Unknown);
    CHECK(undecided.ambiguous());
    const NumberColumnAnalyzer contradicting = analyze({"8,5", "8.5"});
    CHECK(contradicting.decimalSeparator() == DecimalSeparator::Unknown);
    const NumberColumnAnalyzer integers = analyze({"100", "-200", "1 000"});
    CHECK(integers.decimalSeparator() == DecimalSeparator::Unknown);
    CHECK_FALSE(integers.ambiguous());
}

TEST_CASE("Garbage is not a number", "[import][numbers]")
{
    for (const char *text : {"", " ", "abc", "12abc", "1-2", "1,,2", "1..2", "1 2", "12 34", "1.2.3", "1,234 567",
                             "1,2.3.4", "1.234.5,6", "1 234.567,5", "--5", "5-", "1e5", "руб.", "$", "-", ",", "1,",
                             "12 500,00,00", "½", "0x10", "1 2345", "12345 678"}) {
        INFO(text);
        CHECK(number(text) == none());
    }
}

// --- INN ----------------------------------------------------------------------------------------

TEST_CASE("INN check digits are verified for 10 and 12 digits", "[import][inn]")
{
    // 7707083893: 7·2+7·4+0·10+7·3+0·5+8·9+3·4+8·6+9·8 = 267, 267 mod 11 = 3, check digit 3.
    CHECK(isValidInn(QStringLiteral("7707083893")));
    CHECK(isValidInn(QStringLiteral("7736207543")));
    CHECK(isValidInn(QStringLiteral("7830002293")));
    // 662000123480: n11 = (6·7+6·2+2·4+0+0+0+1·9+2·4+3·6+4·8) = 129 mod 11 = 8;
    //               n12 = (6·3+6·7+2·2+0+0+0+1·5+2·9+3·4+4·6+8·8) = 187 mod 11 = 0.
    CHECK(isValidInn(QStringLiteral("662000123480")));
    CHECK(isValidInn(QStringLiteral("500100732259")));

    CHECK_FALSE(isValidInn(QStringLiteral("7707083894")));
    CHECK_FALSE(isValidInn(QStringLiteral("7810123456"))); // the made-up INNs of the samples
    CHECK_FALSE(isValidInn(QStringLiteral("5403123456")));
    CHECK_FALSE(isValidInn(QStringLiteral("662000123456")));
    CHECK_FALSE(isValidInn(QStringLiteral("662000123481"))); // last check digit off
    CHECK_FALSE(isValidInn(QStringLiteral("662000123470"))); // first check digit off
    CHECK_FALSE(isValidInn(QStringLiteral("770708389")));
    CHECK_FALSE(isValidInn(QStringLiteral("77070838931")));
    CHECK_FALSE(isValidInn(QStringLiteral("6620001234800")));
    CHECK_FALSE(isValidInn(QStringLiteral("")));
    CHECK_FALSE(isValidInn(QStringLiteral("0000000000")));
    CHECK_FALSE(isValidInn(QStringLiteral("000000000000")));
    CHECK_FALSE(isValidInn(QStringLiteral("770708389a")));
    CHECK_FALSE(isValidInn(QStringLiteral("7707 83893")));

    CHECK(normalizedInn(u8("ИНН 7707083893")) == QStringLiteral("7707083893"));
    CHECK(normalizedInn(QStringLiteral(" 7707-083-893 ")) == QStringLiteral("7707083893"));
    CHECK(normalizedInn(u8("７７０７０８３８９３")) == QStringLiteral("7707083893"));
    CHECK(normalizedInn(QStringLiteral("")).isEmpty());
    CHECK(normalizedInn(QStringLiteral("n/a")).isEmpty());
}

// --- E-mails ------------------------------------------------------------------------------------

TEST_CASE("E-mails are normalized for matching and checked loosely", "[import][emails]")
{
    CHECK(normalizeEmail(QStringLiteral("  Nancy@Northwind.Example ")) == QStringLiteral("nancy@northwind.example"));
    CHECK(normalizeEmail(QStringLiteral("mailto:Dan@Contoso.example")) == QStringLiteral("dan@contoso.example"));
    CHECK(normalizeEmail(QStringLiteral("MAILTO: dan@contoso.example")) == QStringLiteral("dan@contoso.example"));
    CHECK(normalizeEmail(QStringLiteral("<ana@fabrikam.example>")) == QStringLiteral("ana@fabrikam.example"));
    CHECK(normalizeEmail(QStringLiteral("Nancy Davolio <Nancy@Northwind.example>")) == QStringLiteral("nancy@northwind.example"));
    CHECK(normalizeEmail(QStringLiteral("\"nl@td-vostok.ru\"")) == QStringLiteral("nl@td-vostok.ru"));
    CHECK(normalizeEmail(QStringLiteral("nl@td-vostok.ru.")) == QStringLiteral("nl@td-vostok.ru"));
    CHECK(normalizeEmail(u8("ИНФО@ПРИМЕР.РФ")) == u8("инфо@пример.рф"));
    CHECK(normalizeEmail(QStringLiteral("")).isEmpty());

    for (const char *valid : {"a@b.ru", "first.last+tag@sub.example.com", "инфо@пример.рф", "chenjing@xihutea.cn"}) {
        INFO(valid);
        CHECK(looksLikeEmail(u8(valid)));
    }
    for (const char *invalid : {"", "a", "a@", "@b.ru", "a@b", "a@b.", "a@.ru", "a@@b.ru", "a@b@c.ru", "a b@c.ru",
                                "a@b..ru", ".a@b.ru", "a.@b.ru", "a@b.ru,", "a(b)@c.ru"}) {
        INFO(invalid);
        CHECK_FALSE(looksLikeEmail(u8(invalid)));
    }
}

TEST_CASE("Several e-mails in one cell are split like phones", "[import][emails]")
{
    const auto emails = [](const char *cell) -> QString {
        const EmailResult result = normalizeEmails(u8(cell));
        return result.emails.join(QLatin1Char('|')) + QStringLiteral(" ! ") + result.invalid.join(QLatin1Char('|'));
    };
    CHECK(emails("nl@td-vostok.ru; SE@td-vostok.ru") == QStringLiteral("nl@td-vostok.ru|se@td-vostok.ru ! "));
    CHECK(emails("a@x.ru, A@X.RU") == QStringLiteral("a@x.ru ! "));
    CHECK(emails("a@x.ru b@y.ru") == QStringLiteral("a@x.ru|b@y.ru ! "));
    CHECK(emails("a@x.ru / b@y.ru\nc@z.ru") == QStringLiteral("a@x.ru|b@y.ru|c@z.ru ! "));
    CHECK(emails("Nancy <nancy@x.com>, Dan <dan@y.com>") == QStringLiteral("nancy@x.com|dan@y.com ! "));
    CHECK(emails("a@x.ru, не указан") == u8("a@x.ru ! не указан"));
    CHECK(emails("") == QStringLiteral(" ! "));
    CHECK(emails(" ; ") == QStringLiteral(" ! "));
}

// --- Organization names -------------------------------------------------------------------------

TEST_CASE("Organization names normalize to one duplicate key", "[import][names]")
{
    const auto key = [](const char *name) { return normalizedOrganizationName(u8(name)); };
    const QString vostok = u8("торговый дом восток");
    CHECK(key("ООО \"Торговый дом \"\"Восток\"\"\"") == vostok); // as the CSV has it
    CHECK(key("ООО \"Торговый дом \"Восток\"") == vostok);      // as the reader decodes it
    CHECK(key("Торговый Дом Восток, ООО") == vostok);
    CHECK(key("«Торговый дом «Восток»» ООО") == vostok);
    CHECK(key("Общество с ограниченной ответственностью “Торговый дом ‘Восток’”") == vostok);
    CHECK(key("  Торговый   дом -- Восток!!! ") == vostok);

    const QString progress = u8("прогресс");
    CHECK(key("ООО \"Прогресс\"") == progress);
    CHECK(key("Прогресс ООО") == progress);
    CHECK(key("ооо «ПРОГРЕСС»") == progress);
    CHECK(key("OOO \"Progress\"") == QStringLiteral("progress")); // Latin letters, as some lists type it

    CHECK(key("ИП Соколов А.А.") == u8("соколов аа"));
    CHECK(key("Индивидуальный предприниматель Соколов А. А.") == u8("соколов аа"));
    CHECK(key("Соколов АА ИП") == u8("соколов аа"));
    CHECK(key("ООО Фёдоров и партнёры") == u8("федоров и партнеры"));
    CHECK(key("АО \"Альфа\"") == u8("альфа"));
    CHECK(key("Акционерное общество «Альфа»") == u8("альфа"));
    CHECK(key("ПАО Альфа") == u8("альфа"));
    CHECK(key("Публичное акционерное общество Альфа") == u8("альфа"));

    CHECK(key("Northwind Traders, LLC") == QStringLiteral("northwind traders"));
    CHECK(key("Northwind Traders Inc.") == QStringLiteral("northwind traders"));
    CHECK(key("NORTHWIND TRADERS LTD") == QStringLiteral("northwind traders"));
    CHECK(key("Contoso & Co.") == QStringLiteral("contoso"));
    CHECK(key("Contoso Co., Ltd.") == QStringLiteral("contoso"));
    CHECK(key("Fabrikam GmbH") == QStringLiteral("fabrikam"));
    CHECK(key("Fabrikam S.A. de C.V.") == QStringLiteral("fabrikam"));

    CHECK(key("杭州西湖茶业有限公司") == u8("杭州西湖茶业"));
    CHECK(key("杭州西湖茶业有限责任公司") == u8("杭州西湖茶业"));
    CHECK(key("杭州西湖茶业股份有限公司") == u8("杭州西湖茶业"));
    CHECK(key("成都天府食品 有限公司") == u8("成都天府食品"));

    // Legal forms are whole words: inside a word they are part of the name.
    CHECK(key("Аоника") == u8("аоника"));
    CHECK(key("Coca-Cola") == QStringLiteral("coca cola"));
    CHECK(key("Завод № 1") == u8("завод 1"));
    // A name of legal forms only keeps them; nothing gives nothing.
    CHECK(key("ООО") == u8("ооо"));
    CHECK(key("").isEmpty());
    CHECK(key(" «» ").isEmpty());
    // Different organizations stay different.
    CHECK(key("ООО Восток") != key("ООО Восток-2"));
}

TEST_CASE("Cells become the stored values of typed custom fields, or nothing", "[import][custom]")
{
    const auto stored = [](CustomField::Type type, const char *text, QStringList choices = {}) {
        CustomField field;
        field.label = QStringLiteral("Field");
        field.type = type;
        field.choices = std::move(choices);
        const std::optional<QString> value = customValueFromText(field, u8(text), DateOrder::DayMonth);
        if (value) // whatever comes out must be a value the field accepts
            CHECK(field.accepts(*value));
        return value.value_or(QStringLiteral("<none>"));
    };
    using Type = CustomField::Type;
    CHECK(stored(Type::Text, "что угодно, 1,5") == u8("что угодно, 1,5"));

    CHECK(stored(Type::Number, "12 500,50") == QStringLiteral("12500.5"));
    CHECK(stored(Type::Number, "1\u00a0234 руб.") == QStringLiteral("1234"));
    CHECK(stored(Type::Number, "-7.25") == QStringLiteral("-7.25"));
    CHECK(stored(Type::Number, "много") == QStringLiteral("<none>"));

    CHECK(stored(Type::Date, "03.04.2025") == QStringLiteral("2025-04-03"));
    CHECK(stored(Type::Date, "03/04/2025") == QStringLiteral("2025-04-03")); // the column's order: day first
    CHECK(stored(Type::Date, "2025年4月3日") == QStringLiteral("2025-04-03"));
    CHECK(stored(Type::Date, "31.02.2025") == QStringLiteral("<none>"));

    for (const char *yes : {"да", "Yes", "TRUE", "1", "是", "+"})
        CHECK(stored(Type::Bool, yes) == QStringLiteral("1"));
    for (const char *no : {"нет", "no", "false", "0", "否", "-"})
        CHECK(stored(Type::Bool, no) == QStringLiteral("0"));
    CHECK(stored(Type::Bool, "возможно") == QStringLiteral("<none>"));

    const QStringList segments{u8("Опт"), u8("Розница")};
    CHECK(stored(Type::Choice, "РОЗНИЦА", segments) == u8("Розница")); // the choice's own spelling
    CHECK(stored(Type::Choice, "Дилер", segments) == QStringLiteral("<none>"));
}
