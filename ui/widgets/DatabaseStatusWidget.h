#pragma once

#include "storage/DatabaseStatistics.h"

#include <QWidget>

class QLabel;

namespace kartoteka::ui {

// The status bar's permanent part: which database is open, whether it is read-only and how
// many records it holds.
class DatabaseStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DatabaseStatusWidget(QWidget *parent = nullptr);

    void setDatabase(const QString &path, bool readOnly);
    void setStatistics(const DatabaseStatistics &statistics);
    void clear();

    QString pathText() const;
    QString countsText() const;
    bool isReadOnlyShown() const;

private:
    QLabel *m_path;
    QLabel *m_readOnly;
    QLabel *m_counts;
};

} // namespace kartoteka::ui
