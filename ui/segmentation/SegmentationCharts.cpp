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
    maxBars = std::max(1, maxBars);
    const int count = int(result.clients.size());
    // When the clients do not all fit, the last bar sums the rest.
    const bool others = count > maxBars;
    const int shown = others ? maxBars : count;
    const int categories = shown + (others ? 1 : 0);

    // One set per class, stacked: each category has a value in its client's set only, so that
    // every bar takes its class's colour.
    std::array<QBarSet *, 3> sets{};
    for (AbcClass abc : abcClasses)
        sets[int(abc)] = classSet(abc, abcCode(abc));
    double othersSum = 0;
    for (int i = shown; i < count; ++i)
        othersSum += result.clients[std::size_t(i)].value;
    // The others often outweigh every single client many times over: their bar is cut at the
    // top of the axis, so that the clients' own bars stay readable; its legend entry says so.
    const double maxClient = result.clients.front().value;
    const bool cut = others && othersSum > maxClient * 1.5;
    const ValueScale scale = valueScale(result.parameters.metric, cut ? maxClient : std::max(maxClient, othersSum));
    QBarSet *rest = nullptr;
    if (others) {
        const QString name = cut ? Text::tr("Others (%1), cut") : Text::tr("Others (%1)");
        rest = new QBarSet(name.arg(locale.toString(count - shown)));
        rest->setColor(QColor(0xcf, 0xd8, 0xdc));
        rest->setBorderColor(QColor(0x90, 0xa4, 0xae));
    }

    QStringList labels;
    auto *cumulative = new QLineSeries;
    cumulative->setName(Text::tr("Cumulative, %"));
    cumulative->setPointsVisible(true);
    for (int i = 0; i < shown; ++i) {
        const SegmentedClient &client = result.clients[std::size_t(i)];
        for (AbcClass abc : abcClasses)
            *sets[int(abc)] << (client.abc == abc ? client.value / scale.divisor : 0.0);
        if (rest)
            *rest << 0.0;
        labels << locale.toString(i + 1);
        cumulative->append(i, client.cumulative);
    }
    if (rest) {
        for (QBarSet *set : sets)
            *set << 0.0;
        *rest << othersSum / scale.divisor;
        labels << Text::tr("Others");
        cumulative->append(shown, result.clients.back().cumulative);
    }

    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.8);
    for (QBarSet *set : sets)
        bars->append(set);
    if (rest)
        bars->append(rest);
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
    // Forty rank numbers crowd into dots: past a few, the title gives the range instead.
    if (categories > 20)
        axisX->setLabelsVisible(false);
    else
        axisX->setTitleText(Text::tr("Rank"));
    if (others) {
        chart->setTitle(chart->title() + QLatin1Char(' ')
                        + Text::tr("(top %1 of %2)").arg(locale.toString(shown), locale.toString(count)));
    }
    chart->addAxis(axisX, Qt::AlignBottom);
    QValueAxis *axisValue = valueAxis(scale.title, (cut ? maxClient : std::max(maxClient, othersSum)) / scale.divisor);
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
