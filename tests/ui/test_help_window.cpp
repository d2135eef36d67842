#include "UiTestSupport.h"

#include "help/HelpBrowser.h"
#include "help/HelpTopics.h"
#include "help/HelpWindow.h"
#include "help/KeyboardShortcuts.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTextFrame>
#include <QTextTable>
#include <QToolButton>

using kartoteka::test::WindowFixture;
using kartoteka::ui::MainWindow;
using Page = kartoteka::ui::MainWindow::Page;
namespace help = kartoteka::ui::help;

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString resourcePath(help::Topic topic, const QString &language)
{
    return QLatin1Char(':') + help::urlOf(topic, language).path();
}

void activate(QWidget &window)
{
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// "command|keys" of every row of the first table in the page shown.
QSet<QString> shortcutRows(const QTextDocument &document)
{
    QSet<QString> rows;
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        const auto cellText = [table](int row, int column) {
            const QTextTableCell cell = table->cellAt(row, column);
            QTextCursor cursor = cell.firstCursorPosition();
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            return cursor.selectedText().trimmed();
        };
        for (int row = 0; row < table->rows(); ++row)
            rows.insert(cellText(row, 0) + QLatin1Char('|') + cellText(row, 1));
        break;
    }
    return rows;
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

} // namespace

TEST_CASE("F1 opens the help at the topic of the page shown", "[help]")
{
    WindowFixture fixture; // an empty database: the welcome page
    MainWindow &window = *fixture.window;
    window.show();
    activate(window);
    REQUIRE(window.isWelcomeShown());

    QTest::keyClick(&window, Qt::Key_F1);
    auto *helpWindow = window.findChild<help::HelpWindow *>();
    REQUIRE(helpWindow);
    CHECK(helpWindow->isVisible());
    CHECK_FALSE(helpWindow->isModal());
    CHECK(helpWindow->currentTopic() == help::Topic::Welcome);
    CHECK(helpWindow->browser()->documentTitle() == QStringLiteral("Getting started"));

    const std::vector<std::pair<Page, help::Topic>> pages = {
        {Page::Contacts, help::Topic::Contacts},         {Page::Tasks, help::Topic::Tasks},
        {Page::Calendar, help::Topic::Calendar},         {Page::Segmentation, help::Topic::Segmentation},
        {Page::Reports, help::Topic::Reports},           {Page::Import, help::Topic::Import},
    };
    for (const auto &[page, topic] : pages) {
        INFO("page " << int(page));
        activate(window);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + int(page)), Qt::ControlModifier);
        REQUIRE(window.currentPage() == page);
        QTest::keyClick(&window, Qt::Key_F1);
        CHECK(window.findChildren<help::HelpWindow *>().size() == 1); // the one window, reused
        CHECK(helpWindow->isVisible());
        CHECK(helpWindow->currentTopic() == topic);
        CHECK_FALSE(helpWindow->browser()->toPlainText().isEmpty());
    }
}

TEST_CASE("every help topic exists in every language, and its links lead to pages that exist", "[help]")
{
    static const QRegularExpression link(QStringLiteral("(?:href|src)=\"([^\"]*)\""));
    for (const QString &language : help::languages()) {
        QStringList expected;
        for (const help::Topic topic : help::allTopics())
            expected.append(help::fileName(topic));
        QStringList present = QDir(QStringLiteral(":/help/%1").arg(language)).entryList(QDir::Files);
        expected.sort();
        present.sort();
        INFO("language " << language.toStdString());
        CHECK(present == expected); // no topic missing, none that the help cannot reach

        for (const help::Topic topic : help::allTopics()) {
            const QString path = resourcePath(topic, language);
            INFO("page " << path.toStdString());
            const QString html = readResource(path);
            REQUIRE_FALSE(html.isEmpty());
            CHECK(html.contains(QStringLiteral("<title>")));
            CHECK(html.contains(QStringLiteral("<h1>")));
            for (auto match = link.globalMatch(html); match.hasNext();) {
                const QString target = match.next().captured(1);
                INFO("link " << target.toStdString());
                const QUrl resolved = help::urlOf(topic, language).resolved(QUrl(target));
                REQUIRE(resolved.scheme() == QStringLiteral("qrc")); // the help never leaves the program
                CHECK(QFile::exists(QLatin1Char(':') + resolved.path()));
            }
        }
        // The shortcuts page has the place for the table generated from the window.
        CHECK(readResource(resourcePath(help::Topic::Shortcuts, language)).contains(help::shortcutsPlaceholder));
    }
}

TEST_CASE("the help speaks the language the interface was loaded in", "[help]")
{
    CHECK(help::languageFor(QLocale(QStringLiteral("ru_RU"))) == QStringLiteral("ru"));
    CHECK(help::languageFor(QLocale(QStringLiteral("zh_CN"))) == QStringLiteral("zh_CN"));
    CHECK(help::languageFor(QLocale(QStringLiteral("en_GB"))) == QStringLiteral("en"));
    CHECK(help::languageFor(QLocale(QStringLiteral("de_DE"))) == QStringLiteral("en")); // no German help: English

    help::HelpWindow russian(QStringLiteral("ru"));
    russian.showTopic(help::Topic::Calendar);
    CHECK(russian.browser()->documentTitle() == QStringLiteral("Календарь"));
    auto *topics = kartoteka::test::child<QListWidget>(&russian, "helpTopics");
    CHECK(topics->item(0)->text() == QStringLiteral("Начало работы"));
    CHECK(topics->currentItem()->text() == QStringLiteral("Календарь"));
}

TEST_CASE("the keyboard shortcuts page lists every shortcut of the menus and the pages", "[help]")
{
    WindowFixture fixture;
    MainWindow &window = *fixture.window;
    window.showPage(Page::Contacts);
    window.show();
    activate(window);

    QTest::keyClick(&window, Qt::Key_F1, Qt::ControlModifier);
    auto *helpWindow = window.findChild<help::HelpWindow *>();
    REQUIRE(helpWindow);
    REQUIRE(helpWindow->currentTopic() == help::Topic::Shortcuts);
    const QSet<QString> rows = shortcutRows(*helpWindow->browser()->document());

    // Every command with keys anywhere in the window: the menus' and the pages' own.
    int checked = 0;
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        const QString row = help::KeyboardShortcuts::plainText(action->text()) + QLatin1Char('|') + keysText(action->shortcuts());
        INFO("action " << row.toStdString());
        CHECK(rows.contains(row));
        ++checked;
    }
    CHECK(checked > 20);
    CHECK(rows.contains(QStringLiteral("Kartoteka Help|") + QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    CHECK(rows.contains(QStringLiteral("Mark done|Ctrl+D")));
}

TEST_CASE("the help's search keeps the topics that contain the words typed", "[help]")
{
    help::HelpWindow window(QStringLiteral("en"));
    window.showTopic(help::Topic::Contacts);
    auto *topics = kartoteka::test::child<QListWidget>(&window, "helpTopics");
    auto *search = kartoteka::test::child<QLineEdit>(&window, "helpSearch");

    QTest::keyClicks(search, QStringLiteral("pareto curve"));
    QStringList shown;
    for (int row = 0; row < topics->count(); ++row) {
        if (!topics->item(row)->isHidden())
            shown.append(topics->item(row)->text());
    }
    // "Pareto" is only on the segmentation page, which the browser turns to.
    CHECK(shown == QStringList{QStringLiteral("Segmentation (ABC/XYZ)")});
    CHECK(window.currentTopic() == help::Topic::Segmentation);

    search->clear();
    for (int row = 0; row < topics->count(); ++row)
        CHECK_FALSE(topics->item(row)->isHidden());
}

TEST_CASE("Back and Forward walk the pages of the help read", "[help]")
{
    help::HelpWindow window(QStringLiteral("zh_CN"));
    auto *back = kartoteka::test::child<QToolButton>(&window, "helpBack");
    auto *forward = kartoteka::test::child<QToolButton>(&window, "helpForward");
    window.showTopic(help::Topic::Welcome);
    CHECK_FALSE(back->isEnabled());
    window.showTopic(help::Topic::Import);
    window.showTopic(help::Topic::Reports);
    REQUIRE(back->isEnabled());

    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(window.currentTopic() == help::Topic::Import);
    QTest::mouseClick(back, Qt::LeftButton);
    CHECK(window.currentTopic() == help::Topic::Welcome);
    CHECK_FALSE(back->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    CHECK(window.currentTopic() == help::Topic::Import);
    CHECK(window.browser()->documentTitle() == QStringLiteral("导入客户名单"));
}

TEST_CASE("the welcome page explains its choices in tooltips and points to F1", "[help]")
{
    WindowFixture fixture;
    MainWindow &window = *fixture.window;
    REQUIRE(window.isWelcomeShown());
    for (const char *name : {"importButton", "demoButton", "addOrganizationButton"}) {
        INFO("button " << name);
        CHECK_FALSE(kartoteka::test::child<QPushButton>(&window, name)->toolTip().isEmpty());
    }
    CHECK(kartoteka::test::child<QLabel>(&window, "helpHint")->text().contains(QStringLiteral("F1")));
}
