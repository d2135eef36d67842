#include "SegmentationReport.h"

#include "ReportPages.h"
#include "segmentation/SegmentationCharts.h"
#include "widgets/DateTexts.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <array>

namespace kartoteka::ui {

namespace {

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationReport)
};

constexpr std::array<AbcClass, 3> abcClasses{AbcClass::A, AbcClass::B, AbcClass::C};
constexpr std::array<XyzClass, 4> xyzColumns{XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New};

// Half way to white: a class colour behind black text.
QColor pale(const QColor &color)
{
    return QColor((color.red() + 255) / 2, (color.green() + 255) / 2, (color.blue() + 255) / 2);
}

QString money(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QString metricName(const SegmentationResult &result)
{
    return result.parameters.metric == SegmentMetric::Revenue ? Report::tr("revenue") : Report::tr("profit");
}

QString xyzText(XyzClass xyz)
{
    return xyz == XyzClass::New ? Report::tr("new") : xyzCode(xyz);
}

void writeSummary(ReportPages &pages, const SegmentationResult &result)
{
    const SegmentationParameters &p = result.parameters;
    pages.title(Report::tr("ABC/XYZ segmentation of clients"));
    const QLocale l;
    const QString period =
        Report::tr("%1 – %2").arg(DateTexts::monthYear(p.firstMonth(), l), DateTexts::monthYear(p.lastMonth(), l));
    pages.fields({
        {Report::tr("Period"), period},
        {Report::tr("Metric"), metricName(result)},
        {Report::tr("ABC bounds"), Report::tr("A while the share before the client is below %1 %, B below %2 %, "
                                              "C the rest")
                                       .arg(l.toString(p.abcA))
                                       .arg(l.toString(p.abcB))},
        {Report::tr("XYZ bounds"),
         Report::tr("coefficient of variation per %1: X up to %2 %, Y up to %3 %, Z above; fewer than three "
                    "periods: new")
             .arg(p.granularity == SegmentGranularity::Month ? Report::tr("month") : Report::tr("quarter"))
             .arg(l.toString(p.xyzX))
             .arg(l.toString(p.xyzY))},
        {Report::tr("Total"),
         Report::tr("%1; ranked clients: %2").arg(money(result.total)).arg(l.toString(qint64(result.clients.size())))},
        {Report::tr("Lost clients"), Report::tr("%1 (bought before the period, nothing in it)")
                                         .arg(l.toString(qint64(result.lost.size())))},
        {Report::tr("Printed"), l.toString(QDateTime::currentDateTime(), QLocale::LongFormat)},
    });
}

// The ABC rows by the XYZ columns, each cell in its class colour with its clients and value,
// totals on the right and at the bottom.
void writeMatrix(ReportPages &pages, const SegmentationResult &result)
{
    const QFont &bold = pages.boldFont();
    const QFont &small = pages.smallFont();
    const double cellHeight = pages.lineHeight(bold) + pages.lineHeight(small) + pages.mm(2.5);
    const double labelWidth = std::max(pages.textWidth(bold, Report::tr("Total")) + pages.mm(4), pages.mm(16));
    const double cellWidth = (pages.width() - labelWidth) / double(xyzColumns.size() + 1);
    const double headerHeight = pages.lineHeight(bold) + pages.mm(2);
    const double height = headerHeight + cellHeight * double(abcClasses.size() + 1);
    pages.heading(Report::tr("ABC × XYZ matrix: clients and %1").arg(metricName(result)), height);
    pages.block(height, pages.mm(4), [&](double top) {
        const QLocale l;
        QStringList headers;
        for (XyzClass xyz : xyzColumns)
            headers << xyzText(xyz);
        headers << Report::tr("Total");
        for (int i = 0; i < headers.size(); ++i)
            pages.text(QRectF(labelWidth + i * cellWidth, top, cellWidth, headerHeight), bold, headers.at(i),
                       Qt::AlignHCenter);
        double y = top + headerHeight;
        const auto cell = [&](std::size_t column, const QColor &fill, int clients, double value) {
            const double x = labelWidth + double(column) * cellWidth;
            pages.box(QRectF(x, y, cellWidth, cellHeight), fill, QPen(Qt::white, pages.mm(0.6)));
            const double inset = pages.mm(1);
            pages.text(QRectF(x + inset, y + inset, cellWidth - 2 * inset, pages.lineHeight(bold)), bold,
                       l.toString(clients), Qt::AlignHCenter);
            pages.text(QRectF(x + inset, y + inset + pages.lineHeight(bold), cellWidth - 2 * inset, pages.lineHeight(small)),
                       small, l.toString(value, 'f', 0), Qt::AlignHCenter);
        };
        const QColor totalFill(0xec, 0xef, 0xf1);
        std::array<SegmentationResult::Cell, xyzColumns.size()> columnTotals{};
        for (AbcClass abc : abcClasses) {
            pages.text(QRectF(0, y, labelWidth, cellHeight), bold, abcCode(abc));
            SegmentationResult::Cell rowTotal;
            for (std::size_t i = 0; i < xyzColumns.size(); ++i) {
                const SegmentationResult::Cell c = result.cell(abc, xyzColumns[i]);
                cell(i, cellColor(abc, xyzColumns[i]), c.clients, c.value);
                rowTotal.clients += c.clients;
                rowTotal.value += c.value;
                columnTotals[i].clients += c.clients;
                columnTotals[i].value += c.value;
            }
            cell(xyzColumns.size(), totalFill, rowTotal.clients, rowTotal.value);
            y += cellHeight;
        }
        pages.text(QRectF(0, y, labelWidth, cellHeight), bold, Report::tr("Total"));
        for (std::size_t i = 0; i < xyzColumns.size(); ++i)
            cell(i, totalFill, columnTotals[i].clients, columnTotals[i].value);
        cell(xyzColumns.size(), totalFill, int(result.clients.size()), result.total);
    });
}

void writeCharts(ReportPages &pages, const SegmentationResult &result)
{
    // Both fit on one page below their heading when the page has room for them.
    const double room = pages.pageHeight() - pages.lineHeight(pages.boldFont()) * 3;
    const double paretoHeight = std::min(pages.mm(85), room * 0.6);
    const double classHeight = std::min(pages.mm(58), room * 0.4);
    pages.heading(Report::tr("Charts"), paretoHeight);
    pages.chart(createParetoChart(result), paretoHeight);
    pages.chart(createClassValueChart(result), classHeight);
}

void writeRankedTable(ReportPages &pages, const SegmentationResult &result)
{
    const QFont &body = pages.bodyFont();
    const QFont &bold = pages.boldFont();
    if (result.clients.empty()) {
        pages.heading(Report::tr("Clients ranked"), pages.lineHeight(body));
        pages.paragraph(Report::tr("No client has a positive value in the period."));
        return;
    }
    const QLocale l;
    double valueWidth = pages.textWidth(bold, Report::tr("Value"));
    for (const SegmentedClient &client : result.clients)
        valueWidth = std::max(valueWidth, pages.textWidth(body, money(client.value)));
    const double percentWidth = std::max({pages.textWidth(body, percent(100.0)), pages.textWidth(bold, Report::tr("Share, %")),
                                          pages.textWidth(bold, Report::tr("Cum., %"))});
    const double cvWidth = std::max(pages.textWidth(body, percent(999.99)), pages.textWidth(bold, Report::tr("CV, %")));
    const double classWidth = std::max({pages.textWidth(bold, Report::tr("ABC")), pages.textWidth(bold, Report::tr("XYZ")),
                                        pages.textWidth(body, Report::tr("new"))});
    const double innWidth = std::max(pages.textWidth(body, QStringLiteral("000000000000")), pages.textWidth(bold, Report::tr("INN")));
    std::vector<ReportPages::Column> columns{
        {QStringLiteral("#"), pages.textWidth(body, l.toString(qint64(result.clients.size()))), Qt::AlignRight},
        {Report::tr("Client"), 0, Qt::AlignLeft},
        {Report::tr("INN"), innWidth, Qt::AlignLeft},
        {Report::tr("Value"), valueWidth, Qt::AlignRight},
        {Report::tr("Share, %"), percentWidth, Qt::AlignRight},
        {Report::tr("Cum., %"), percentWidth, Qt::AlignRight},
        {Report::tr("ABC"), classWidth, Qt::AlignHCenter},
        {Report::tr("CV, %"), cvWidth, Qt::AlignRight},
        {Report::tr("XYZ"), classWidth, Qt::AlignHCenter},
    };
    const auto &clients = result.clients;
    pages.table(
        Report::tr("Clients ranked by %1").arg(metricName(result)), columns, clients.size(),
        [&](std::size_t i) {
            const SegmentedClient &c = clients[i];
            return QStringList{l.toString(qint64(i + 1)), c.name,          c.inn,
                               money(c.value),           percent(c.share), percent(c.cumulative),
                               abcCode(c.abc),           c.cv ? percent(*c.cv) : QString(), xyzText(c.xyz)};
        },
        {},
        [&](std::size_t i, int column) {
            const SegmentedClient &c = clients[i];
            if (column == 6)
                return pale(abcColor(c.abc));
            if (column == 8)
                return cellColor(c.abc, c.xyz);
            return QColor();
        });
}

void writeLostTable(ReportPages &pages, const SegmentationResult &result)
{
    if (result.lost.empty())
        return;
    const QLocale l;
    const QFont &body = pages.bodyFont();
    const QFont &bold = pages.boldFont();
    std::vector<ReportPages::Column> columns{
        {Report::tr("Client"), 0, Qt::AlignLeft},
        {Report::tr("INN"), std::max(pages.textWidth(body, QStringLiteral("000000000000")), pages.textWidth(bold, Report::tr("INN"))),
         Qt::AlignLeft},
        {Report::tr("Last sale"),
         std::max(pages.textWidth(body, l.toString(QDate(2000, 12, 28), QLocale::ShortFormat)),
                  pages.textWidth(bold, Report::tr("Last sale"))),
         Qt::AlignRight},
    };
    const auto &lost = result.lost;
    pages.table(Report::tr("Lost clients: bought before the period, nothing in it"), columns, lost.size(),
                [&](std::size_t i) {
                    return QStringList{lost[i].name, lost[i].inn, l.toString(lost[i].lastSale, QLocale::ShortFormat)};
                });
}

ReportContent segmentationReport(const SegmentationResult &result)
{
    return [&result](ReportPages &pages) {
        writeSummary(pages, result);
        writeMatrix(pages, result);
        writeCharts(pages, result);
        writeRankedTable(pages, result);
        writeLostTable(pages, result);
    };
}

} // namespace

QString saveSegmentationPdf(const SegmentationResult &result, const QString &path, int *pages)
{
    return saveReportPdf(path, Report::tr("ABC/XYZ segmentation of clients"), segmentationReport(result), pages);
}

void previewSegmentationReport(const SegmentationResult &result, QWidget *parent)
{
    previewReport(Report::tr("ABC/XYZ segmentation"), parent, segmentationReport(result));
}

QString suggestedReportName(const SegmentationResult &result)
{
    return QStringLiteral("segmentation-%1-%2")
        .arg(monthCode(result.parameters.firstMonth()), monthCode(result.parameters.lastMonth()));
}

} // namespace kartoteka::ui
