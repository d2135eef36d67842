#include "SegmentationMatrixWidget.h"

#include "SegmentationCharts.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace kartoteka::ui {

namespace {

constexpr std::array<AbcClass, 3> abcClasses{AbcClass::A, AbcClass::B, AbcClass::C};
constexpr std::array<XyzClass, 4> xyzClasses{XyzClass::X, XyzClass::Y, XyzClass::Z, XyzClass::New};

} // namespace

SegmentationMatrixWidget::SegmentationMatrixWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentationMatrix"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);

    const auto heading = [this](const QString &text, const QString &toolTip) {
        auto *label = new QLabel(text, this);
        label->setAlignment(Qt::AlignCenter);
        label->setToolTip(toolTip);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(heading(tr("X\nsteady"), tr("Steady demand: the smallest month-to-month variation")), 0, 1);
    grid->addWidget(heading(tr("Y\nvarying"), tr("Demand that varies")), 0, 2);
    grid->addWidget(heading(tr("Z\nerratic"), tr("Erratic demand")), 0, 3);
    grid->addWidget(heading(tr("New"), tr("Fewer than three months (or quarters) to measure: not classed by XYZ")),
                    0, 4);
    grid->addWidget(heading(tr("A"), tr("The clients that bring most of the value")), 1, 0);
    grid->addWidget(heading(tr("B"), tr("The middle clients")), 2, 0);
    grid->addWidget(heading(tr("C"), tr("The many small clients")), 3, 0);

    for (AbcClass abc : abcClasses) {
        for (XyzClass xyz : xyzClasses) {
            auto *cell = new QToolButton(this);
            cell->setObjectName(QStringLiteral("cell%1%2").arg(abcCode(abc), xyzCode(xyz)));
            cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
            cell->setMinimumSize(72, 44);
            cell->setToolButtonStyle(Qt::ToolButtonTextOnly);
            cell->setCheckable(true);
            connect(cell, &QToolButton::clicked, this, [this, abc, xyz] { onCellClicked(abc, xyz); });
            m_cells[std::size_t(abc)][std::size_t(xyz)] = cell;
            grid->addWidget(cell, int(abc) + 1, int(xyz) + 1);
        }
    }
    for (int column = 1; column <= 4; ++column)
        grid->setColumnStretch(column, 1);
    for (int row = 1; row <= 3; ++row)
        grid->setRowStretch(row, 1);
    clear();
}

QToolButton *SegmentationMatrixWidget::cellButton(AbcClass abc, XyzClass xyz) const
{
    return m_cells[std::size_t(abc)][std::size_t(xyz)];
}

void SegmentationMatrixWidget::setResult(const SegmentationResult &result)
{
    const QLocale locale;
    for (AbcClass abc : abcClasses) {
        for (XyzClass xyz : xyzClasses) {
            const SegmentationResult::Cell cell = result.cell(abc, xyz);
            const double share = result.total > 0 ? cell.value / result.total * 100 : 0;
            const QString shareText = locale.toString(share, 'f', 1) + QStringLiteral(" %");
            QToolButton *button = cellButton(abc, xyz);
            const QString name = xyz == XyzClass::New ? tr("%1, new").arg(abcCode(abc)) : abcCode(abc) + xyzCode(xyz);
            const QString clients = locale.toString(cell.clients);
            button->setText(cell.clients == 0 ? QStringLiteral("—") : clients + QLatin1Char('\n') + shareText);
            button->setToolTip(tr("%1 — clients: %2, share of the total value: %3").arg(name, clients, shareText));
            button->setEnabled(cell.clients > 0);
        }
    }
    m_selected.reset();
    updateCellStyles();
}

void SegmentationMatrixWidget::clear()
{
    for (const auto &row : m_cells) {
        for (QToolButton *cell : row) {
            cell->setText(QString());
            cell->setToolTip(QString());
            cell->setEnabled(false);
        }
    }
    m_selected.reset();
    updateCellStyles();
}

void SegmentationMatrixWidget::setSelectedCell(std::optional<CellKey> cell)
{
    m_selected = cell;
    updateCellStyles();
}

void SegmentationMatrixWidget::onCellClicked(AbcClass abc, XyzClass xyz)
{
    const CellKey key{abc, xyz};
    if (m_selected == key) {
        setSelectedCell(std::nullopt);
        Q_EMIT selectionCleared();
        return;
    }
    setSelectedCell(key);
    Q_EMIT cellClicked(abc, xyz);
}

void SegmentationMatrixWidget::updateCellStyles()
{
    for (AbcClass abc : abcClasses) {
        for (XyzClass xyz : xyzClasses) {
            QToolButton *cell = cellButton(abc, xyz);
            const bool selected = m_selected == CellKey{abc, xyz};
            const QColor color = cellColor(abc, xyz);
            // The selected cell: a thick dark frame and bold text, visible in every colour.
            cell->setStyleSheet(QStringLiteral("QToolButton { background-color: %1; color: #202020; border: %2px solid %3;"
                                               " border-radius: 4px; padding: 2px; font-weight: %4; }"
                                               "QToolButton:disabled { background-color: %5; color: #707070; }"
                                               "QToolButton:hover { border-color: #1565c0; }")
                                    .arg(color.name(), selected ? QStringLiteral("3") : QStringLiteral("1"),
                                         selected ? QStringLiteral("#0d47a1") : color.darker(125).name(),
                                         selected ? QStringLiteral("bold") : QStringLiteral("normal"),
                                         color.lighter(112).name()));
            cell->setChecked(selected); // for accessibility: the selected cell reads as checked
        }
    }
}

} // namespace kartoteka::ui
