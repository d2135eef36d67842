#pragma once

#include "importing/ImportPlan.h"
#include "importing/ImportReport.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace kartoteka::ui {

struct ImportDialogs;

// What the pages of the import wizard share: the file, the settings chosen so far, the plan
// the core made of them and, after the run, its report.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(ImportContext)

public:
    ImportContext(QString databasePath, QSqlDatabase db, ImportDialogs &dialogs);

    // Starts over with `file`: format detected, mapping guessed.
    bool start(const QString &file, ImportTarget target, const QString &defaultRegion);
    // Re-runs ImportPlan::prepare with `settings`. A file whose guessed mapping lacks a required
    // field still gets its preview and the guesses, for the user to complete. False (and
    // `problem` says why) when the file cannot be read or the settings do not fit it.
    bool prepare();
    // Sets the mapping of every column and prepares again; false when a required field is
    // unmapped (the plan keeps the preview) or the file cannot be read.
    bool setColumns(const QList<FieldRef> &columns);

    // What keeps the mapping from running: a required field unmapped, or an empty string.
    QString missingRequiredFields(const QList<FieldRef> &columns) const;
    // The key a column's mapping is saved under: its header when that names it alone, else "#N".
    QString columnKey(int column) const;

    const QString databasePath;
    const QSqlDatabase db; // the GUI thread's connection: profiles
    ImportDialogs &dialogs;

    QString file;
    ImportSettings settings;       // as the user chose: empty values are detected
    std::optional<ImportPlan> plan; // the last plan made of them
    QList<FieldRef> columns;        // the field of each column as the user mapped it
    QString problem;                // why the last prepare failed
    DateOrder chosenDateOrder = DateOrder::Unknown; // the user's answer to ambiguous dates
    std::optional<ImportReport> report;
    bool undone = false;
};

} // namespace kartoteka::ui
