#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kartoteka {

// A row the import could not take, with its file line and why.
struct RejectedRow
{
    qint64 line = 0;
    QString reason;
    QStringList fields;
};

// A doubtful value that was kept as typed.
struct ImportWarning
{
    qint64 line = 0;
    QString column;
    QString message;
};

// What one import did: the counts, the detected format, and every reject and warning.
struct ImportReport
{
    qint64 batchId = 0;
    qint64 rows = 0; // data rows read
    qint64 created = 0;
    qint64 merged = 0;
    qint64 skipped = 0;
    qint64 newClients = 0; // organizations a sales import created for unknown clients
    QList<RejectedRow> rejects;
    QList<ImportWarning> warnings;
    QString encoding;
    QChar delimiter;
    QStringList headers;
    QStringList fields; // the field each column went to
    QString rejectsPath; // where the rejects were written, if any
    QString rejectsError; // why they could not be written to a file (they are listed here all the same)
    QString backupPath;  // the backup taken before the import
    bool written = false; // false when --strict refused or the run was cancelled

    // Where the time went, in milliseconds, for benchmarks and the curious.
    struct Timings
    {
        qint64 reading = 0;     // reading and decoding the file, splitting records
        qint64 normalizing = 0; // building rows: phones, e-mails, dates, names
        qint64 matching = 0;    // looking for duplicates
        qint64 writing = 0;     // inserting and merging rows
        qint64 indexing = 0;    // building the indexes set aside for the bulk load
        qint64 committing = 0;
    } timings;

    qint64 rejected() const { return rejects.size(); }
    // After a --strict refusal rolled the import back: no batch, nothing created or merged;
    // what was read, rejected and warned of stays to be shown. `written` stays false.
    void forgetWrites()
    {
        batchId = 0;
        created = merged = newClients = 0;
    }
};

} // namespace kartoteka
