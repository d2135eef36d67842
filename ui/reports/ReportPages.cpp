#include "ReportPages.h"

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
#include <optional>

namespace kartoteka::ui {

namespace {
constexpr double marginMm = 15;
} // namespace

QPageSize defaultReportPageSize()
{
    const QLocale::Territory territory = QLocale::system().territory();
    return territory == QLocale::UnitedStates || territory == QLocale::Canada ? QPageSize(QPageSize::Letter)
                                                                               : QPageSize(QPageSize::A4);
}

namespace {

QPageLayout defaultLayout()
{
    return QPageLayout(defaultReportPageSize(), QPageLayout::Portrait, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                       QPageLayout::Millimeter);
}
} // namespace

ReportPages::ReportPages(QPagedPaintDevice &device, QPainter *painter, int pageCount, QString footer)
    : m_device(device), m_painter(painter), m_pageCount(pageCount), m_footer(std::move(footer))
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
    m_pageBottom = m_device.height() - lineHeight(m_small) - mm(3);
}

double ReportPages::mm(double millimetres) const { return millimetres * m_device.logicalDpiY() / 25.4; }

double ReportPages::lineHeight(const QFont &font) const { return QFontMetricsF(font, &m_device).height(); }

double ReportPages::textWidth(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, &m_device).horizontalAdvance(text);
}

void ReportPages::text(const QRectF &rect, const QFont &font, const QString &content, Qt::Alignment alignment)
{
    if (!m_painter)
        return;
    m_painter->setFont(font);
    m_painter->setPen(Qt::black);
    m_painter->drawText(rect, int(alignment | Qt::AlignVCenter),
                        QFontMetricsF(font, &m_device).elidedText(content, Qt::ElideRight, rect.width()));
}

void ReportPages::box(const QRectF &rect, const QColor &fill, const QPen &outline)
{
    if (!m_painter)
        return;
    m_painter->setPen(outline);
    m_painter->setBrush(fill);
    m_painter->drawRect(rect);
}

void ReportPages::block(double height, double spaceAfter, const std::function<void(double top)> &paint)
{
    ensureSpace(height);
    if (m_painter)
        paint(m_y);
    m_y += height + spaceAfter;
}

void ReportPages::finishPage()
{
    if (!m_painter)
        return;
    const double top = m_device.height() - lineHeight(m_small);
    m_painter->setPen(QPen(QColor(0x90, 0x90, 0x90), mm(0.2)));
    m_painter->drawLine(QPointF(0, top - mm(1.5)), QPointF(m_width, top - mm(1.5)));
    const QRectF line(0, top, m_width, lineHeight(m_small));
    m_painter->setFont(m_small);
    m_painter->setPen(QColor(0x50, 0x50, 0x50));
    m_painter->drawText(line, int(Qt::AlignLeft | Qt::AlignVCenter),
                        tr("Kartoteka: %1, printed %2")
                            .arg(m_footer, QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    m_painter->drawText(line, int(Qt::AlignRight | Qt::AlignVCenter), tr("Page %1 of %2").arg(m_page).arg(m_pageCount));
}

void ReportPages::newPage()
{
    finishPage();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = 0;
}

void ReportPages::ensureSpace(double height)
{
    if (m_y > 0 && m_y + height > m_pageBottom)
        newPage();
}

void ReportPages::title(const QString &content)
{
    const double height = lineHeight(m_title) * 1.4;
    ensureSpace(height);
    text(QRectF(0, m_y, m_width, height), m_title, content);
    m_y += height;
}

void ReportPages::fields(const std::vector<std::pair<QString, QString>> &rows)
{
    double labelWidth = 0;
    for (const auto &row : rows)
        labelWidth = std::max(labelWidth, textWidth(m_bold, row.first));
    labelWidth += mm(4);
    const double spacing = lineHeight(m_body) * 0.25;
    const QFontMetricsF metrics(m_body, &m_device);
    for (const auto &[label, value] : rows) {
        const double height =
            std::max(lineHeight(m_body),
                     metrics.boundingRect(QRectF(0, 0, m_width - labelWidth, 1e9), Qt::TextWordWrap, value).height());
        ensureSpace(height);
        text(QRectF(0, m_y, labelWidth, lineHeight(m_bold)), m_bold, label);
        if (m_painter) {
            m_painter->setFont(m_body);
            m_painter->drawText(QRectF(labelWidth, m_y, m_width - labelWidth, height), Qt::TextWordWrap, value);
        }
        m_y += height + spacing;
    }
    m_y += mm(3);
}

void ReportPages::heading(const QString &content, double keepWithNext)
{
    const double height = lineHeight(m_heading) * 1.6;
    ensureSpace(height + keepWithNext);
    text(QRectF(0, m_y + lineHeight(m_heading) * 0.3, m_width, lineHeight(m_heading)), m_heading, content);
    m_y += height;
}

void ReportPages::paragraph(const QString &content)
{
    ensureSpace(lineHeight(m_body));
    text(QRectF(0, m_y, m_width, lineHeight(m_body)), m_body, content);
    m_y += lineHeight(m_body) + mm(4);
}

// Rendered through a scene of its own at a screen-like scale, so that its fonts keep their
// proportions on paper.
void ReportPages::chart(QChart *chart, double height)
{
    ensureSpace(height);
    QGraphicsScene scene; // owns the chart
    scene.addItem(chart);
    if (m_painter) {
        chart->setDropShadowEnabled(false);
        chart->setBackgroundRoundness(0);
        const double scenePerDevice = (96.0 / 25.4) / mm(1);
        const QSizeF size = QSizeF(m_width, height) * scenePerDevice;
        chart->setGeometry(QRectF(QPointF(0, 0), size));
        scene.setSceneRect(QRectF(QPointF(0, 0), size));
        scene.render(m_painter, QRectF(0, m_y, m_width, height), scene.sceneRect());
    }
    m_y += height + mm(2);
}

void ReportPages::table(const QString &title, std::vector<Column> columns, std::size_t rowCount,
                        const std::function<QStringList(std::size_t)> &row, const std::function<bool(std::size_t)> &bold,
                        const std::function<QColor(std::size_t, int column)> &marker)
{
    const double padding = mm(1.2);
    const double rowHeight = lineHeight(m_body) + mm(1.6);
    double fixed = 0;
    for (const Column &column : columns)
        fixed += column.width + 2 * padding;
    for (Column &column : columns) {
        if (column.width == 0) {
            column.width = std::max(mm(20), m_width - fixed - 2 * padding);
            break;
        }
    }
    const auto drawRow = [&](const QStringList &cells, const QFont &font, const QColor &fill, std::optional<std::size_t> index) {
        if (fill.isValid())
            box(QRectF(0, m_y, m_width, rowHeight), fill);
        double x = 0;
        for (int i = 0; i < int(columns.size()); ++i) {
            const Column &column = columns[std::size_t(i)];
            if (marker && index) {
                if (const QColor color = marker(*index, i); color.isValid())
                    box(QRectF(x, m_y + mm(0.4), column.width + 2 * padding, rowHeight - mm(0.8)), color);
            }
            text(QRectF(x + padding, m_y, column.width, rowHeight), font, cells.value(i), column.alignment);
            x += column.width + 2 * padding;
        }
        m_y += rowHeight;
    };
    const auto header = [&] {
        QStringList titles;
        for (const Column &column : columns)
            titles << column.title;
        drawRow(titles, m_bold, QColor(0xcf, 0xd8, 0xdc), std::nullopt);
    };
    heading(title, rowHeight * 2);
    header();
    for (std::size_t i = 0; i < rowCount; ++i) {
        if (m_y + rowHeight > m_pageBottom) {
            newPage();
            heading(tr("%1 (continued)").arg(title), rowHeight * 2);
            header();
        }
        const bool strong = bold && bold(i);
        drawRow(row(i), strong ? m_bold : m_body, i % 2 ? QColor(0xf5, 0xf5, 0xf5) : QColor(), i);
    }
    m_y += mm(4);
}

int ReportPages::finish()
{
    finishPage();
    return m_page;
}

int paintReport(QPagedPaintDevice &device, const QString &footer, const ReportContent &content)
{
    ReportPages counting(device, nullptr, 0, footer);
    content(counting);
    const int pages = counting.finish();
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    ReportPages painting(device, &painter, pages, footer);
    content(painting);
    const int painted = painting.finish();
    painter.end();
    return painted;
}

QString saveReportPdf(const QString &path, const QString &title, const ReportContent &content, int *pages)
{
    QPdfWriter writer(path);
    writer.setCreator(QStringLiteral("Kartoteka"));
    writer.setTitle(title);
    writer.setPageLayout(defaultLayout());
    const int count = paintReport(writer, title, content);
    if (pages)
        *pages = count;
    if (count == 0)
        return ReportPages::tr("Cannot write the PDF report to «%1».").arg(path);
    return {};
}

void previewReport(const QString &title, QWidget *parent, const ReportContent &content)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(defaultLayout());
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(ReportPages::tr("Print preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&title, &content](QPrinter *target) { paintReport(*target, title, content); });
    dialog.exec();
}

} // namespace kartoteka::ui
