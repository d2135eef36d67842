#pragma once

#include "Segmentation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kartoteka {

// The ranked table of a segmentation result as a CSV file for people and spreadsheets:
// UTF-8 with a byte order mark, ';' between cells, CRLF line ends, a header row, then one row
// per ranked client, best first. Numbers use a decimal point: values to the cent, share,
// cumulative share and CV as percent to two decimals; the CV of a new client is empty.
class SegmentationCsv
{
    Q_DECLARE_TR_FUNCTIONS(SegmentationCsv)

public:
    static QByteArray toCsv(const SegmentationResult &result);
    // Writes the file (csv::writeFile: "-" is stdout). Returns why it could not, or an empty string.
    static QString write(const SegmentationResult &result, const QString &path);
};

} // namespace kartoteka
