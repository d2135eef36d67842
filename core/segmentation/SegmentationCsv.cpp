#include "SegmentationCsv.h"

#include <QSaveFile>
#include <QStringList>

namespace kartoteka {

namespace {

QString number(double value) { return QString::number(value, 'f', 2); }

} // namespace

QString SegmentationCsv::cell(const QString &text)
{
    QString value = text;
    if (!value.isEmpty()) {
        const QChar first = value.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') || first == QLatin1Char('@')
            || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            value.prepend(QLatin1Char('\''));
    }
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray SegmentationCsv::toCsv(const SegmentationResult &result)
{
    const QStringList header{tr("Rank"),           tr("Client"), tr("INN"),   tr("Value"), tr("Share, %"),
                             tr("Cumulative, %"), tr("ABC"),    tr("CV, %"), tr("XYZ")};
    QStringList cells;
    for (const QString &title : header)
        cells.append(cell(title));
    QString text = QChar(0xfeff) + cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    int rank = 0;
    for (const SegmentedClient &client : result.clients) {
        cells = QStringList{QString::number(++rank),
                            cell(client.name),
                            cell(client.inn),
                            number(client.value),
                            number(client.share),
                            number(client.cumulative),
                            abcCode(client.abc),
                            client.cv ? number(*client.cv) : QString(),
                            xyzCode(client.xyz)};
        text += cells.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QString SegmentationCsv::write(const SegmentationResult &result, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write «%1»: %2").arg(path, file.errorString());
    file.write(toCsv(result));
    if (!file.commit())
        return tr("Cannot write «%1»: %2").arg(path, file.errorString());
    return {};
}

} // namespace kartoteka
