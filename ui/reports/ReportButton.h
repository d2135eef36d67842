#pragma once

#include <QCoreApplication>

#include <functional>

class QToolButton;
class QWidget;

namespace kartoteka::ui {

// The "Report ▾" button of a page that makes a report: Print preview (Ctrl+P anywhere on the
// page), Save as PDF and Export CSV, each calling the page back.
class ReportButton
{
    Q_DECLARE_TR_FUNCTIONS(ReportButton)

public:
    struct Actions
    {
        std::function<void()> printPreview;
        std::function<void()> savePdf;
        std::function<void()> exportCsv;
    };

    // `toolTip` says what this page's report holds.
    static QToolButton *create(QWidget *page, const QString &toolTip, const Actions &actions);
};

} // namespace kartoteka::ui
