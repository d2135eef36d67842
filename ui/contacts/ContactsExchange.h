#pragma once

#include "widgets/DatabaseWorker.h"

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace kartoteka::ui {

class DatabaseController;

// File › Export and File › Import vCard…: the card index to CSV files that import back
// unchanged and the contact persons to and from vCard files, as the command line does, run
// off the GUI thread with a progress window and Cancel (a cancelled export leaves no file; a
// cancelled import writes nothing).
class ContactsExchange : public QObject
{
    Q_OBJECT

public:
    enum class Export { OrganizationsCsv, PersonsCsv, PersonsVCard };

    ContactsExchange(DatabaseController &database, QWidget *window);

    bool isRunning() const { return m_worker->isRunning(); }
    // Asks for a file (unless `path` is given), then writes it.
    void exportTo(Export what, const QString &path = {});
    void importVCard(const QString &path = {});

Q_SIGNALS:
    // What was done, for the status bar.
    void message(const QString &text);
    // An import wrote to the database.
    void databaseModified();
    void finished(bool succeeded);

private:
    // Runs in the worker; returns an error message (empty on success), sets how many records
    // it wrote and what the user should know besides (cards that could not be read).
    using Job = std::function<QString(Database &database, const DatabaseWorker::Progress &progress, qint64 &count,
                                      QString &warning)>;
    void run(const QString &title, Job job, std::function<QString(qint64 count)> doneText, bool modifies);

    DatabaseController &m_database;
    QWidget *m_window;
    DatabaseWorker *m_worker;
};

} // namespace kartoteka::ui
