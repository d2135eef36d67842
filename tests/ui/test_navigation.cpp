#include "UiTestSupport.h"

#include "calendar/CalendarPage.h"
#include "contacts/ContactsPage.h"
#include "importing/ImportPage.h"
#include "segmentation/SegmentationPage.h"
#include "taskreports/TaskReportsPage.h"
#include "tasks/TasksPage.h"
#include "widgets/Sidebar.h"

#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>

using kartoteka::test::WindowFixture;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

QWidget *shownPage(kartoteka::ui::MainWindow &window)
{
    return window.findChild<QStackedWidget *>()->currentWidget();
}

void clickSidebarRow(kartoteka::ui::Sidebar *sidebar, int row)
{
    const QRect rect = sidebar->visualItemRect(sidebar->item(row));
    REQUIRE(rect.isValid());
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("the sidebar shows the page clicked", "[navigation]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *sidebar = window.findChild<kartoteka::ui::Sidebar *>();
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == 6);

    clickSidebarRow(sidebar, 1);
    CHECK(qobject_cast<kartoteka::ui::TasksPage *>(shownPage(window)));
    CHECK(window.currentPage() == Page::Tasks);
    clickSidebarRow(sidebar, 3);
    CHECK(qobject_cast<kartoteka::ui::SegmentationPage *>(shownPage(window)));
    clickSidebarRow(sidebar, 4);
    CHECK(qobject_cast<kartoteka::ui::TaskReportsPage *>(shownPage(window)));
    clickSidebarRow(sidebar, 5);
    CHECK(qobject_cast<kartoteka::ui::ImportPage *>(shownPage(window)));
    clickSidebarRow(sidebar, 2);
    CHECK(qobject_cast<kartoteka::ui::CalendarPage *>(shownPage(window)));
    clickSidebarRow(sidebar, 0);
    // Contacts: organizations and persons, a tab each.
    auto *contactTabs = qobject_cast<QTabWidget *>(shownPage(window));
    REQUIRE(contactTabs);
    CHECK(qobject_cast<kartoteka::ui::ContactsPage *>(contactTabs->currentWidget()));
    CHECK(sidebar->currentRow() == 0);
}

TEST_CASE("Ctrl+1 … Ctrl+6 show the pages", "[navigation]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *sidebar = window.findChild<kartoteka::ui::Sidebar *>();

    const std::vector<std::pair<Qt::Key, Page>> keys = {
        {Qt::Key_6, Page::Import},       {Qt::Key_2, Page::Tasks},    {Qt::Key_4, Page::Segmentation},
        {Qt::Key_5, Page::Reports},      {Qt::Key_3, Page::Calendar}, {Qt::Key_1, Page::Contacts},
    };
    for (const auto &[key, page] : keys) {
        QTest::keyClick(&window, key, Qt::ControlModifier);
        CHECK(window.currentPage() == page);
        CHECK(sidebar->currentRow() == int(page));
    }
}

TEST_CASE("the placeholder pages say what they will hold", "[navigation]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.showPage(Page::Contacts);
    auto *description =
        shownPage(window)->findChild<kartoteka::ui::ContactsPage *>()->findChild<QLabel *>(QStringLiteral("pageDescription"));
    REQUIRE(description);
    CHECK(description->text().contains(QStringLiteral("organizations, contact persons")));
    window.showPage(Page::Segmentation);
    CHECK(shownPage(window)->findChild<QLabel *>(QStringLiteral("pageDescription"))->text().contains(
        QStringLiteral("ABC/XYZ")));
}
