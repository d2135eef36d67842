#include "SegmentationReport.h"

#include "segmentation/SegmentationCharts.h"
#include "widgets/DateTexts.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <algorithm>
#include <array>
#include <functional>
#include <memory>

namespace kartoteka::ui {

namespace {

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationReport)
};

constexpr std::array<AbcClass, 3> abcClasses{AbcClass::A, AbcClass::B, AbcClass::C};
constexpr std::array<XyzClass, 4> xyzColumns{XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New};
constexpr double marginMm = 15;

// Half way to white: a class colour behind black text.
QColor pale(const QColor &color)
{
    return QColor((color.red() + 255) / 2, (color.green() + 255) / 2, (color.blue() + 255) / 2);
}

// One column of a paginated table.
struct Column
{
    QString title;
    double width = 0;
    Qt::Alignment alignment = Qt::AlignLeft;
};

// Lays the report out page by page. It runs twice: first without a painter, only to count the
// pages, then painting, so that every footer can say "Page N of M".
class ReportWriter
{
public:
    ReportWriter(const SegmentationResult &result, QPagedPaintDevice &device, QPainter *painter, int pageCount)
        : m_result(result), m_device(device), m_painter(painter), m_pageCount(pageCount),
          m_printedAt(QDateTime::currentDateTime())
    {
        m_body = QApplication::font();
        m_body.setPointSizeF(9);
        m_small = m_body;
        m_small.setPointSizeF(7.5);
        m_bold = m_body;
        m_bold.setBold(true);
        m_heading = m_body;
        m_heading.setPointSizeF(12);
        m_heading.setBold(true);
        m_title = m_body;
        m_title.setPointSizeF(17);
        m_title.setBold(true);
        m_width = m_device.width();
        m_footerHeight = lineHeight(m_small) + mm(3);
        m_pageBottom = m_device.height() - m_footerHeight;
    }

    // Returns the number of pages.
    int write()
    {
        m_page = 1;
        m_y = 0;
        writeSummary();
        writeMatrix();
        writeCharts();
        writeRankedTable();
        writeLostTable();
        finishPage();
        return m_page;
    }

private:
    double mm(double millimetres) const { return millimetres * m_device.logicalDpiY() / 25.4; }
    double lineHeight(const QFont &font) const { return QFontMetricsF(font, &m_device).height(); }
    double textWidth(const QFont &font, const QString &text) const
    {
        return QFontMetricsF(font, &m_device).horizontalAdvance(text);
    }
    QString elided(const QFont &font, const QString &text, double width) const
    {
        return QFontMetricsF(font, &m_device).elidedText(text, Qt::ElideRight, width);
    }
    QLocale locale() const { return QLocale(); }
    QString money(double value) const { return locale().toString(value, 'f', 2); }
    QString percent(double value) const { return locale().toString(value, 'f', 2); }

    void text(const QRectF &rect, const QFont &font, const QString &content, Qt::Alignment alignment = Qt::AlignLeft,
              const QColor &color = Qt::black)
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        m_painter->setPen(color);
        m_painter->drawText(rect, int(alignment | Qt::AlignVCenter), content);
    }

    void finishPage()
    {
        if (!m_painter)
            return;
        const double top = m_device.height() - lineHeight(m_small);
        m_painter->setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
        m_painter->drawLine(QPointF(0, top - mm(1.5)), QPointF(m_width, top - mm(1.5)));
        const QRectF line(0, top, m_width, lineHeight(m_small));
        text(line, m_small,
             Report::tr("Kartoteka: ABC/XYZ segmentation, printed %1").arg(locale().toString(m_printedAt, QLocale::ShortFormat)),
             Qt::AlignLeft, QColor(0x50, 0x50, 0x50));
        text(line, m_small, Report::tr("Page %1 of %2").arg(m_page).arg(m_pageCount), Qt::AlignRight,
             QColor(0x50, 0x50, 0x50));
    }

    void newPage()
    {
        finishPage();
        if (m_painter)
            m_device.newPage();
        ++m_page;
        m_y = 0;
    }

    // Starts a new page unless `height` fits below the current position.
    void ensureSpace(double height)
    {
        if (m_y > 0 && m_y + height > m_pageBottom)
            newPage();
    }

    void heading(const QString &title, double keepWithNext)
    {
        const double height = lineHeight(m_heading) * 1.6;
        ensureSpace(height + keepWithNext);
        text(QRectF(0, m_y + lineHeight(m_heading) * 0.3, m_width, lineHeight(m_heading)), m_heading, title);
        m_y += height;
    }

    void writeSummary()
    {
        const SegmentationParameters &p = m_result.parameters;
        const double titleHeight = lineHeight(m_title) * 1.4;
        text(QRectF(0, m_y, m_width, titleHeight), m_title, Report::tr("ABC/XYZ segmentation of clients"));
        m_y += titleHeight;

        const QLocale l = locale();
        const QString period =
            Report::tr("%1 – %2").arg(DateTexts::monthYear(p.firstMonth(), l), DateTexts::monthYear(p.lastMonth(), l));
        const QList<std::pair<QString, QString>> rows{
            {Report::tr("Period"), period},
            {Report::tr("Metric"), p.metric == SegmentMetric::Revenue ? Report::tr("revenue") : Report::tr("profit")},
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
            {Report::tr("Total"), Report::tr("%1; ranked clients: %2")
                                      .arg(money(m_result.total))
                                      .arg(l.toString(qint64(m_result.clients.size())))},
            {Report::tr("Lost clients"), Report::tr("%1 (bought before the period, nothing in it)")
                                             .arg(l.toString(qint64(m_result.lost.size())))},
            {Report::tr("Printed"), l.toString(m_printedAt, QLocale::LongFormat)},
        };
        double labelWidth = 0;
        for (const auto &row : rows)
            labelWidth = std::max(labelWidth, textWidth(m_bold, row.first));
        labelWidth += mm(4);
        const double spacing = lineHeight(m_body) * 0.25;
        const QFontMetricsF metrics(m_body, &m_device);
        for (const auto &[label, value] : rows) {
            // Long values wrap under themselves.
            const double height =
                metrics.boundingRect(QRectF(0, 0, m_width - labelWidth, 1e9), Qt::TextWordWrap, value).height();
            text(QRectF(0, m_y, labelWidth, lineHeight(m_bold)), m_bold, label);
            if (m_painter) {
                m_painter->setFont(m_body);
                m_painter->drawText(QRectF(labelWidth, m_y, m_width - labelWidth, height), Qt::TextWordWrap, value);
            }
            m_y += height + spacing;
        }
        m_y += mm(3);
    }

    void writeMatrix()
    {
        const double cellHeight = lineHeight(m_bold) + lineHeight(m_small) + mm(2.5);
        const double labelWidth = std::max(textWidth(m_bold, Report::tr("Total")) + mm(4), mm(16));
        const double cellWidth = (m_width - labelWidth) / double(xyzColumns.size() + 1);
        heading(Report::tr("ABC × XYZ matrix: clients and %1").arg(m_result.parameters.metric == SegmentMetric::Revenue
                                                                          ? Report::tr("revenue")
                                                                          : Report::tr("profit")),
                cellHeight * 5);
        const double top = m_y;
        const double headerHeight = lineHeight(m_bold) + mm(2);
        QStringList headers;
        for (XyzClass xyz : xyzColumns)
            headers << (xyz == XyzClass::New ? Report::tr("new") : xyzCode(xyz));
        headers << Report::tr("Total");
        for (int i = 0; i < headers.size(); ++i)
            text(QRectF(labelWidth + i * cellWidth, top, cellWidth, headerHeight), m_bold, headers.at(i), Qt::AlignHCenter);
        m_y += headerHeight;

        const auto cell = [&](double x, const QColor &fill, int clients, double value) {
            const QRectF rect(x, m_y, cellWidth, cellHeight);
            if (m_painter) {
                m_painter->setPen(QPen(Qt::white, mm(0.6)));
                m_painter->setBrush(fill);
                m_painter->drawRect(rect);
            }
            const double inset = mm(1);
            text(QRectF(x + inset, m_y + mm(1), cellWidth - 2 * inset, lineHeight(m_bold)), m_bold,
                 locale().toString(clients), Qt::AlignHCenter);
            text(QRectF(x + inset, m_y + mm(1) + lineHeight(m_bold), cellWidth - 2 * inset, lineHeight(m_small)), m_small,
                 elided(m_small, locale().toString(value, 'f', 0), cellWidth - 2 * inset), Qt::AlignHCenter);
        };
        const QColor totalFill(0xec, 0xef, 0xf1);
        std::array<SegmentationResult::Cell, 4> columnTotals{};
        for (AbcClass abc : abcClasses) {
            text(QRectF(0, m_y, labelWidth, cellHeight), m_bold, abcCode(abc));
            SegmentationResult::Cell rowTotal;
            for (std::size_t i = 0; i < xyzColumns.size(); ++i) {
                const SegmentationResult::Cell c = m_result.cell(abc, xyzColumns[i]);
                cell(labelWidth + double(i) * cellWidth, cellColor(abc, xyzColumns[i]), c.clients, c.value);
                rowTotal.clients += c.clients;
                rowTotal.value += c.value;
                columnTotals[i].clients += c.clients;
                columnTotals[i].value += c.value;
            }
            cell(labelWidth + double(xyzColumns.size()) * cellWidth, totalFill, rowTotal.clients, rowTotal.value);
            m_y += cellHeight;
        }
        text(QRectF(0, m_y, labelWidth, cellHeight), m_bold, Report::tr("Total"));
        for (std::size_t i = 0; i < xyzColumns.size(); ++i)
            cell(labelWidth + double(i) * cellWidth, totalFill, columnTotals[i].clients, columnTotals[i].value);
        cell(labelWidth + double(xyzColumns.size()) * cellWidth, totalFill, int(m_result.clients.size()), m_result.total);
        m_y += cellHeight + mm(4);
    }

    // Renders a chart into `rect` through a scene of its own, at a screen-like scale so that
    // its fonts keep their proportions on paper.
    void chart(QChart *chart, const QRectF &rect)
    {
        QGraphicsScene scene; // owns the chart
        scene.addItem(chart);
        chart->setDropShadowEnabled(false);
        chart->setBackgroundRoundness(0);
        const double scenePerDevice = (96.0 / 25.4) / mm(1); // the size the chart would have on a 96 dpi screen
        const QSizeF size = rect.size() * scenePerDevice;
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(m_painter, rect, scene.sceneRect());
    }

    void writeCharts()
    {
        const double paretoHeight = std::min(mm(85), (m_pageBottom - lineHeight(m_heading) * 1.6) * 0.6);
        const double classHeight = std::min(mm(58), (m_pageBottom - lineHeight(m_heading) * 1.6) * 0.4);
        heading(Report::tr("Charts"), paretoHeight);
        if (m_painter)
            chart(createParetoChart(m_result), QRectF(0, m_y, m_width, paretoHeight));
        m_y += paretoHeight + mm(2);
        ensureSpace(classHeight);
        if (m_painter)
            chart(createClassValueChart(m_result), QRectF(0, m_y, m_width, classHeight));
        m_y += classHeight + mm(2);
    }

    // A table whose rows flow over as many pages as they need, the header row on every page.
    void table(const QString &title, std::vector<Column> columns, std::size_t rowCount,
               const std::function<QStringList(std::size_t)> &row,
               const std::function<QColor(std::size_t, int column)> &marker)
    {
        const double padding = mm(1.2);
        const double rowHeight = lineHeight(m_body) + mm(1.6);
        // The first column given a zero width takes what the others leave.
        double fixed = 0;
        for (const Column &column : columns)
            fixed += column.width + 2 * padding;
        for (Column &column : columns) {
            if (column.width == 0) {
                column.width = std::max(mm(20), m_width - fixed - 2 * padding);
                break;
            }
        }
        const auto drawRow = [&](const QStringList &cells, const QFont &font, const QColor &fill, std::size_t index) {
            if (m_painter && fill.isValid()) {
                m_painter->setPen(Qt::NoPen);
                m_painter->setBrush(fill);
                m_painter->drawRect(QRectF(0, m_y, m_width, rowHeight));
            }
            double x = 0;
            for (int i = 0; i < int(columns.size()); ++i) {
                const Column &column = columns[std::size_t(i)];
                const QRectF rect(x + padding, m_y, column.width, rowHeight);
                if (marker && index != std::size_t(-1)) {
                    const QColor color = marker(index, i);
                    if (color.isValid() && m_painter) {
                        m_painter->setPen(Qt::NoPen);
                        m_painter->setBrush(color);
                        m_painter->drawRect(QRectF(x, m_y + mm(0.4), column.width + 2 * padding, rowHeight - mm(0.8)));
                    }
                }
                text(rect, font, elided(font, cells.value(i), column.width), column.alignment);
                x += column.width + 2 * padding;
            }
            m_y += rowHeight;
        };
        const auto header = [&] {
            QStringList titles;
            for (const Column &column : columns)
                titles << column.title;
            drawRow(titles, m_bold, QColor(0xcf, 0xd8, 0xdc), std::size_t(-1));
        };
        heading(title, rowHeight * 2);
        header();
        for (std::size_t i = 0; i < rowCount; ++i) {
            if (m_y + rowHeight > m_pageBottom) {
                newPage();
                heading(Report::tr("%1 (continued)").arg(title), rowHeight * 2);
                header();
            }
            drawRow(row(i), m_body, i % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(), i);
        }
        m_y += mm(4);
    }

    void writeRankedTable()
    {
        if (m_result.clients.empty()) {
            heading(Report::tr("Clients ranked"), lineHeight(m_body));
            text(QRectF(0, m_y, m_width, lineHeight(m_body)), m_body,
                 Report::tr("No client has a positive value in the period."));
            m_y += lineHeight(m_body) + mm(4);
            return;
        }
        const QLocale l = locale();
        double valueWidth = textWidth(m_bold, Report::tr("Value"));
        for (const SegmentedClient &client : m_result.clients)
            valueWidth = std::max(valueWidth, textWidth(m_body, money(client.value)));
        const double percentWidth = std::max({textWidth(m_body, percent(100.0)), textWidth(m_bold, Report::tr("Share, %")),
                                              textWidth(m_bold, Report::tr("Cum., %"))});
        const double cvWidth = std::max(textWidth(m_body, percent(999.99)), textWidth(m_bold, Report::tr("CV, %")));
        const double classWidth = std::max({textWidth(m_bold, Report::tr("ABC")), textWidth(m_bold, Report::tr("XYZ")),
                                            textWidth(m_body, Report::tr("new"))});
        std::vector<Column> columns{
            {QStringLiteral("#"), textWidth(m_body, l.toString(qint64(m_result.clients.size()))), Qt::AlignRight},
            {Report::tr("Client"), 0, Qt::AlignLeft},
            {Report::tr("INN"), std::max(textWidth(m_body, QStringLiteral("000000000000")), textWidth(m_bold, Report::tr("INN"))),
             Qt::AlignLeft},
            {Report::tr("Value"), valueWidth, Qt::AlignRight},
            {Report::tr("Share, %"), percentWidth, Qt::AlignRight},
            {Report::tr("Cum., %"), percentWidth, Qt::AlignRight},
            {Report::tr("ABC"), classWidth, Qt::AlignHCenter},
            {Report::tr("CV, %"), cvWidth, Qt::AlignRight},
            {Report::tr("XYZ"), classWidth, Qt::AlignHCenter},
        };
        const auto &clients = m_result.clients;
        table(Report::tr("Clients ranked by %1").arg(m_result.parameters.metric == SegmentMetric::Revenue
                                                          ? Report::tr("revenue")
                                                          : Report::tr("profit")),
              columns, clients.size(),
              [&](std::size_t i) {
                  const SegmentedClient &c = clients[i];
                  return QStringList{l.toString(qint64(i + 1)),
                                     c.name,
                                     c.inn,
                                     money(c.value),
                                     percent(c.share),
                                     percent(c.cumulative),
                                     abcCode(c.abc),
                                     c.cv ? percent(*c.cv) : QString(),
                                     c.xyz == XyzClass::New ? Report::tr("new") : xyzCode(c.xyz)};
              },
              [&](std::size_t i, int column) {
                  const SegmentedClient &c = clients[i];
                  if (column == 6)
                      return pale(abcColor(c.abc));
                  if (column == 8)
                      return cellColor(c.abc, c.xyz);
                  return QColor();
              });
    }

    void writeLostTable()
    {
        if (m_result.lost.empty())
            return;
        const QLocale l = locale();
        std::vector<Column> columns{
            {Report::tr("Client"), 0, Qt::AlignLeft},
            {Report::tr("INN"), std::max(textWidth(m_body, QStringLiteral("000000000000")), textWidth(m_bold, Report::tr("INN"))),
             Qt::AlignLeft},
            {Report::tr("Last sale"),
             std::max(textWidth(m_body, l.toString(QDate(2000, 12, 28), QLocale::ShortFormat)),
                      textWidth(m_bold, Report::tr("Last sale"))),
             Qt::AlignRight},
        };
        const auto &lost = m_result.lost;
        table(Report::tr("Lost clients: bought before the period, nothing in it"), columns, lost.size(),
              [&](std::size_t i) {
                  return QStringList{lost[i].name, lost[i].inn, l.toString(lost[i].lastSale, QLocale::ShortFormat)};
              },
              {});
    }

    const SegmentationResult &m_result;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_pageCount;
    QDateTime m_printedAt;
    QFont m_body, m_small, m_bold, m_heading, m_title;
    double m_width = 0;
    double m_footerHeight = 0;
    double m_pageBottom = 0;
    int m_page = 1;
    double m_y = 0;
};

} // namespace

QPageSize defaultReportPageSize()
{
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize(QPageSize::Letter)
                                                                               : QPageSize(QPageSize::A4);
}

int paintSegmentationReport(const SegmentationResult &result, QPagedPaintDevice &device)
{
    const int pages = ReportWriter(result, device, nullptr, 0).write();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const int painted = ReportWriter(result, device, &painter, pages).write();
    painter.end();
    return painted;
}

int printSegmentationReport(const SegmentationResult &result, QPrinter &printer)
{
    return paintSegmentationReport(result, printer);
}

QString saveSegmentationPdf(const SegmentationResult &result, const QString &path, int *pages)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Kartoteka"));
    writer.setTitle(Report::tr("ABC/XYZ segmentation of clients"));
    writer.setPageLayout(QPageLayout(defaultReportPageSize(), QPageLayout::Portrait,
                                     QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
    const int count = paintSegmentationReport(result, writer);
    if (pages)
        *pages = count;
    if (count == 0)
        return Report::tr("Cannot write the PDF report to «%1».").arg(path);
    return {};
}

void previewSegmentationReport(const SegmentationResult &result, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(defaultReportPageSize(), QPageLayout::Portrait,
                                      QMarginsF(marginMm, marginMm, marginMm, marginMm), QPageLayout::Millimeter));
    printer.setDocName(Report::tr("ABC/XYZ segmentation"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Report::tr("Print preview: ABC/XYZ segmentation"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&result](QPrinter *target) { printSegmentationReport(result, *target); });
    dialog.exec();
}

QString suggestedReportName(const SegmentationResult &result)
{
    return QStringLiteral("segmentation-%1-%2")
        .arg(monthCode(result.parameters.firstMonth()), monthCode(result.parameters.lastMonth()));
}

} // namespace kartoteka::ui
