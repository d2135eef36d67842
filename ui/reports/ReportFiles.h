#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace kartoteka::ui {

class DatabaseController;

// Where the report pages save their reports, and saving one as PDF from a page.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ReportFiles)

public:
    // `fileName` in the user's Documents folder, where a report is suggested to go.
    static QString inDocuments(const QString &fileName);

    // Writes the report to `path` and says how many pages it has; an error message, or empty.
    using PdfWriter = std::function<QString(const QString &path, int *pages)>;
    // Asks where to save the report (BASE.pdf in Documents suggested) and writes it with `write`
    // on the GUI thread (charts are painted there) under a busy cursor; a failure is reported
    // through `dialogs`. The line for the page's status when saved, else empty.
    static QString savePdf(QWidget *page, DatabaseController &database, const QString &baseName, const PdfWriter &write);
};

} // namespace kartoteka::ui
