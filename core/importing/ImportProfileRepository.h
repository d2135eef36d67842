#pragma once

#include "ImportSettings.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kartoteka {

// Named import settings (encoding, delimiter, mapping, ...) saved for the next file of the
// same shape.
class ImportProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImportProfileRepository)

public:
    explicit ImportProfileRepository(QSqlDatabase db);

    // Saves or replaces the profile `name`.
    DatabaseError save(const QString &name, const ImportSettings &settings);
    // `settings` keeps what the profile does not say (strict, rejects path, ...).
    DatabaseError load(const QString &name, ImportSettings &settings) const;
    Result<QStringList> names(ImportTarget target) const;
    DatabaseError remove(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace kartoteka
