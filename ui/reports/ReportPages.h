#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageSize>
#include <QPen>
#include <QString>

#include <functional>
#include <utility>
#include <vector>

class QChart;
class QPagedPaintDevice;
class QPainter;
class QWidget;

namespace kartoteka::ui {

// Lays a printed report out page by page: a title, label–value lines, headings, charts and
// tables whose rows flow over pages with the header repeated, and on every page a footer with
// the report's name, when it was printed and "Page N of M". A report is a function that writes
// onto a ReportPages; paintReport runs it twice, first only counting pages, then painting.
// Fonts are the application font's family, which on Debian covers Cyrillic and, through
// fontconfig fallback, Chinese. Charts need a QApplication.
class ReportPages
{
    Q_DECLARE_TR_FUNCTIONS(ReportPages)

public:
    struct Column
    {
        QString title;
        double width = 0; // device units; the first column with 0 takes what the others leave
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    ReportPages(QPagedPaintDevice &device, QPainter *painter, int pageCount, QString footer);

    double mm(double millimetres) const;
    double width() const { return m_width; }
    double textWidth(const QFont &font, const QString &text) const;
    double lineHeight(const QFont &font) const;
    const QFont &bodyFont() const { return m_body; }
    const QFont &boldFont() const { return m_bold; }
    const QFont &smallFont() const { return m_small; }

    void title(const QString &text);
    // Label–value lines; long values wrap under themselves.
    void fields(const std::vector<std::pair<QString, QString>> &rows);
    // A heading kept on one page with the next `keepWithNext` of height.
    void heading(const QString &text, double keepWithNext);
    // Paints the chart (taking it) `height` high over the full width; starts a new page if needed.
    void chart(QChart *chart, double height);
    // A table of `rowCount` rows; `row(i)` gives the cells; `bold(i)` marks rows like a total;
    // `marker(i, column)`, when valid, is the colour behind a cell (a class, say).
    void table(const QString &title, std::vector<Column> columns, std::size_t rowCount,
               const std::function<QStringList(std::size_t)> &row,
               const std::function<bool(std::size_t)> &bold = {},
               const std::function<QColor(std::size_t, int column)> &marker = {});
    // A figure of its own making `height` high (on a new page unless it fits), then `spaceAfter`:
    // `paint(top)` draws it with text() and box() while the pages are painted, not counted.
    void block(double height, double spaceAfter, const std::function<void(double top)> &paint);
    // One line of text in `rect`, cut short with "…" when it does not fit.
    void text(const QRectF &rect, const QFont &font, const QString &content, Qt::Alignment alignment = Qt::AlignLeft);
    // A filled rectangle with an outline (none by default).
    void box(const QRectF &rect, const QColor &fill, const QPen &outline = Qt::NoPen);
    // A line of text (an empty-state remark).
    void paragraph(const QString &text);
    // The height left on the page below the current position, for sizing charts.
    double pageHeight() const { return m_pageBottom; }
    // Ends the last page; returns the number of pages.
    int finish();

private:
    void finishPage();
    void newPage();
    void ensureSpace(double height);

    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    int m_pageCount;
    QString m_footer;
    QFont m_body, m_small, m_bold, m_heading, m_title;
    double m_width = 0;
    double m_pageBottom = 0;
    int m_page = 1;
    double m_y = 0;
};

using ReportContent = std::function<void(ReportPages &pages)>;

// A4, except Letter where the system locale's country uses it (United States, Canada).
QPageSize defaultReportPageSize();

// Paints the report onto `device` with its page size and margins; returns the pages painted,
// 0 when the device cannot be painted on. `footer` names the report at the foot of each page.
int paintReport(QPagedPaintDevice &device, const QString &footer, const ReportContent &content);
// Writes it as a PDF on the default page size (defaultReportPageSize); returns why it could
// not, or an empty string. `pages` receives the page count.
QString saveReportPdf(const QString &path, const QString &title, const ReportContent &content, int *pages = nullptr);
// The print preview dialog, printing from it.
void previewReport(const QString &title, QWidget *parent, const ReportContent &content);

} // namespace kartoteka::ui
