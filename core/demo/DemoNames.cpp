#include "DemoNames.h"

#include <array>

namespace kartoteka::demo {

namespace {

struct Stem
{
    const char *native; // UTF-8
    const char *latin;  // for e-mail domains
};

constexpr std::array<Stem, 24> russianStems{{
    {"Северный", "severny"}, {"Альфа", "alfa"},   {"Техно", "tehno"},   {"Вектор", "vektor"},
    {"Гранит", "granit"},    {"Восход", "voshod"}, {"Меридиан", "meridian"}, {"Орион", "orion"},
    {"Сибирь", "sibir"},     {"Уралсталь", "uralstal"}, {"Волга", "volga"}, {"Ладога", "ladoga"},
    {"Прогресс", "progress"}, {"Стандарт", "standart"}, {"Импульс", "impuls"}, {"Кедр", "kedr"},
    {"Ромашка", "romashka"}, {"Атлант", "atlant"}, {"Дельта", "delta"},   {"Звезда", "zvezda"},
    {"Полюс", "polyus"},     {"Эталон", "etalon"}, {"Рубин", "rubin"},    {"Феникс", "feniks"},
}};
constexpr std::array<Stem, 12> russianTrades{{
    {"Строй", "stroy"}, {"Торг", "torg"}, {"Снаб", "snab"}, {"Пром", "prom"},
    {"Логистик", "logistik"}, {"Сервис", "servis"}, {"Трейд", "trade"}, {"Маш", "mash"},
    {"Агро", "agro"}, {"Фарм", "farm"}, {"Энерго", "energo"}, {"Хим", "him"},
}};
constexpr std::array<const char *, 4> russianForms{"ООО", "АО", "ПАО", "ИП"};
constexpr std::array<const char *, 12> russianCities{"Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург",
                                                     "Казань", "Нижний Новгород", "Самара", "Ростов-на-Дону",
                                                     "Краснодар", "Воронеж", "Пермь", "Владивосток"};
constexpr std::array<const char *, 8> russianStreets{"ул. Ленина", "пр. Мира", "ул. Гагарина", "ул. Садовая",
                                                     "Невский пр.", "ул. Победы", "ул. Советская", "наб. Реки"};
constexpr std::array<const char *, 16> russianSurnames{
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"};
constexpr std::array<const char *, 10> russianMaleNames{"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей",
                                                        "Михаил", "Иван", "Николай", "Олег", "Павел"};
constexpr std::array<const char *, 10> russianFemaleNames{"Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
                                                          "Светлана", "Анна", "Мария", "Юлия", "Екатерина"};
constexpr std::array<const char *, 8> russianPatronymicsMale{"Александрович", "Сергеевич", "Иванович", "Петрович",
                                                             "Николаевич", "Викторович", "Юрьевич", "Олегович"};
constexpr std::array<const char *, 8> russianPatronymicsFemale{"Александровна", "Сергеевна", "Ивановна", "Петровна",
                                                               "Николаевна", "Викторовна", "Юрьевна", "Олеговна"};
constexpr std::array<const char *, 8> russianPositions{"Генеральный директор", "Коммерческий директор",
                                                       "Главный бухгалтер", "Менеджер по закупкам", "Снабженец",
                                                       "Начальник отдела продаж", "Инженер", "Секретарь"};

constexpr std::array<const char *, 16> englishStems{"Northwind", "Blue Harbor", "Summit", "Ironwood", "Crescent",
                                                    "Oakridge", "Silverline", "Redstone", "Brightwater", "Pinecrest",
                                                    "Highland", "Evergreen", "Westfield", "Granite Peak", "Lakeside",
                                                    "Riverbend"};
constexpr std::array<const char *, 8> englishTrades{"Traders", "Logistics", "Supply", "Industries", "Foods",
                                                    "Systems", "Engineering", "Distribution"};
constexpr std::array<const char *, 3> englishForms{"LLC", "Ltd", "Inc."};
constexpr std::array<const char *, 8> englishCities{"London", "Manchester", "New York", "Chicago",
                                                    "Toronto", "Sydney", "Dublin", "Boston"};
constexpr std::array<const char *, 12> englishFirst{"James", "Mary", "John", "Patricia", "Robert", "Jennifer",
                                                    "Michael", "Linda", "David", "Susan", "Emma", "Oliver"};
constexpr std::array<const char *, 12> englishLast{"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
                                                   "Davis", "Wilson", "Taylor", "Clark", "Walker", "Young"};
constexpr std::array<const char *, 6> englishPositions{"CEO", "Purchasing Manager", "Head of Procurement",
                                                       "Office Manager", "Chief Accountant", "Sales Director"};

constexpr std::array<Stem, 8> chineseCities{{{"北京", "beijing"}, {"上海", "shanghai"}, {"广州", "guangzhou"},
                                             {"深圳", "shenzhen"}, {"杭州", "hangzhou"}, {"成都", "chengdu"},
                                             {"武汉", "wuhan"}, {"南京", "nanjing"}}};
constexpr std::array<Stem, 12> chineseStems{{{"华信", "huaxin"}, {"东方", "dongfang"}, {"长城", "changcheng"},
                                             {"宏达", "hongda"}, {"金桥", "jinqiao"}, {"新元", "xinyuan"},
                                             {"天成", "tiancheng"}, {"中兴", "zhongxing"}, {"海通", "haitong"},
                                             {"瑞丰", "ruifeng"}, {"恒远", "hengyuan"}, {"嘉和", "jiahe"}}};
constexpr std::array<const char *, 8> chineseTrades{"科技", "贸易", "物流", "机械", "电子", "化工", "食品", "建材"};
constexpr std::array<const char *, 12> chineseSurnames{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙"};
constexpr std::array<const char *, 12> chineseGiven{"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟"};
constexpr std::array<const char *, 5> chinesePositions{"总经理", "采购经理", "销售总监", "财务主管", "行政助理"};

template <std::size_t N>
QString utf8(const std::array<const char *, N> &list, int index)
{
    return QString::fromUtf8(list[static_cast<std::size_t>(index)]);
}

} // namespace

Culture DemoNames::culture()
{
    const int roll = pick(100);
    return roll < 60 ? Culture::Russian : roll < 85 ? Culture::English : Culture::Chinese;
}

QString DemoNames::digits(int count)
{
    QString text(count, QLatin1Char('0'));
    for (QChar &c : text)
        c = QLatin1Char(static_cast<char>('0' + pick(10)));
    return text;
}

QString DemoNames::innFor(qint64 serial)
{
    // Nine digits: a region code (77) and the serial; the tenth is the checksum.
    QString inn = QStringLiteral("77%1").arg(serial % 10000000, 7, 10, QLatin1Char('0'));
    static constexpr std::array<int, 9> weights{2, 4, 10, 3, 5, 9, 4, 6, 8};
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] * inn.at(static_cast<qsizetype>(i)).digitValue();
    inn.append(QChar(QLatin1Char(static_cast<char>('0' + sum % 11 % 10))));
    return inn;
}

DemoCompany DemoNames::company(Culture culture, qint64 serial)
{
    DemoCompany c;
    const QString number = QString::number(serial);
    switch (culture) {
    case Culture::Russian: {
        const Stem &stem = russianStems[static_cast<std::size_t>(pick(russianStems.size()))];
        const Stem &trade = russianTrades[static_cast<std::size_t>(pick(russianTrades.size()))];
        c.legalForm = utf8(russianForms, pick(russianForms.size()));
        const QString name = QString::fromUtf8(stem.native) + QString::fromUtf8(trade.native);
        c.name = QStringLiteral("%1 «%2»").arg(c.legalForm, name);
        c.inn = innFor(serial);
        c.city = utf8(russianCities, pick(russianCities.size()));
        c.address = QStringLiteral("%1, %2").arg(utf8(russianStreets, pick(russianStreets.size()))).arg(pick(120) + 1);
        c.phone = QStringLiteral("+7495") + digits(7);
        c.website = QStringLiteral("%1%2-%3.ru").arg(QLatin1String(stem.latin), QLatin1String(trade.latin), number);
        break;
    }
    case Culture::English: {
        const QString stem = QLatin1String(englishStems[static_cast<std::size_t>(pick(englishStems.size()))]);
        const QString trade = QLatin1String(englishTrades[static_cast<std::size_t>(pick(englishTrades.size()))]);
        c.legalForm = QLatin1String(englishForms[static_cast<std::size_t>(pick(englishForms.size()))]);
        c.name = QStringLiteral("%1 %2 %3").arg(stem, trade, c.legalForm);
        c.city = QLatin1String(englishCities[static_cast<std::size_t>(pick(englishCities.size()))]);
        c.address = QStringLiteral("%1 High Street").arg(pick(300) + 1);
        c.phone = QStringLiteral("+4420") + digits(8);
        c.website = QStringLiteral("%1-%2.com").arg(QString(stem).remove(QLatin1Char(' ')).toLower(), number);
        break;
    }
    case Culture::Chinese: {
        const Stem &city = chineseCities[static_cast<std::size_t>(pick(chineseCities.size()))];
        const Stem &stem = chineseStems[static_cast<std::size_t>(pick(chineseStems.size()))];
        c.legalForm = QStringLiteral("有限公司");
        c.name = QString::fromUtf8(city.native) + QString::fromUtf8(stem.native)
                 + utf8(chineseTrades, pick(chineseTrades.size())) + c.legalForm;
        c.city = QString::fromUtf8(city.native);
        c.address = QStringLiteral("%1路%2号").arg(QString::fromUtf8(stem.native)).arg(pick(500) + 1);
        c.phone = QStringLiteral("+8610") + digits(8);
        c.website = QStringLiteral("%1-%2.cn").arg(QLatin1String(stem.latin), number);
        break;
    }
    }
    c.email = QStringLiteral("info@") + c.website;
    return c;
}

DemoPerson DemoNames::person(Culture culture, const QString &domain)
{
    DemoPerson p;
    switch (culture) {
    case Culture::Russian: {
        const bool female = pick(2) == 0;
        const QString surname = utf8(russianSurnames, pick(russianSurnames.size()))
                                + (female ? QStringLiteral("а") : QString());
        const QString given = female ? utf8(russianFemaleNames, pick(russianFemaleNames.size()))
                                     : utf8(russianMaleNames, pick(russianMaleNames.size()));
        const QString patronymic = female ? utf8(russianPatronymicsFemale, pick(russianPatronymicsFemale.size()))
                                          : utf8(russianPatronymicsMale, pick(russianPatronymicsMale.size()));
        p.fullName = QStringLiteral("%1 %2 %3").arg(surname, given, patronymic);
        p.position = utf8(russianPositions, pick(russianPositions.size()));
        p.phone = QStringLiteral("+79") + digits(9);
        break;
    }
    case Culture::English:
        p.fullName = QStringLiteral("%1 %2").arg(QLatin1String(englishFirst[static_cast<std::size_t>(pick(englishFirst.size()))]),
                                                 QLatin1String(englishLast[static_cast<std::size_t>(pick(englishLast.size()))]));
        p.position = QLatin1String(englishPositions[static_cast<std::size_t>(pick(englishPositions.size()))]);
        p.phone = QStringLiteral("+447") + digits(9);
        break;
    case Culture::Chinese:
        p.fullName = utf8(chineseSurnames, pick(chineseSurnames.size())) + utf8(chineseGiven, pick(chineseGiven.size()))
                     + (pick(2) ? utf8(chineseGiven, pick(chineseGiven.size())) : QString());
        p.position = utf8(chinesePositions, pick(chinesePositions.size()));
        p.phone = QStringLiteral("+861") + digits(10);
        break;
    }
    p.email = QStringLiteral("contact%1@%2").arg(pick(1000)).arg(domain);
    return p;
}

} // namespace kartoteka::demo
