#include "HelpWindow.h"

#include "HelpBrowser.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSplitter>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kartoteka::ui::help {

namespace {

QString readPage(Topic topic, const QString &language)
{
    QFile file(urlOf(topic, language).path().prepend(QLatin1Char(':')));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The page's <title>: the topic list speaks the language of the pages.
QString titleOf(const QString &html)
{
    static const QRegularExpression title(QStringLiteral("<title>(.*)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    return QTextDocumentFragment::fromHtml(title.match(html).captured(1)).toPlainText().trimmed();
}

} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_language(language)
    , m_search(new QLineEdit(this))
    , m_topics(new QListWidget(this))
    , m_browser(new HelpBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("Kartoteka Help"));
    setModal(false);
    // A window of its own beside the main window, with the usual buttons to maximize it.
    setWindowFlags(Qt::Window | Qt::WindowCloseButtonHint | Qt::WindowMinMaxButtonsHint);
    resize(860, 600);

    m_search->setObjectName(QStringLiteral("helpSearch"));
    m_search->setPlaceholderText(tr("Search the help"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Shows only the topics that contain every word typed; Enter finds it in the page"));
    m_topics->setObjectName(QStringLiteral("helpTopics"));
    for (const Topic topic : allTopics()) {
        const QString html = readPage(topic, m_language);
        m_plainTexts[topic] = QTextDocumentFragment::fromHtml(html).toPlainText();
        auto *item = new QListWidgetItem(titleOf(html), m_topics);
        item->setData(Qt::UserRole, int(topic));
    }

    m_back->setObjectName(QStringLiteral("helpBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setEnabled(false);
    m_forward->setObjectName(QStringLiteral("helpForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setEnabled(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_topics, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addStretch();
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_browser, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::onSourceChanged);
    connect(m_topics, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { showTopic(Topic(item->data(Qt::UserRole).toInt())); });
    connect(m_topics, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { showTopic(Topic(item->data(Qt::UserRole).toInt())); });
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::filterTopics);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QString query = m_search->text().trimmed().split(QLatin1Char(' ')).value(0);
        if (query.isEmpty())
            return;
        // From the top of the page; wrap round when nothing is found below the cursor.
        if (!m_browser->find(query)) {
            m_browser->moveCursor(QTextCursor::Start);
            m_browser->find(query);
        }
    });
}

void HelpWindow::showTopic(Topic topic)
{
    const QUrl url = urlOf(topic, m_language);
    if (m_browser->source() == url)
        m_browser->reload(); // the shortcuts may have changed since
    else
        m_browser->setSource(url);
}

std::optional<Topic> HelpWindow::currentTopic() const
{
    return topicOfFile(m_browser->source().fileName());
}

void HelpWindow::setShortcutsTable(const QString &html)
{
    m_browser->setShortcutsTable(html);
    QString page = readPage(Topic::Shortcuts, m_language);
    m_plainTexts[Topic::Shortcuts] = QTextDocumentFragment::fromHtml(page.replace(shortcutsPlaceholder, html)).toPlainText();
}

void HelpWindow::onSourceChanged(const QUrl &url)
{
    const std::optional<Topic> topic = topicOfFile(url.fileName());
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem *item = m_topics->item(row);
        if (topic && item->data(Qt::UserRole).toInt() == int(*topic)) {
            const QSignalBlocker blocker(m_topics);
            m_topics->setCurrentItem(item);
        }
    }
    setWindowTitle(tr("Kartoteka Help — %1").arg(m_browser->documentTitle()));
}

void HelpWindow::filterTopics(const QString &query)
{
    const QStringList words = query.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem *item = m_topics->item(row);
        const QString &text = m_plainTexts[Topic(item->data(Qt::UserRole).toInt())];
        const bool matches = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return text.contains(word, Qt::CaseInsensitive) || item->text().contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!matches);
        if (matches && !firstShown)
            firstShown = item;
    }
    // The page shown follows the search when it no longer matches.
    QListWidgetItem *current = m_topics->currentItem();
    if (firstShown && (!current || current->isHidden()))
        showTopic(Topic(firstShown->data(Qt::UserRole).toInt()));
}

} // namespace kartoteka::ui::help
