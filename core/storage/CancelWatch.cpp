#include "CancelWatch.h"

#include "SqliteHandle.h"

#include <sqlite3.h>

namespace kartoteka {

namespace {
constexpr int stepsBetweenChecks = 4096; // a few microseconds of work: the check costs nothing
constexpr qint64 askEveryMs = 100;
} // namespace

CancelWatch::CancelWatch(const QSqlDatabase &db, std::function<bool()> stillWanted)
    : m_handle(sqliteHandle(db)), m_stillWanted(std::move(stillWanted))
{
    if (m_handle && m_stillWanted)
        sqlite3_progress_handler(m_handle, stepsBetweenChecks, &CancelWatch::onProgress, this);
}

CancelWatch::~CancelWatch()
{
    if (m_handle && m_stillWanted)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int CancelWatch::onProgress(void *context)
{
    auto *watch = static_cast<CancelWatch *>(context);
    if (watch->m_cancelled)
        return 1;
    if (watch->m_sinceAsked.isValid() && watch->m_sinceAsked.elapsed() < askEveryMs)
        return 0;
    watch->m_sinceAsked.start();
    watch->m_cancelled = !watch->m_stillWanted();
    return watch->m_cancelled ? 1 : 0;
}

} // namespace kartoteka
