#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace kartoteka {

// Lets a long statement (an index build, a bulk copy) be cancelled: while it lives, SQLite
// asks `stillWanted` every few thousand steps of the connection's statements, at most ten
// times a second (the first time at once), and interrupts the statement when it says no; the
// statement then fails with SQLITE_INTERRUPT. For one connection on one thread.
class CancelWatch
{
public:
    CancelWatch(const QSqlDatabase &db, std::function<bool()> stillWanted);
    ~CancelWatch();
    CancelWatch(const CancelWatch &) = delete;
    CancelWatch &operator=(const CancelWatch &) = delete;

    bool cancelled() const { return m_cancelled; }

private:
    static int onProgress(void *watch);

    sqlite3 *m_handle = nullptr;
    std::function<bool()> m_stillWanted;
    QElapsedTimer m_sinceAsked;
    bool m_cancelled = false;
};

} // namespace kartoteka
