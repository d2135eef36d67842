#include "TaskReportCharts.h"

#include "widgets/DateTexts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QHorizontalBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace kartoteka::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TaskReportCharts)
};

const QColor plannedColor(0x42, 0x85, 0xf4);
const QColor actualColor(0xf4, 0x8f, 0x42);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet *barSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    return set;
}

QValueAxis *valueAxis(const QString &title, double max)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(max >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    return axis;
}

// Bars of `series` over `categories`, with a value axis titled `valueTitle`. Lying bars
// (QHorizontalBarSeries) have their categories down the left, where long names fit.
QChart *barChart(const QString &title, QAbstractBarSeries *series, const QStringList &categories,
                 const QString &valueTitle, double max)
{
    const bool lying = series->type() == QAbstractSeries::SeriesTypeHorizontalBar;
    QChart *chart = newChart(title);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, lying ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    QValueAxis *values = valueAxis(valueTitle, max);
    chart->addAxis(values, lying ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

// A single-set bar chart of task counts per row; the legend would only repeat the title.
QChart *countChart(const QString &title, const std::vector<TaskReportRow> &rows, const QColor &color)
{
    auto *set = barSet(Text::tr("Tasks"), color);
    QStringList categories;
    double max = 0;
    for (const TaskReportRow &row : rows) {
        set->append(double(row.measures.tasks));
        categories.append(row.name);
        max = std::max(max, double(row.measures.tasks));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    QChart *chart = barChart(title, series, categories, Text::tr("Tasks"), max * 1.15);
    chart->legend()->hide();
    return chart;
}

} // namespace

QChart *createHoursPerUserChart(const TaskReportResult &result, int maxUsers)
{
    auto *planned = barSet(Text::tr("Planned hours"), plannedColor);
    auto *actual = barSet(Text::tr("Actual hours"), actualColor);
    QStringList categories;
    double max = 0;
    double otherPlanned = 0;
    double otherActual = 0;
    // Lying bars are drawn from the bottom up: each user goes in front, the first ends on top.
    const auto add = [&](const QString &name, double plannedHours, double actualHours) {
        planned->insert(0, plannedHours);
        actual->insert(0, actualHours);
        categories.prepend(name);
        max = std::max({max, plannedHours, actualHours});
    };
    const auto &users = result.byUser;
    for (std::size_t i = 0; i < users.size(); ++i) {
        const TaskReportMeasures &m = users[i].measures;
        if (int(i) < maxUsers - 1 || users.size() <= std::size_t(maxUsers)) {
            add(users[i].name, m.plannedHours(), m.actualHours());
        } else {
            otherPlanned += m.plannedHours();
            otherActual += m.actualHours();
        }
    }
    if (users.size() > std::size_t(maxUsers))
        add(Text::tr("Others (%1)").arg(users.size() - std::size_t(maxUsers) + 1), otherPlanned, otherActual);
    // Lying bars: the names of people are long for the room under upright ones.
    auto *series = new QHorizontalBarSeries;
    series->append(planned);
    series->append(actual);
    return barChart(Text::tr("Planned vs actual hours per user"), series, categories, Text::tr("Hours"), max);
}

QChart *createStateChart(const TaskReportResult &result)
{
    return countChart(Text::tr("Tasks by state"), result.byState, QColor(0x26, 0xa6, 0x9a));
}

QChart *createTypeChart(const TaskReportResult &result)
{
    return countChart(Text::tr("Tasks by type"), result.byType, QColor(0x7e, 0x57, 0xc2));
}

QChart *createWorkloadChart(const TaskReportResult &result)
{
    const QString title = Text::tr("Workload: planned hours per day");
    double max = 0;
    for (const TaskReportDay &day : result.days)
        max = std::max(max, day.plannedHours());
    if (result.days.size() <= 62) {
        auto *set = barSet(Text::tr("Planned hours"), plannedColor);
        for (const TaskReportDay &day : result.days)
            set->append(day.plannedHours());
        auto *series = new QBarSeries;
        series->append(set);
        series->setBarWidth(0.8);
        QChart *chart = newChart(title);
        chart->addSeries(series);
        // Bar i stands at x = i; about ten dates label the axis, so that none is cut short.
        auto *axisX = new QCategoryAxis;
        axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        const int count = int(result.days.size());
        axisX->setRange(-0.5, count - 0.5);
        const int step = std::max(1, (count + 9) / 10);
        const QLocale locale;
        for (int i = 0; i < count; i += step)
            axisX->append(DateTexts::shortDayMonth(result.days[std::size_t(i)].day, locale), i);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        QValueAxis *axisY = valueAxis(Text::tr("Hours"), max);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        chart->legend()->hide();
        return chart;
    }
    auto *series = new QLineSeries;
    series->setName(Text::tr("Planned hours"));
    series->setColor(plannedColor);
    for (const TaskReportDay &day : result.days)
        series->append(double(day.day.startOfDay().toMSecsSinceEpoch()), day.plannedHours());
    QChart *chart = newChart(title);
    chart->addSeries(series);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    axisX->setTickCount(7);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    QValueAxis *axisY = valueAxis(Text::tr("Hours"), max);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    return chart;
}

} // namespace kartoteka::ui
