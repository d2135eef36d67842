#include "UiTestSupport.h"

#include "settings/LanguageSettingsPage.h"
#include "widgets/DateTexts.h"
#include "widgets/Translations.h"

#include <QComboBox>

#include <QMenuBar>
#include <QSettings>
#include <QTranslator>

using kartoteka::test::WindowFixture;

namespace {

// Takes out the translations a test installed and puts the locale back, however it ends.
class TranslationsRestored
{
public:
    ~TranslationsRestored()
    {
        for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        QLocale::setDefault(m_locale);
    }

private:
    const QList<QTranslator *> m_before = QCoreApplication::instance()->findChildren<QTranslator *>();
    const QLocale m_locale;
};

} // namespace

TEST_CASE("the window's geometry is remembered in QSettings", "[settings]")
{
    QSettings().clear();
    {
        WindowFixture fixture;
        auto &window = *fixture.window;
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.resize(877, 555); // no narrower than the widest page allows
        REQUIRE(QTest::qWaitFor([&window] { return window.size() == QSize(877, 555); }));
        window.close();
    }
    CHECK(QSettings().contains(QStringLiteral("MainWindow/geometry")));
    CHECK(QSettings().contains(QStringLiteral("MainWindow/state")));

    WindowFixture again;
    again.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(again.window.get()));
    CHECK(again.window->size() == QSize(877, 555));
    QSettings().clear();
}

TEST_CASE("About names the version and Qt", "[about]")
{
    const QString about = kartoteka::ui::MainWindow::aboutText();
    CHECK(about.contains(QStringLiteral(KARTOTEKA_VERSION)));
    CHECK(about.contains(QString::fromLatin1(qVersion())));
}

TEST_CASE("the shell speaks Russian and Chinese", "[translations]")
{
    const QString language = GENERATE(QStringLiteral("ru"), QStringLiteral("zh_CN"));
    const TranslationsRestored restored;
    REQUIRE(kartoteka::ui::installTranslations(language));
    {
        WindowFixture fixture;
        const QString fileMenu = fixture.window->menuBar()->actions().first()->text();
        CHECK(fileMenu != QStringLiteral("&File"));
        if (language == QStringLiteral("ru"))
            CHECK(fileMenu == QStringLiteral("&Файл"));
        const QString counts = fixture.window->statusWidget()->countsText();
        CHECK_FALSE(counts.contains(QStringLiteral("Organizations")));
    }
}

TEST_CASE("English says 1 task and 2 tasks, also where the language has no translation", "[translations]")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("de"));
    const TranslationsRestored restored;
    CHECK(kartoteka::ui::installTranslations(language) == (language == QStringLiteral("en")));
    const auto tasks = [](int count) {
        return QCoreApplication::translate("kartoteka::ui::TaskJournalView", "%n task(s)", nullptr, count);
    };
    CHECK(tasks(1) == QStringLiteral("1 task"));
    CHECK(tasks(2) == QStringLiteral("2 tasks"));
    CHECK(QCoreApplication::translate("TaskTypeRepository",
                                      "The task type %1 cannot be deleted: %n task(s) have it.", nullptr, 1)
          == QStringLiteral("The task type %1 cannot be deleted: 1 task has it."));
}

TEST_CASE("dates in words follow the language: 22 ноября, 11月22日, a month's standalone name", "[translations]")
{
    using kartoteka::ui::DateTexts;
    const QString language = GENERATE(QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("en"));
    const TranslationsRestored restored;
    kartoteka::ui::installTranslations(language);
    const QDate day(2026, 11, 22);
    if (language == QStringLiteral("ru")) {
        CHECK(DateTexts::dayMonth(day) == QString::fromUtf8("22 ноября"));
        CHECK(DateTexts::monthYear(day) == QString::fromUtf8("ноябрь 2026")); // not the genitive of a date
    } else if (language == QStringLiteral("zh_CN")) {
        CHECK(DateTexts::dayMonth(day) == QString::fromUtf8("11月22日"));
        CHECK(DateTexts::dayMonthYear(day) == QString::fromUtf8("2026年11月22日"));
        CHECK(DateTexts::monthYear(day) == QString::fromUtf8("2026年11月"));
    } else {
        CHECK(DateTexts::dayMonth(day) == QStringLiteral("22 November"));
        CHECK(DateTexts::monthYear(day) == QStringLiteral("November 2026"));
    }
}

TEST_CASE("the language chosen in the settings is the one installed at the next start", "[translations][settings]")
{
    QSettings().remove(QStringLiteral("language"));
    const TranslationsRestored restored;
    {
        kartoteka::ui::LanguageSettingsPage page;
        QComboBox *box = page.languageBox();
        CHECK(box->currentData().toString().isEmpty()); // the system's at first
        box->setCurrentIndex(box->findData(QStringLiteral("ru")));
        CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("ru"));
    }
    // What main() does at start: no language given, the settings' one is used.
    REQUIRE(kartoteka::ui::installTranslations());
    CHECK(QLocale().language() == QLocale::Russian);
    {
        WindowFixture fixture;
        CHECK(fixture.window->menuBar()->actions().first()->text() == QStringLiteral("&Файл"));
    }

    kartoteka::ui::LanguageSettingsPage again;
    CHECK(again.languageBox()->currentData().toString() == QStringLiteral("ru"));
    again.languageBox()->setCurrentIndex(0);
    CHECK_FALSE(QSettings().contains(QStringLiteral("language")));
}
