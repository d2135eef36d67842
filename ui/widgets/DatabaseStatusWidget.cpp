#include "DatabaseStatusWidget.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace kartoteka::ui {

DatabaseStatusWidget::DatabaseStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_path(new QLabel(this))
    , m_readOnly(new QLabel(tr("read-only"), this))
    , m_counts(new QLabel(this))
{
    m_path->setObjectName(QStringLiteral("databasePath"));
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnly->setObjectName(QStringLiteral("databaseReadOnly"));
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: #a0522d; }"));
    m_readOnly->setToolTip(tr("This database file cannot be changed; it is open for reading only."));
    m_readOnly->hide();
    m_counts->setObjectName(QStringLiteral("databaseCounts"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_counts);
    layout->addWidget(m_readOnly);
    layout->addStretch(1);
    layout->addWidget(m_path);
}

void DatabaseStatusWidget::setDatabase(const QString &path, bool readOnly)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_path->setToolTip(tr("The open database file"));
    m_readOnly->setVisible(readOnly);
}

void DatabaseStatusWidget::setStatistics(const DatabaseStatistics &statistics)
{
    const QLocale locale;
    const QString separator = QStringLiteral("  ·  ");
    m_counts->setText(tr("Organizations: %1").arg(locale.toString(statistics.organizations)) + separator
                      + tr("Persons: %1").arg(locale.toString(statistics.persons)) + separator
                      + tr("Tasks: %1").arg(locale.toString(statistics.tasks)) + separator
                      + tr("Sales: %1").arg(locale.toString(statistics.sales)));
}

void DatabaseStatusWidget::clear()
{
    m_path->clear();
    m_counts->clear();
    m_readOnly->hide();
}

QString DatabaseStatusWidget::pathText() const
{
    return m_path->text();
}

QString DatabaseStatusWidget::countsText() const
{
    return m_counts->text();
}

bool DatabaseStatusWidget::isReadOnlyShown() const
{
    return !m_readOnly->isHidden();
}

} // namespace kartoteka::ui
