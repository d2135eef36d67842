#include "HeaderMapper.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace kartoteka {

namespace {

enum TargetMask : unsigned { Clients = 1, Sales = 2, Both = Clients | Sales };

struct SynonymRow
{
    unsigned targets;
    const char *field;
    const char *synonyms; // UTF-8, separated by '|', matched through normalizedHeader()
};

// The one place that knows how people word headers. A normalized synonym must not appear in
// two fields of one target (the tests check it).
constexpr std::array<SynonymRow, 24> synonymTable{{
    {Clients, "name",
     "name|Наименование|Название|Организация|Наименование организации|Название организации|"
     "Название компании|Наименование компании|Наименование контрагента|Полное наименование|"
     "Краткое наименование|Контрагент|Клиент|Наименование клиента|Компания|Фирма|Юрлицо|"
     "Юридическое лицо|Company|Company Name|Organization|Organisation|Organization Name|Account|"
     "Account Name|Customer|Customer Name|Client|Client Name|Business Name|Firm|"
     "公司|公司名称|客户|客户名称|单位名称|企业名称|名称|组织名称"},
    {Both, "inn",
     "inn|ИНН|ИНН организации|ИНН контрагента|ИНН клиента|ИНН покупателя|Tax ID|Tax Number|"
     "TIN|Taxpayer ID|VAT Number|VAT ID|纳税人识别号|税号|统一社会信用代码|信用代码"},
    {Clients, "kind",
     "kind|Тип|Тип клиента|Тип контрагента|Вид|Вид контрагента|Вид клиента|Категория|"
     "Категория клиента|Type|Category|Customer Type|Client Type|Account Type|"
     "类型|客户类型|类别|客户类别"},
    {Clients, "contact",
     "contact|Контактное лицо|Контакт|Контактное лицо ФИО|ФИО|ФИО контакта|ФИО контактного лица|"
     "Представитель|Фамилия|Имя|Отчество|Фамилия Имя Отчество|Contact Person|Contact Name|"
     "Contact Person Name|Full Name|First Name|Last Name|Middle Name|Surname|Given Name|Person|"
     "联系人|联系人姓名|姓名"},
    {Clients, "position",
     "position|Должность|Должность контакта|Должность контактного лица|Title|Job Title|Role|"
     "职务|职位|岗位|头衔"},
    {Clients, "phone",
     "phone|Телефон|Телефоны|Тел.|Номер телефона|Контактный телефон|Рабочий телефон|Мобильный|"
     "Мобильный телефон|Моб. телефон|Моб.|Сотовый|Сотовый телефон|Городской телефон|"
     "Телефон контактного лица|Phones|Phone Number|Telephone|Tel|Mobile|Mobile Phone|"
     "Mobile Number|Cell|Cell Phone|Work Phone|Business Phone|Office Phone|Contact Phone|"
     "Home Phone|电话|手机|联系电话|电话号码|手机号|手机号码|移动电话|座机|固定电话|办公电话"},
    {Clients, "email",
     "email|E-mail|Е-mail|Эл. почта|Электронная почта|Почта|Адрес электронной почты|Емейл|Имейл|"
     "Мейл|Mail|E-mail Address|Email Address|Contact Email|Work Email|电子邮件|电子邮箱|邮箱|"
     "邮件|电邮|Email地址"},
    {Clients, "website",
     "website|Сайт|Веб-сайт|Интернет-сайт|Адрес сайта|Web|Web Site|URL|Homepage|Site|"
     "网站|网址|主页|官网"},
    {Clients, "city",
     "city|Город|Населенный пункт|Нас. пункт|Town|Locality|城市|所在城市"},
    {Clients, "address",
     "address|Адрес|Юридический адрес|Фактический адрес|Почтовый адрес|Юр. адрес|Факт. адрес|"
     "Адрес доставки|Street|Street Address|Mailing Address|Billing Address|Shipping Address|"
     "Legal Address|地址|公司地址|详细地址|联系地址|办公地址"},
    {Clients, "notes",
     "notes|Комментарий|Комментарии|Примечание|Примечания|Заметки|Заметка|Описание|"
     "Доп. информация|Дополнительная информация|Note|Comment|Comments|Description|Remarks|Memo|"
     "备注|说明|附注|描述"},
    {Clients, "manager",
     "manager|Менеджер|Ответственный|Ответственный менеджер|Персональный менеджер|Куратор|"
     "Account Owner|Owner|Account Manager|Sales Rep|Salesperson|Assigned To|"
     "负责人|客户经理|业务员|销售代表|销售负责人"},
    {Clients, "birthday",
     "birthday|День рождения|Дата рождения|Birthday|Date of Birth|Birth Date|DOB|生日|出生日期"},
    {Clients, "contact_notes",
     "contact_notes|Комментарий к контакту|Примечание к контакту|Заметки о контакте|Contact Notes|"
     "Contact Note|Notes on Contact|联系人备注"},
    {Clients, "legal_form",
     "legal_form|Форма собственности|Организационно-правовая форма|ОПФ|Правовая форма|Legal Form|"
     "Entity Type|Company Type|Legal Entity Type|公司类型|企业类型|组织形式"},
    {Clients, "priority",
     "priority|Приоритет|Приоритет обслуживания|Важность клиента|Priority|Service Priority|"
     "Customer Priority|优先级|服务优先级|客户优先级"},
    {Clients, "price_terms",
     "price_terms|Ценовые условия|Условия цен|Тип цен|Индивидуальные цены|Скидка|Price Terms|"
     "Pricing|Price List|Discount|价格条件|价格政策|折扣"},
    {Clients, "delivery_terms",
     "delivery_terms|Условия поставки|Условия доставки|Доставка|Способ доставки|Delivery Terms|"
     "Shipping Terms|Incoterms|Delivery|交货条件|送货条件|配送方式"},
    {Clients, "created",
     "created|Дата создания|Создан|Создано|Дата регистрации|Дата добавления|Дата заведения|"
     "Created Date|Created On|Date Created|Creation Date|Created At|"
     "创建日期|创建时间|登记日期|录入日期|注册日期"},
    {Sales, "client",
     "client|Клиент|Контрагент|Покупатель|Заказчик|Организация|Наименование покупателя|"
     "Наименование контрагента|Наименование клиента|Customer|Customer Name|Client Name|Buyer|"
     "Account|Account Name|Company|客户|客户名称|购买方|购货单位|买方|公司名称"},
    {Sales, "date",
     "date|Дата|Дата документа|Дата продажи|Дата отгрузки|Дата реализации|Дата счета|"
     "Invoice Date|Sale Date|Order Date|Document Date|Transaction Date|"
     "日期|销售日期|开票日期|单据日期|交易日期"},
    {Sales, "amount",
     "amount|Сумма|Сумма с НДС|Сумма без НДС|Сумма документа|Сумма продажи|Выручка|Итого|"
     "Стоимость|Total|Revenue|Sales|Sum|Total Amount|Invoice Amount|Net Amount|"
     "金额|销售额|总金额|合计|价税合计|销售金额"},
    {Sales, "profit",
     "profit|Прибыль|Маржа|Валовая прибыль|Margin|Gross Profit|Gross Margin|利润|毛利|毛利润"},
    {Sales, "document",
     "document|Документ|Номер документа|№ документа|Номер|Номер накладной|Номер счета|Накладная|"
     "Счет|УПД|Document No|Document Number|Invoice|Invoice No|Invoice Number|Order No|"
     "Number|单号|发票号|发票号码|单据号|订单号"},
}};

constexpr unsigned maskOf(ImportTarget target)
{
    return target == ImportTarget::Clients ? Clients : Sales;
}

QStringList splitSynonyms(const SynonymRow &row)
{
    return QString::fromUtf8(row.synonyms).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

QHash<QString, QString> buildKeys(ImportTarget target)
{
    QHash<QString, QString> keys;
    for (const SynonymRow &row : synonymTable) {
        if (!(row.targets & maskOf(target)))
            continue;
        for (const QString &synonym : splitSynonyms(row)) {
            const QString key = HeaderMapper::normalizedHeader(synonym);
            if (!key.isEmpty() && !keys.contains(key)) // the first row wins; tests forbid clashes
                keys.insert(key, QString::fromLatin1(row.field));
        }
    }
    return keys;
}

const QHash<QString, QString> &keysFor(ImportTarget target)
{
    static const QHash<QString, QString> clients = buildKeys(ImportTarget::Clients);
    static const QHash<QString, QString> sales = buildKeys(ImportTarget::Sales);
    return target == ImportTarget::Clients ? clients : sales;
}

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80 && c.unicode() <= 0x9FFF;
}

// Appends the key of one character (or surrogate pair) at text[i]; returns how many it read.
qsizetype appendKeyChar(QString &out, QStringView text, qsizetype i)
{
    char16_t c = text[i].unicode();
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII, as Chinese input methods type it
        c = char16_t(c - 0xFEE0);
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(QChar(c));
        else if (c >= u'A' && c <= u'Z')
            out.append(QChar(char16_t(c + 32)));
        return 1;
    }
    if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        const char32_t ucs4 = QChar::surrogateToUcs4(c, text[i + 1].unicode());
        if (QChar::isLetterOrNumber(ucs4))
            out.append(QChar::fromUcs4(QChar::toCaseFolded(ucs4)));
        return 2;
    }
    if (!QChar::isLetterOrNumber(c))
        return 1;
    char16_t folded = QChar::toCaseFolded(c);
    if (folded == u'ё')
        folded = u'е';
    out.append(QChar(folded));
    return 1;
}

// The header split into normalized words, for matching a synonym inside a longer header.
QStringList normalizedWords(const QString &header)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < header.size();) {
        const qsizetype before = word.size();
        const qsizetype read = appendKeyChar(word, header, i);
        const bool separator = word.size() == before && !header[i].isMark();
        i += read;
        if (separator && !word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

QString withoutNumbering(const QString &key)
{
    qsizetype begin = 0;
    qsizetype end = key.size();
    while (begin < end && key[begin].isDigit())
        ++begin;
    while (end > begin && key[end - 1].isDigit())
        --end;
    return key.sliced(begin, end - begin);
}

constexpr int exactScore = 100;
constexpr int numberedScore = 90;
constexpr int maxWordsScore = 89;
constexpr qsizetype maxWords = 8;

} // namespace

HeaderMapper::HeaderMapper(ImportTarget target)
    : m_target(target)
    , m_keys(keysFor(target))
{
}

QString HeaderMapper::normalizedHeader(const QString &header)
{
    QString key;
    key.reserve(header.size());
    for (qsizetype i = 0; i < header.size();)
        i += appendKeyChar(key, header, i);
    return key;
}

HeaderMapper::Match HeaderMapper::match(const QString &header) const
{
    const QString trimmed = header.trimmed();
    if (m_target == ImportTarget::Clients && trimmed.startsWith(kCustomFieldPrefix, Qt::CaseInsensitive)) {
        // Our own CSV export writes custom fields as "custom:LABEL".
        if (const auto ref = parseFieldRef(trimmed, m_target))
            return {ref->name, exactScore};
    }
    const QString key = normalizedHeader(trimmed);
    if (key.isEmpty())
        return {};
    if (const auto it = m_keys.constFind(key); it != m_keys.cend())
        return {*it, exactScore};
    const QString unnumbered = withoutNumbering(key);
    if (!unnumbered.isEmpty() && unnumbered != key) {
        if (const auto it = m_keys.constFind(unnumbered); it != m_keys.cend())
            return {*it, numberedScore};
    }
    // A synonym made of whole words of the header: the longest one wins, then the first one.
    const QStringList words = normalizedWords(trimmed);
    Match best;
    qsizetype bestLength = 0;
    for (qsizetype first = 0; first < std::min(words.size(), maxWords); ++first) {
        QString candidate;
        for (qsizetype last = first; last < std::min(words.size(), maxWords); ++last) {
            candidate += words[last];
            const bool longEnough = candidate.size() >= 3 || (candidate.size() >= 2 && isCjk(candidate[0]));
            if (!longEnough || candidate.size() <= bestLength)
                continue;
            if (const auto it = m_keys.constFind(candidate); it != m_keys.cend()) {
                best.field = *it;
                bestLength = candidate.size();
            }
        }
    }
    if (bestLength > 0)
        best.score = std::max<int>(1, int(bestLength * maxWordsScore / key.size()));
    return best;
}

std::optional<QString> HeaderMapper::fieldFor(const QString &header) const
{
    Match found = match(header);
    if (found.score == 0)
        return std::nullopt;
    return found.field;
}

int HeaderMapper::matchScore(const QString &header) const
{
    return match(header).score;
}

QStringList HeaderMapper::guess(const QStringList &headers) const
{
    QList<Match> matches;
    matches.reserve(headers.size());
    for (const QString &header : headers)
        matches.append(match(header));

    QStringList fields;
    fields.reserve(headers.size());
    for (qsizetype column = 0; column < matches.size(); ++column) {
        const Match &mine = matches[column];
        bool keeps = mine.score > 0;
        const bool shared = mine.field == QLatin1String("phone") || mine.field == QLatin1String("contact");
        for (qsizetype other = 0; keeps && !shared && other < matches.size(); ++other) {
            const Match &theirs = matches[other];
            if (other == column || theirs.field != mine.field)
                continue;
            // A better match elsewhere, or an equal one in an earlier column, takes the field.
            if (theirs.score > mine.score || (theirs.score == mine.score && other < column))
                keeps = false;
        }
        fields.append(keeps ? mine.field : QString(kIgnoredField));
    }
    return fields;
}

QStringList HeaderMapper::synonyms(ImportTarget target, const QString &field)
{
    QStringList result;
    for (const SynonymRow &row : synonymTable) {
        if ((row.targets & maskOf(target)) && field == QLatin1String(row.field))
            result += splitSynonyms(row);
    }
    return result;
}

} // namespace kartoteka
