#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace kartoteka::ui {

class DatabaseController;
class DatabaseWorker;

// File › Back up…: a copy of the open database in a file the user chooses, written off the GUI
// thread on a connection of its own (VACUUM INTO; seconds for a large card index) behind a
// progress window with Cancel. The copy is written beside the target and renamed over it only
// when complete, so a failed or cancelled backup leaves an older one in place.
class DatabaseBackup : public QObject
{
    Q_OBJECT

public:
    DatabaseBackup(DatabaseController &database, QWidget *window);

    bool isRunning() const;
    static QString suggestedName();

public Q_SLOTS:
    // Asks for the file, then writes it.
    void start();

Q_SIGNALS:
    // A short note for the status bar.
    void message(const QString &text);
    void finished(bool written);

private:
    void onFinished(bool succeeded, const QString &error);

    DatabaseController &m_database;
    QWidget *m_window;
    DatabaseWorker *m_worker;
    QString m_target;
};

} // namespace kartoteka::ui
