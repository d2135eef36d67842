#pragma once

#include <QStringList>

#include <vector>

namespace kartoteka {

// The numbered schema migrations, kept as SQL files in the resource :/kartoteka/migrations.
struct Migration
{
    int version = 0;
    QStringList statements;
};

const std::vector<Migration> &migrations();

} // namespace kartoteka
