#pragma once

#include <QCoreApplication>

// The names both executables go by. QStandardPaths::AppDataLocation (where the per-user
// database lives) and QSettings are derived from them, so the GUI and the CLI must agree.
inline void setKartotekaApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Kartoteka"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kartoteka.org"));
    QCoreApplication::setApplicationName(QStringLiteral("kartoteka"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KARTOTEKA_VERSION));
}
