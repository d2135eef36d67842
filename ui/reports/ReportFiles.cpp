#include "ReportFiles.h"

#include "storage/DatabaseController.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace kartoteka::ui {

QString ReportFiles::inDocuments(const QString &fileName)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
}

QString ReportFiles::savePdf(QWidget *page, DatabaseController &database, const QString &baseName, const PdfWriter &write)
{
    const QString path = database.chooseOutputFile(page, tr("Save the report as PDF"),
                                                   inDocuments(baseName + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int pages = 0;
    const QString problem = write(path, &pages);
    QApplication::restoreOverrideCursor();
    if (!problem.isEmpty()) {
        database.dialogs().reportError(page, tr("Cannot save the report"), problem);
        return {};
    }
    return tr("The report was saved to «%1» (pages: %2).").arg(QDir::toNativeSeparators(path)).arg(pages);
}

} // namespace kartoteka::ui
