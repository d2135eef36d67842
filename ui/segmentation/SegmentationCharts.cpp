#include "SegmentationCharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace kartoteka::ui {

namespace {

// The translation context of the charts' texts.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationCharts)
};

constexpr std::array<AbcClass, 3> abcClasses{AbcClass::A, AbcClass::B, AbcClass::C};

QString metricTitle(SegmentMetric metric)
{
    return metric == SegmentMetric::Revenue ? Text::tr("Revenue") : Text::tr("Profit");
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    // Axis labels and bar labels in the user's number format (group separators, decimal comma).
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Room for the bars rather than for a frame around them: the view or the page frames it.
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet *classSet(AbcClass abc, const QString &label)
{
    auto *set = new QBarSet(label);
    set->setColor(abcColor(abc));
    set->setBorderColor(abcColor(abc).darker(130));
    return set;
}

// Values in thousands, millions or billions, so that the axis labels stay short.
struct ValueScale
{
    double divisor = 1;
    QString title;
};

ValueScale valueScale(SegmentMetric metric, double max)
{
    const QString name = metricTitle(metric);
    if (max >= 1e10)
        return {1e9, Text::tr("%1, billions").arg(name)};
    if (max >= 1e7)
        return {1e6, Text::tr("%1, millions").arg(name)};
    if (max >= 1e4)
        return {1e3, Text::tr("%1, thousands").arg(name)};
    return {1, name};
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

// A horizontal line across every category of a bar chart, at `percent` on the percent axis.
QLineSeries *boundLine(const QString &name, double percent, int categories, const QColor &color)
{
    auto *line = new QLineSeries;
    line->setName(name);
    line->append(-0.5, percent);
    line->append(categories - 0.5, percent);
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    line->setPen(pen);
    return line;
}

} // namespace

QColor abcColor(AbcClass abc)
{
    switch (abc) {
    case AbcClass::A:
        return QColor(0x2e, 0x7d, 0x32); // green: the clients that carry the business
    case AbcClass::B:
        return QColor(0xef, 0xa0, 0x1a); // amber
    case AbcClass::C:
        return QColor(0x9e, 0x9e, 0x9e); // grey: many small clients
    }
    return {};
}

QColor cellColor(AbcClass abc, XyzClass xyz)
{
    if (xyz == XyzClass::New) {
        // Not yet measurable: a pale tint of the value class, away from the green–red scale.
        QColor tint = abcColor(abc);
        return QColor::fromHsl(tint.hslHue(), 60, 225);
    }
    // AX (big and steady) is greenest, CZ (small and erratic) reddest: one step per class.
    const int steps = int(abc) + int(xyz); // 0..4
    const int hue = 120 - steps * 30;
    return QColor::fromHsl(hue, 150, 200);
}

namespace {
// Clients per bar: one while they all fit.
int clientsPerBar(int count, int maxBars)
{
    maxBars = std::max(1, maxBars);
    return std::max(1, (count + maxBars - 1) / maxBars);
}
} // namespace

ParetoBar paretoBar(const SegmentationResult &result, int maxBars, int bar)
{
    const int count = int(result.clients.size());
    const int perBar = clientsPerBar(count, maxBars);
    return {std::min(count, bar * perBar), std::min(count, (bar + 1) * perBar)};
}

QChart *createParetoChart(const SegmentationResult &result, int maxBars)
{
    const QLocale locale;
    QChart *chart = newChart(result.parameters.metric == SegmentMetric::Revenue
                                 ? Text::tr("Pareto: revenue by client")
                                 : Text::tr("Pareto: profit by client"));
    if (result.clients.empty()) {
        chart->setTitle(Text::tr("No client with a positive value in the period"));
        return chart;
    }
    const int count = int(result.clients.size());
    const int perBar = clientsPerBar(count, maxBars);
    const int categories = (count + perBar - 1) / perBar;

    // One set per class, stacked: a bar of ranks that straddle a class bound shows both colours.
    std::vector<std::array<double, 3>> sums(std::size_t(categories), std::array<double, 3>{});
    double maxBar = 0;
    for (int bar = 0; bar < categories; ++bar) {
        const ParetoBar ranks = paretoBar(result, maxBars, bar);
        double total = 0;
        for (int i = ranks.first; i < ranks.last; ++i) {
            const SegmentedClient &client = result.clients[std::size_t(i)];
            sums[std::size_t(bar)][std::size_t(client.abc)] += client.value;
            total += client.value;
        }
        maxBar = std::max(maxBar, total);
    }
    const ValueScale scale = valueScale(result.parameters.metric, maxBar);
    std::array<QBarSet *, 3> sets{};
    for (AbcClass abc : abcClasses)
        sets[int(abc)] = classSet(abc, abcCode(abc));

    QStringList labels;
    auto *cumulative = new QLineSeries;
    cumulative->setName(Text::tr("Cumulative, %"));
    cumulative->setPointsVisible(true);
    for (int bar = 0; bar < categories; ++bar) {
        const ParetoBar ranks = paretoBar(result, maxBars, bar);
        for (AbcClass abc : abcClasses)
            *sets[int(abc)] << sums[std::size_t(bar)][std::size_t(abc)] / scale.divisor;
        labels << (perBar == 1 ? locale.toString(ranks.first + 1)
                               : QStringLiteral("%1–%2").arg(locale.toString(ranks.first + 1), locale.toString(ranks.last)));
        cumulative->append(bar, result.clients[std::size_t(ranks.last - 1)].cumulative);
    }

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.8);
    for (QBarSet *set : sets)
        bars->append(set);
    chart->addSeries(bars);
    chart->addSeries(cumulative);
    const SegmentationParameters &p = result.parameters;
    QLineSeries *aBound = boundLine(Text::tr("A up to %1 %").arg(locale.toString(p.abcA)), p.abcA, categories,
                                    abcColor(AbcClass::A));
    QLineSeries *bBound = boundLine(Text::tr("B up to %1 %").arg(locale.toString(p.abcB)), p.abcB, categories,
                                    abcColor(AbcClass::B).darker(120));
    chart->addSeries(aBound);
    chart->addSeries(bBound);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    // Forty rank labels crowd into dots: past a few, the chart's title says what the bars are
    // (an axis without labels elides its own title to "...").
    if (categories <= 20) {
        axisX->setTitleText(Text::tr("Clients by rank"));
    } else {
        axisX->setLabelsVisible(false);
        chart->setTitle(chart->title() + QLatin1Char(' ')
                        + (perBar == 1 ? Text::tr("(%1 clients)").arg(locale.toString(count))
                                       : Text::tr("(%1 clients, %2 per bar)")
                                             .arg(locale.toString(count), locale.toString(perBar))));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisValue = valueAxis(scale.title, maxBar / scale.divisor);
    chart->addAxis(axisValue, Qt::AlignLeft);
    auto *axisPercent = new QValueAxis;
    axisPercent->setTitleText(Text::tr("Cumulative, %"));
    axisPercent->setRange(0, 100);
    axisPercent->setTickCount(6);
    axisPercent->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisPercent, Qt::AlignRight);

    bars->attachAxis(axisX);
    bars->attachAxis(axisValue);
    for (QLineSeries *line : {cumulative, aBound, bBound}) {
        line->attachAxis(axisX);
        line->attachAxis(axisPercent);
    }
    QPen pen(QColor(0x15, 0x65, 0xc0));
    pen.setWidthF(2);
    cumulative->setPen(pen);
    return chart;
}

QChart *createClassValueChart(const SegmentationResult &result)
{
    const QLocale locale;
    QChart *chart = newChart(result.parameters.metric == SegmentMetric::Revenue ? Text::tr("Revenue by ABC class")
                                                                                : Text::tr("Profit by ABC class"));
    std::array<int, 3> clients{};
    std::array<double, 3> values{};
    for (const SegmentedClient &client : result.clients) {
        ++clients[int(client.abc)];
        values[int(client.abc)] += client.value;
    }

    // Stacked, one set per class with a value in its own category: bars in the class colours.
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    QStringList labels;
    const double maxValue = *std::max_element(values.begin(), values.end());
    const ValueScale scale = valueScale(result.parameters.metric, maxValue);
    for (AbcClass abc : abcClasses) {
        QBarSet *set = classSet(abc, Text::tr("Class %1").arg(abcCode(abc)));
        for (AbcClass category : abcClasses)
            *set << (category == abc ? values[int(abc)] / scale.divisor : 0.0);
        bars->append(set);
        labels << QStringLiteral("%1 (%2)").arg(abcCode(abc), locale.toString(clients[int(abc)]));
    }
    chart->addSeries(bars);
    chart->legend()->hide(); // the category labels name the classes

    auto *axisX = new QBarCategoryAxis;
    axisX->append(labels);
    axisX->setTitleText(Text::tr("ABC class (clients)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisValue = valueAxis(scale.title, maxValue / scale.divisor);
    chart->addAxis(axisValue, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisValue);
    return chart;
}

} // namespace kartoteka::ui
