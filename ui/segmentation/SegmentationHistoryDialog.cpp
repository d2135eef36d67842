#include "SegmentationHistoryDialog.h"

#include "widgets/DateTexts.h"
#include "widgets/ProblemsLabel.h"

#include <QAbstractTableModel>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui {

namespace {

constexpr int notRanked = 3; // the summary's row and column of clients ranked in one snapshot only

int summaryIndex(const std::optional<AbcClass> &abc)
{
    return abc ? int(*abc) : notRanked;
}

bool isRising(const ClassMove &move)
{
    if (move.isFalling() || !move.toAbc)
        return false;
    if (!move.fromAbc || *move.toAbc < *move.fromAbc)
        return true;
    return *move.toAbc == *move.fromAbc && move.fromXyz && move.toXyz && *move.fromXyz != XyzClass::New
           && *move.toXyz != XyzClass::New && *move.toXyz < *move.fromXyz;
}

const QColor fallingText(0xb0, 0x00, 0x20);
const QColor fallingBackground(0xfd, 0xe0, 0xe4);
const QColor risingBackground(0xdf, 0xf2, 0xe0);

} // namespace

// The moves of one comparison: client, from, to, and which way it went. Falling rows are red.
class ClassMovesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, From, To, Change, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int FallingRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setMoves(std::vector<ClassMove> moves, bool changedOnly)
    {
        beginResetModel();
        m_moves.clear();
        for (ClassMove &move : moves) {
            if (!changedOnly || move.fromLabel() != move.toLabel())
                m_moves.push_back(std::move(move));
        }
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_moves.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rowCount())
            return {};
        const ClassMove &move = m_moves[std::size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name:
                return move.name;
            case From:
                return label(move.fromAbc, move.fromXyz);
            case To:
                return label(move.toAbc, move.toXyz);
            case Change:
                if (move.isFalling())
                    return tr("↓ falling");
                if (isRising(move))
                    return tr("↑ rising");
                return move.fromLabel() == move.toLabel() ? QString() : tr("changed");
            }
            return {};
        case Qt::ForegroundRole:
            return move.isFalling() ? QVariant(fallingText) : QVariant();
        case Qt::TextAlignmentRole:
            return index.column() == Name ? QVariant() : QVariant::fromValue(Qt::AlignCenter);
        case IdRole:
            return move.organizationId;
        case FallingRole:
            return move.isFalling();
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case Name:
            return tr("Client");
        case From:
            return tr("Was");
        case To:
            return tr("Now");
        case Change:
            return tr("Change");
        }
        return {};
    }

private:
    // "AX", "B new", or "not ranked" in the user's words.
    static QString label(const std::optional<AbcClass> &abc, const std::optional<XyzClass> &xyz)
    {
        if (!abc)
            return tr("not ranked");
        if (!xyz || *xyz == XyzClass::New)
            return tr("%1 new").arg(abcCode(*abc));
        return abcCode(*abc) + xyzCode(*xyz);
    }

    std::vector<ClassMove> m_moves;
};

SegmentationHistoryDialog::SegmentationHistoryDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_earlier(new QComboBox(this))
    , m_later(new QComboBox(this))
    , m_changedOnly(new QCheckBox(tr("Only clients whose class &changed"), this))
    , m_message(new QLabel(this))
    , m_movesView(new QTableView(this))
    , m_moves(new ClassMovesModel(this))
    , m_summary(new QTableWidget(4, 4, this))
{
    setWindowTitle(tr("Segmentation history"));
    setObjectName(QStringLiteral("segmentationHistoryDialog"));
    m_earlier->setObjectName(QStringLiteral("earlierCombo"));
    m_later->setObjectName(QStringLiteral("laterCombo"));
    m_changedOnly->setObjectName(QStringLiteral("changedOnlyCheck"));
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_movesView->setObjectName(QStringLiteral("movesTable"));
    m_summary->setObjectName(QStringLiteral("movesSummary"));
    m_changedOnly->setChecked(true);
    m_message->setWordWrap(true);
    // Long snapshot titles must not widen the dialog past the screen.
    for (QComboBox *combo : {m_earlier, m_later}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(30);
    }

    m_movesView->setModel(m_moves);
    m_movesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_movesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movesView->verticalHeader()->hide();
    m_movesView->verticalHeader()->setDefaultSectionSize(m_movesView->fontMetrics().height() + 8);
    m_movesView->setAlternatingRowColors(true);
    m_movesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_movesView->horizontalHeader()->setSectionResizeMode(ClassMovesModel::Name, QHeaderView::Stretch);

    const QStringList classes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), tr("not ranked")};
    m_summary->setHorizontalHeaderLabels(classes);
    m_summary->setVerticalHeaderLabels(classes);
    m_summary->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_summary->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    m_summary->setToolTip(tr("Rows: the class in the earlier snapshot; columns: the class in the later one."));

    auto *choose = new QGridLayout;
    auto *earlierLabel = new QLabel(tr("&Earlier:"), this);
    earlierLabel->setBuddy(m_earlier);
    auto *laterLabel = new QLabel(tr("&Later:"), this);
    laterLabel->setBuddy(m_later);
    choose->addWidget(earlierLabel, 0, 0);
    choose->addWidget(m_earlier, 0, 1);
    choose->addWidget(laterLabel, 1, 0);
    choose->addWidget(m_later, 1, 1);
    choose->setColumnStretch(1, 1);

    auto *summaryTitle = new QLabel(tr("ABC classes, earlier (rows) → later (columns):"), this);
    summaryTitle->setWordWrap(true);
    auto *summaryBox = new QVBoxLayout;
    summaryBox->addWidget(summaryTitle);
    summaryBox->addWidget(m_summary);
    summaryBox->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addWidget(m_movesView, 3);
    body->addLayout(summaryBox, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_changedOnly);
    layout->addWidget(m_message);
    layout->addLayout(body, 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(m_earlier, &QComboBox::currentIndexChanged, this, &SegmentationHistoryDialog::compareChosen);
    connect(m_later, &QComboBox::currentIndexChanged, this, &SegmentationHistoryDialog::compareChosen);
    connect(m_changedOnly, &QCheckBox::toggled, this, &SegmentationHistoryDialog::compareChosen);
    connect(m_movesView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT organizationActivated(index.data(ClassMovesModel::IdRole).toLongLong());
    });
    reload();
}

SegmentationHistoryDialog::~SegmentationHistoryDialog() = default;

QString SegmentationHistoryDialog::snapshotTitle(const SegmentSnapshot &snapshot)
{
    const QLocale locale;
    const SegmentationParameters &p = snapshot.parameters;
    const QString metric = p.metric == SegmentMetric::Revenue ? tr("revenue") : tr("profit");
    return tr("%1: %2, %3, ranked clients: %4")
        .arg(locale.toString(snapshot.computedAt.toLocalTime(), QLocale::ShortFormat), periodText(p), metric,
             locale.toString(snapshot.clientCount));
}

QString SegmentationHistoryDialog::periodText(const SegmentationParameters &parameters)
{
    return DateTexts::monthYear(parameters.firstMonth()) + QStringLiteral(" – ")
           + DateTexts::monthYear(parameters.lastMonth());
}

void SegmentationHistoryDialog::reload()
{
    auto snapshots = SegmentSnapshotRepository(m_db).list();
    m_snapshots = snapshots ? std::move(*snapshots) : std::vector<SegmentSnapshot>();
    const QSignalBlocker blockEarlier(m_earlier);
    const QSignalBlocker blockLater(m_later);
    m_earlier->clear();
    m_later->clear();
    for (const SegmentSnapshot &snapshot : m_snapshots) {
        m_earlier->addItem(snapshotTitle(snapshot));
        m_later->addItem(snapshotTitle(snapshot));
    }
    m_later->setCurrentIndex(m_snapshots.empty() ? -1 : 0);
    m_earlier->setCurrentIndex(m_snapshots.size() < 2 ? -1 : 1);
    if (!snapshots)
        showMessage(tr("Cannot read the saved snapshots: %1").arg(snapshots.error().message), true);
    else
        compareChosen();
}

void SegmentationHistoryDialog::compare(int earlierIndex, int laterIndex)
{
    m_earlier->setCurrentIndex(earlierIndex);
    m_later->setCurrentIndex(laterIndex);
    compareChosen();
}

void SegmentationHistoryDialog::compareChosen()
{
    const int earlier = m_earlier->currentIndex();
    const int later = m_later->currentIndex();
    std::vector<ClassMove> moves;
    if (m_snapshots.size() < 2) {
        showMessage(tr("Save the analysis as a snapshot at least twice (now and, say, next month) "
                       "to see how clients move between classes."));
    } else if (earlier < 0 || later < 0 || earlier == later) {
        showMessage(tr("Choose two different snapshots."));
    } else {
        auto found = SegmentSnapshotRepository(m_db).moves(m_snapshots[std::size_t(earlier)].id,
                                                          m_snapshots[std::size_t(later)].id);
        if (!found) {
            showMessage(tr("Cannot compare the snapshots: %1").arg(found.error().message), true);
        } else {
            moves = std::move(*found);
            const auto falling = std::count_if(moves.begin(), moves.end(), [](const ClassMove &m) { return m.isFalling(); });
            showMessage(tr("Fell to a worse class or dropped out (red): %1").arg(QLocale().toString(int(falling))));
        }
    }
    showSummary(moves);
    m_moves->setMoves(std::move(moves), m_changedOnly->isChecked());
}

void SegmentationHistoryDialog::showSummary(const std::vector<ClassMove> &moves)
{
    m_counts = {};
    for (const ClassMove &move : moves)
        ++m_counts[std::size_t(summaryIndex(move.fromAbc))][std::size_t(summaryIndex(move.toAbc))];
    const QLocale locale;
    for (int from = 0; from < 4; ++from) {
        for (int to = 0; to < 4; ++to) {
            const int count = m_counts[std::size_t(from)][std::size_t(to)];
            auto *item = new QTableWidgetItem(from == notRanked && to == notRanked ? QString() : locale.toString(count));
            item->setTextAlignment(Qt::AlignCenter);
            // Worse class (a higher index; "not ranked" is the worst): red; better: green.
            if (count > 0 && to > from)
                item->setBackground(fallingBackground);
            else if (count > 0 && to < from)
                item->setBackground(risingBackground);
            m_summary->setItem(from, to, item);
        }
    }
}

int SegmentationHistoryDialog::moveCount(std::optional<AbcClass> from, std::optional<AbcClass> to) const
{
    return m_counts[std::size_t(summaryIndex(from))][std::size_t(summaryIndex(to))];
}

void SegmentationHistoryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    markAsError(m_message, error);
}

} // namespace kartoteka::ui

#include "SegmentationHistoryDialog.moc"
