#include "DemoDataGenerator.h"

#include "DemoNames.h"
#include "DemoSales.h"
#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cstdio>
#include <ctime>

namespace kartoteka {

namespace {

using demo::Culture;

struct DemoUser
{
    const char *login;
    const char *name;
    const char *role;
};

constexpr std::array<DemoUser, 6> demoUsers{{
    {"demo.ivanova", "Анна Иванова", "manager"},
    {"demo.petrov", "Пётр Петров", "manager"},
    {"demo.smith", "John Smith", "manager"},
    {"demo.wang", "王芳", "manager"},
    {"demo.sokolova", "Мария Соколова", "supervisor"},
    {"demo.admin", "Administrator", "admin"},
}};

struct TaskTemplate
{
    const char *type;
    int weight;
    std::array<const char *, 3> subject; // Russian, English, Chinese
};

constexpr std::array<TaskTemplate, 9> taskTemplates{{
    {"call", 20, {"Звонок: уточнить заказ", "Call: confirm the order", "电话：确认订单"}},
    {"call", 15, {"Звонок: напомнить об оплате", "Call: payment reminder", "电话：付款提醒"}},
    {"email", 12, {"Отправить коммерческое предложение", "Send the commercial offer", "发送商业报价"}},
    {"email", 8, {"Письмо: новый прайс-лист", "E-mail: new price list", "邮件：新价目表"}},
    {"meeting", 10, {"Встреча: переговоры по договору", "Meeting: contract negotiation", "会议：合同谈判"}},
    {"letter", 5, {"Письмо: акт сверки", "Letter: reconciliation statement", "信函：对账单"}},
    {"visit", 10, {"Визит: презентация продукции", "Visit: product presentation", "拜访：产品演示"}},
    {"task", 12, {"Подготовить договор", "Prepare the contract", "准备合同"}},
    {"task", 8, {"Выставить счёт", "Issue the invoice", "开具发票"}},
}};

// ISO 8601 UTC text from seconds since the epoch; QDateTime::toString costs more per row
// than the row's whole insert.
QString isoUtc(qint64 seconds)
{
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm parts{};
    gmtime_r(&t, &parts);
    char text[80];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                  parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
    return QString::fromLatin1(text);
}

class Generator
{
public:
    Generator(const QSqlDatabase &db, const DemoOptions &options, const DemoDataGenerator::Progress &progress)
        : m_db(db), m_options(options), m_progress(progress), m_random(options.seed), m_names(m_random)
    {
        m_now = sql::now();
        m_nowText = sql::fromDateTime(m_now).toString();
        // Tasks are placed in local working hours; one offset for the whole run is close enough.
        m_utcOffset = QDateTime::currentDateTime().offsetFromUtc();
    }

    Result<DemoSummary> run();

private:
    DatabaseError users();
    DatabaseError organizationsAndPersons();
    DatabaseError projectsAndDeals();
    DatabaseError tasks();
    DatabaseError sales();
    bool report(int percent);
    // The first organizations are the buyers: they are clients and have the sales history.
    qint64 buyerCount() const
    {
        return m_options.buyers < 0 ? std::min<qint64>(m_options.clients, 10000)
                                    : std::min(m_options.buyers, m_options.clients);
    }
    int pick(int size) { return std::uniform_int_distribution<int>(0, size - 1)(m_random); }
    qint64 pick64(qint64 size) { return std::uniform_int_distribution<qint64>(0, size - 1)(m_random); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    qint64 randomUser() { return m_userIds[static_cast<std::size_t>(pick(static_cast<int>(m_userIds.size())))]; }

    QSqlDatabase m_db;
    DemoOptions m_options;
    const DemoDataGenerator::Progress &m_progress;
    std::mt19937 m_random;
    demo::DemoNames m_names;
    QDateTime m_now;
    QString m_nowText;
    int m_utcOffset = 0;
    int m_lastPercent = -1;
    bool m_cancelled = false;

    std::vector<qint64> m_userIds;
    qint64 m_supervisorId = 0;
    std::vector<qint64> m_organizationIds;
    std::vector<Culture> m_cultures;
    std::vector<qint64> m_firstPersonIds; // 0 where the organization has no person
    std::vector<qint64> m_projectIds;
    std::vector<qint64> m_dealIds;
    DemoSummary m_summary;
};

bool Generator::report(int percent)
{
    if (percent == m_lastPercent || !m_progress)
        return !m_cancelled;
    m_lastPercent = percent;
    if (!m_progress(percent))
        m_cancelled = true;
    return !m_cancelled;
}

DatabaseError Generator::users()
{
    for (const DemoUser &user : demoUsers) {
        const QString login = QString::fromLatin1(user.login);
        auto existing = sql::exec(m_db, QStringLiteral("SELECT id FROM users WHERE login = ?"), {login});
        if (!existing)
            return existing.error();
        qint64 id = 0;
        if (existing->next()) {
            id = existing->value(0).toLongLong();
        } else {
            auto inserted = sql::exec(
                m_db,
                QStringLiteral("INSERT INTO users (login, display_name, role, email, created_at) VALUES (?, ?, ?, ?, ?)"),
                {login, QString::fromUtf8(user.name), QString::fromLatin1(user.role),
                 QString(login + QStringLiteral("@kartoteka.example")), m_nowText});
            if (!inserted)
                return inserted.error();
            id = inserted->lastInsertId().toLongLong();
            ++m_summary.users;
        }
        m_userIds.push_back(id);
        if (QLatin1String(user.role) == QLatin1String("supervisor"))
            m_supervisorId = id;
    }
    return {};
}

DatabaseError Generator::organizationsAndPersons()
{
    BulkInsert organizations(m_db, QStringLiteral("organizations"),
                             {QStringLiteral("name"), QStringLiteral("legal_form"), QStringLiteral("inn"),
                              QStringLiteral("kind"), QStringLiteral("manager_id"), QStringLiteral("service_priority"),
                              QStringLiteral("phones"), QStringLiteral("email"), QStringLiteral("website"),
                              QStringLiteral("city"), QStringLiteral("address"), QStringLiteral("created_at"),
                              QStringLiteral("updated_at")});
    BulkInsert persons(m_db, QStringLiteral("persons"),
                       {QStringLiteral("organization_id"), QStringLiteral("full_name"), QStringLiteral("position"),
                        QStringLiteral("phones"), QStringLiteral("emails"), QStringLiteral("created_at"),
                        QStringLiteral("updated_at")});
    if (organizations.prepareError())
        return organizations.prepareError();
    if (persons.prepareError())
        return persons.prepareError();

    const qint64 count = m_options.clients;
    const qint64 buyers = buyerCount();
    m_organizationIds.reserve(static_cast<std::size_t>(count));
    m_cultures.reserve(static_cast<std::size_t>(count));
    m_firstPersonIds.reserve(static_cast<std::size_t>(count));
    static const std::array<QString, 4> kinds{QStringLiteral("client"), QStringLiteral("prospect"),
                                              QStringLiteral("partner"), QStringLiteral("supplier")};
    for (qint64 i = 0; i < count; ++i) {
        const Culture culture = m_names.culture();
        const demo::DemoCompany company = m_names.company(culture, i + 1);
        // Buyers are clients; the rest of the index is mostly prospects.
        const int kindRoll = pick(100);
        const QString &kind = i < buyers ? kinds[0]
                              : kindRoll < 40 ? kinds[0]
                              : kindRoll < 85 ? kinds[1]
                              : kindRoll < 95 ? kinds[2]
                                              : kinds[3];
        auto id = organizations.insert({company.name, company.legalForm, sql::fromText(company.inn), kind,
                                        randomUser(), chance(0.1) ? 2 : 1, company.phone, company.email,
                                        company.website, company.city, company.address, m_nowText, m_nowText});
        if (!id)
            return id.error();
        m_organizationIds.push_back(*id);
        m_cultures.push_back(culture);

        qint64 firstPerson = 0;
        const int personCount = pick(3); // 0, 1 or 2 contact persons
        const QString domain = company.website;
        for (int p = 0; p < personCount; ++p) {
            const demo::DemoPerson person = m_names.person(culture, domain);
            auto personId = persons.insert(
                {*id, person.fullName, person.position, person.phone, person.email, m_nowText, m_nowText});
            if (!personId)
                return personId.error();
            if (firstPerson == 0)
                firstPerson = *personId;
            ++m_summary.persons;
        }
        m_firstPersonIds.push_back(firstPerson);
        if (i % 4096 == 0 && !report(static_cast<int>(40 * i / std::max<qint64>(count, 1))))
            return {};
    }
    m_summary.organizations = count;
    return {};
}

DatabaseError Generator::projectsAndDeals()
{
    if (m_organizationIds.empty())
        return {};
    const qint64 projects = std::clamp<qint64>(m_options.clients / 100, 1, 2000);
    static const std::array<const char *, 5> projectNames{"Поставка оборудования", "Annual supply contract",
                                                          "仓库自动化", "Выход в регион", "Service agreement"};
    static const std::array<QString, 3> stages{QStringLiteral("open"), QStringLiteral("won"), QStringLiteral("lost")};
    BulkInsert projectInsert(m_db, QStringLiteral("projects"),
                             {QStringLiteral("name"), QStringLiteral("organization_id"), QStringLiteral("owner_id"),
                              QStringLiteral("start_date"), QStringLiteral("created_at")});
    BulkInsert dealInsert(m_db, QStringLiteral("deals"),
                          {QStringLiteral("name"), QStringLiteral("organization_id"), QStringLiteral("project_id"),
                           QStringLiteral("owner_id"), QStringLiteral("stage"), QStringLiteral("amount"),
                           QStringLiteral("opened_on"), QStringLiteral("created_at")});
    for (qint64 i = 0; i < projects; ++i) {
        const qint64 organization = m_organizationIds[static_cast<std::size_t>(pick64(m_organizationIds.size()))];
        const QString name = QStringLiteral("%1 #%2")
                                 .arg(QString::fromUtf8(projectNames[static_cast<std::size_t>(pick(5))]))
                                 .arg(i + 1);
        auto project = projectInsert.insert({name, organization, randomUser(),
                                             sql::fromDate(m_now.date().addDays(-pick(365))), m_nowText});
        if (!project)
            return project.error();
        m_projectIds.push_back(*project);
        auto deal = dealInsert.insert({QStringLiteral("Deal %1").arg(i + 1), organization, *project, randomUser(),
                                       stages[static_cast<std::size_t>(pick(3))], 10000.0 * (1 + pick(100)),
                                       sql::fromDate(m_now.date().addDays(-pick(365))), m_nowText});
        if (!deal)
            return deal.error();
        m_dealIds.push_back(*deal);
    }
    m_summary.projects = m_summary.deals = projects;
    return {};
}

DatabaseError Generator::tasks()
{
    auto types = sql::exec(m_db, QStringLiteral("SELECT code, id FROM task_types"));
    if (!types)
        return types.error();
    QHash<QString, qint64> typeIds;
    while (types->next())
        typeIds.insert(types->value(0).toString(), types->value(1).toLongLong());
    std::vector<int> weights;
    for (const TaskTemplate &t : taskTemplates)
        weights.push_back(t.weight);
    std::discrete_distribution<int> templatePick(weights.begin(), weights.end());

    BulkInsert insert(m_db, QStringLiteral("tasks"),
                      {QStringLiteral("subject"), QStringLiteral("type_id"), QStringLiteral("state"),
                       QStringLiteral("importance"), QStringLiteral("percent_complete"),
                       QStringLiteral("organization_id"), QStringLiteral("person_id"), QStringLiteral("project_id"),
                       QStringLiteral("deal_id"), QStringLiteral("author_id"), QStringLiteral("assignee_id"),
                       QStringLiteral("controller_id"), QStringLiteral("is_personal"), QStringLiteral("all_day"),
                       QStringLiteral("planned_start"), QStringLiteral("planned_end"), QStringLiteral("actual_start"),
                       QStringLiteral("actual_end"), QStringLiteral("remind_at"), QStringLiteral("expenses"),
                       QStringLiteral("created_at"), QStringLiteral("updated_at")});
    if (insert.prepareError())
        return insert.prepareError();

    const qint64 nowSeconds = m_now.toSecsSinceEpoch();
    const qint64 todayLocalMidnight = (nowSeconds + m_utcOffset) / 86400 * 86400 - m_utcOffset;
    for (qint64 i = 0; i < m_options.tasks; ++i) {
        const TaskTemplate &t = taskTemplates[static_cast<std::size_t>(templatePick(m_random))];
        const bool hasOrganization = !m_organizationIds.empty() && chance(0.9);
        const std::size_t orgIndex = hasOrganization ? static_cast<std::size_t>(pick64(m_organizationIds.size())) : 0;
        const Culture culture = hasOrganization ? m_cultures[orgIndex] : Culture::Russian;
        const QVariant organization = hasOrganization ? QVariant(m_organizationIds[orgIndex]) : QVariant();
        const qint64 personId = hasOrganization ? m_firstPersonIds[orgIndex] : 0;
        const QVariant person = personId != 0 && chance(0.7) ? QVariant(personId) : QVariant();

        const bool allDay = chance(0.1);
        const qint64 day = todayLocalMidnight + 86400LL * (pick(241) - 180);
        const qint64 start = allDay ? day : day + 3600LL * (9 + pick(9)) + 900LL * pick(4);
        const qint64 end = allDay ? day + 86400 : start + 900LL * (1 + pick(8));
        QString state = QStringLiteral("planned");
        int percent = 0;
        QVariant actualStart, actualEnd, remindAt;
        if (end < nowSeconds) {
            const int roll = pick(100);
            if (roll < 80) {
                state = QStringLiteral("done");
                percent = 100;
                actualStart = isoUtc(start + 300LL * (pick(7) - 3));
                actualEnd = isoUtc(end + 300LL * (pick(13) - 3));
            } else if (roll < 85) {
                state = QStringLiteral("cancelled");
            } else if (roll < 88) {
                state = QStringLiteral("postponed");
            }
        } else {
            if (start < nowSeconds + 7 * 86400 && chance(0.1)) {
                state = QStringLiteral("in_progress");
                percent = 10 * (1 + pick(9));
                actualStart = isoUtc(std::min(start, nowSeconds));
            }
            if (!allDay && chance(0.3))
                remindAt = isoUtc(start - 900);
        }
        const qint64 assignee = randomUser();
        const bool costly = QLatin1String(t.type) == QLatin1String("visit")
                            || QLatin1String(t.type) == QLatin1String("meeting");
        auto id = insert.insert(
            {QString::fromUtf8(t.subject[static_cast<std::size_t>(culture)]), typeIds.value(QLatin1String(t.type)),
             state, chance(0.15) ? 2 : chance(0.2) ? 0 : 1, percent, organization, person,
             !m_projectIds.empty() && chance(0.05) ? QVariant(m_projectIds[static_cast<std::size_t>(pick64(m_projectIds.size()))]) : QVariant(),
             !m_dealIds.empty() && chance(0.05) ? QVariant(m_dealIds[static_cast<std::size_t>(pick64(m_dealIds.size()))]) : QVariant(),
             chance(0.7) ? assignee : randomUser(), assignee, chance(0.2) ? QVariant(m_supervisorId) : QVariant(),
             chance(0.15) ? 1 : 0, allDay ? 1 : 0, isoUtc(start), isoUtc(end), actualStart, actualEnd, remindAt,
             costly && chance(0.4) ? 500.0 + 100.0 * pick(45) : 0.0, m_nowText, m_nowText});
        if (!id)
            return id.error();
        if (i % 4096 == 0 && !report(45 + static_cast<int>(35 * i / std::max<qint64>(m_options.tasks, 1))))
            return {};
    }
    m_summary.tasks = m_options.tasks;
    return {};
}

DatabaseError Generator::sales()
{
    if (m_options.months <= 0)
        return {};
    BulkInsert insert(m_db, QStringLiteral("sales"),
                      {QStringLiteral("organization_id"), QStringLiteral("sale_date"), QStringLiteral("amount"),
                       QStringLiteral("profit"), QStringLiteral("document"), QStringLiteral("created_at")});
    if (insert.prepareError())
        return insert.prepareError();
    const QDate today = QDate::currentDate();
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-(m_options.months - 1));
    demo::DemoSales history(m_random, firstMonth, m_options.months, today);
    const qint64 buyers = buyerCount();
    qint64 document = 0;
    for (qint64 b = 0; b < buyers; ++b) {
        const qint64 organization = m_organizationIds[static_cast<std::size_t>(b)];
        for (const demo::DemoSaleLine &line : history.historyOfNextBuyer()) {
            auto id = insert.insert({organization, line.date.toString(Qt::ISODate), line.amount, line.profit,
                                     QStringLiteral("РН-%1").arg(++document, 7, 10, QLatin1Char('0')), m_nowText});
            if (!id)
                return id.error();
            ++m_summary.sales;
        }
        if (b % 256 == 0 && !report(80 + static_cast<int>(19 * b / std::max<qint64>(buyers, 1))))
            return {};
    }
    return {};
}

Result<DemoSummary> Generator::run()
{
    Transaction transaction(m_db);
    if (transaction.beginError())
        return transaction.beginError();
    BulkLoad bulk(m_db, {QStringLiteral("organizations"), QStringLiteral("persons"), QStringLiteral("tasks"),
                         QStringLiteral("sales")});
    if (bulk.startError())
        return bulk.startError();
    for (auto step : {&Generator::users, &Generator::organizationsAndPersons, &Generator::projectsAndDeals,
                      &Generator::tasks, &Generator::sales}) {
        if (DatabaseError error = (this->*step)())
            return error;
        if (m_cancelled)
            return DatabaseError(DatabaseError::Kind::Refused, DemoDataGenerator::tr("Demo data was cancelled; nothing was written."));
    }
    if (DatabaseError error = bulk.finish())
        return error;
    if (DatabaseError error = transaction.commit())
        return error;
    report(100);
    return m_summary;
}

} // namespace

Result<DemoSummary> DemoDataGenerator::generate(const QSqlDatabase &db, const DemoOptions &options,
                                                const Progress &progress)
{
    if (options.clients < 0 || options.tasks < 0 || options.months < 0 || options.months > 600)
        return DatabaseError(DatabaseError::Kind::Invalid,
                             tr("Demo data needs non-negative counts and at most 600 months."));
    if (options.clients > DemoOptions::maxClients || options.tasks > DemoOptions::maxTasks)
        return DatabaseError(DatabaseError::Kind::Invalid, tr("Demo data takes at most %L1 organizations and %L2 tasks.")
                                                               .arg(DemoOptions::maxClients)
                                                               .arg(DemoOptions::maxTasks));
    return Generator(db, options, progress).run();
}

} // namespace kartoteka
