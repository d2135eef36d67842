#include "storage/Database.h"
#include <QCoreApplication>
#include <QTextStream>
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    kartoteka::Database db;
    auto e = db.open(app.arguments().value(1));
    QTextStream(stdout) << e.message << Qt::endl;
    return e ? 3 : 0;
}
