#include "SegmentationCsv.h"

#include "importing/CsvCells.h"

#include <QStringList>

namespace kartoteka {

namespace {

QString number(double value) { return QString::number(value, 'f', 2); }

} // namespace

QByteArray SegmentationCsv::toCsv(const SegmentationResult &result)
{
    const QStringList header{tr("Rank"),           tr("Client"), tr("INN"),   tr("Value"), tr("Share, %"),
                             tr("Cumulative, %"), tr("ABC"),    tr("CV, %"), tr("XYZ")};
    csv::CsvText text;
    QStringList cells;
    for (const QString &title : header)
        cells.append(csv::textCell(title));
    text.addLine(cells);
    int rank = 0;
    for (const SegmentedClient &client : result.clients) {
        cells = QStringList{QString::number(++rank),
                            csv::textCell(client.name),
                            csv::textCell(client.inn),
                            number(client.value),
                            number(client.share),
                            number(client.cumulative),
                            abcCode(client.abc),
                            client.cv ? number(*client.cv) : QString(),
                            xyzCode(client.xyz)};
        text.addLine(cells);
    }
    return text.toUtf8();
}

QString SegmentationCsv::write(const SegmentationResult &result, const QString &path)
{
    return csv::writeFile(toCsv(result), path);
}

} // namespace kartoteka
