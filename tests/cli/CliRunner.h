#pragma once

#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <catch2/catch.hpp>

namespace kartoteka::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

// Runs the real kartoteka-cli, with HOME pointed at `home` so the default database is private,
// in English (the C locale) unless `locale` names another ("ru_RU.UTF-8").
inline CliResult runCli(const QStringList &arguments, const QString &home = {}, const QString &locale = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        environment.insert(QStringLiteral("HOME"), home);
        environment.remove(QStringLiteral("XDG_DATA_HOME"));
    }
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale.isEmpty() ? QStringLiteral("C.UTF-8") : locale);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KARTOTEKA_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace kartoteka::test
