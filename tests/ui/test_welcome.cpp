#include "UiTestSupport.h"

#include "widgets/WelcomePage.h"

#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>

using kartoteka::test::WindowFixture;
using kartoteka::test::statisticsOf;
using Page = kartoteka::ui::MainWindow::Page;

namespace {

QPushButton *welcomeButton(kartoteka::ui::MainWindow &window, const char *name)
{
    auto *welcome = window.findChild<kartoteka::ui::WelcomePage *>();
    REQUIRE(welcome);
    auto *button = welcome->findChild<QPushButton *>(QString::fromLatin1(name));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("an empty database opens on the welcome page", "[welcome]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.isWelcomeShown());
    CHECK_FALSE(window.currentPage().has_value());

    SECTION("Import a client list goes to the Import page")
    {
        QTest::mouseClick(welcomeButton(window, "importButton"), Qt::LeftButton);
        CHECK(window.currentPage() == Page::Import);
        CHECK_FALSE(window.isWelcomeShown());
    }
    SECTION("Add an organization goes to the Contacts page")
    {
        QTest::mouseClick(welcomeButton(window, "addOrganizationButton"), Qt::LeftButton);
        CHECK(window.currentPage() == Page::Contacts);
    }
}

TEST_CASE("Create demo data fills the database off the GUI thread and leaves the welcome page", "[welcome][demo]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.isWelcomeShown());
    QSignalSpy finished(&window, &kartoteka::ui::MainWindow::demoDataFinished);

    QTest::mouseClick(welcomeButton(window, "demoButton"), Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toBool());
    CHECK(fixture.script.errors.isEmpty());

    CHECK_FALSE(window.isWelcomeShown());
    CHECK(window.currentPage() == Page::Contacts);
    const auto statistics = statisticsOf(fixture.path());
    CHECK(statistics.organizations == 12);
    CHECK(statistics.tasks > 0);
    const QString counts = window.statusWidget()->countsText();
    CHECK(counts.contains(QStringLiteral("Organizations: 12")));
    CHECK(counts.contains(QStringLiteral("Persons: %1").arg(statistics.persons)));
    CHECK(counts.contains(QStringLiteral("Tasks: %1").arg(statistics.tasks)));
    CHECK(counts.contains(QStringLiteral("Sales: %1").arg(statistics.sales)));
}

TEST_CASE("cancelled demo data writes nothing", "[welcome][demo]")
{
    WindowFixture fixture;
    auto &window = *fixture.window;
    kartoteka::DemoOptions large; // far more than is made before Cancel arrives
    large.clients = 50000;
    large.tasks = 200000;
    window.setDemoOptions(large);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &kartoteka::ui::MainWindow::demoDataFinished);

    QTest::mouseClick(welcomeButton(window, "demoButton"), Qt::LeftButton);
    auto *progress = window.findChild<QProgressDialog *>(QStringLiteral("demoProgress"));
    REQUIRE(progress);
    REQUIRE(QTest::qWaitFor([progress] { return progress->isVisible(); }, 10000));
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(fixture.script.errors.isEmpty());
    CHECK(window.isWelcomeShown());
    CHECK(statisticsOf(fixture.path()).organizations == 0);
    CHECK(window.statusWidget()->countsText().contains(QStringLiteral("Organizations: 0")));
}
