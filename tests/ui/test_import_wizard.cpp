#include "TestFiles.h"
#include "UiTestSupport.h"

#include "contacts/CustomFieldRepository.h"
#include "importing/ClientImporter.h"
#include "importing/ImportPlan.h"
#include "storage/Database.h"
#include "importing/ImportContext.h"
#include "importing/ImportDialogs.h"
#include "importing/ImportHistoryModel.h"
#include "importing/ImportPage.h"
#include "importing/ImportPreviewModel.h"
#include "importing/ImportWizard.h"
#include "importing/MappingPage.h"
#include "importing/PreviewCellChecker.h"
#include "importing/SummaryPage.h"
#include "widgets/DatabaseWorker.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTextStream>

using kartoteka::test::WindowFixture;
using kartoteka::test::child;
using kartoteka::test::statisticsOf;
using kartoteka::ui::CellIssue;
using kartoteka::ui::ImportPage;
using kartoteka::ui::ImportPreviewModel;
using kartoteka::ui::ImportWizard;

namespace {

QString fixtureFile(const char *name)
{
    return QStringLiteral(KARTOTEKA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

// Checks a radio button or toggles a check box as a user does from the keyboard.
void press(QAbstractButton *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

// Chooses the item with `data` as a user does: arrow keys on the closed combo box.
void choose(QComboBox *combo, const QString &data)
{
    const int target = combo->findData(data);
    INFO("no item " << data.toStdString());
    REQUIRE(target >= 0);
    combo->setFocus();
    while (combo->currentIndex() != target)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
}

// The import page of a window on a fresh database, with every question of the import answered
// by the test.
class ImportFixture : public WindowFixture
{
public:
    ImportFixture()
        : page(window->findChild<ImportPage *>())
    {
        REQUIRE(page);
        auto &dialogs = page->dialogs();
        dialogs.confirm = [this](QWidget *, const QString &, const QString &question) {
            questions.append(question);
            return confirmAnswer;
        };
        dialogs.inform = [this](QWidget *, const QString &, const QString &message) { messages.append(message); };
        dialogs.askText = [this](QWidget *, const QString &, const QString &, const QString &) { return textAnswer; };
        dialogs.openUrl = [this](const QUrl &url) {
            opened.append(url);
            return true;
        };
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    // Opens the wizard, chooses `file` through the file chooser and goes to the preview.
    ImportWizard *openOn(const QString &file, bool sales = false)
    {
        page->startImport();
        wizard = page->wizard();
        REQUIRE(wizard);
        REQUIRE(wizard->currentId() == ImportWizard::ChooseFile);
        if (sales)
            press(child<QRadioButton>(wizard, "salesRadio"));
        script.filesToChoose = {file};
        QTest::mouseClick(child<QPushButton>(wizard, "browseButton"), Qt::LeftButton);
        CHECK(QDir::fromNativeSeparators(child<QLineEdit>(wizard, "fileEdit")->text()) == file);
        next(ImportWizard::Preview);
        return wizard;
    }

    void next(int expectedPage)
    {
        QAbstractButton *button = wizard->button(QWizard::NextButton);
        if (wizard->currentPage()->isCommitPage())
            button = wizard->button(QWizard::CommitButton);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        REQUIRE(wizard->currentId() == expectedPage);
    }

    // From the mapping page through the options to the end of the run.
    void runToSummary(bool strict = false)
    {
        next(ImportWizard::Options);
        if (strict)
            press(child<QCheckBox>(wizard, "strictCheck"));
        next(ImportWizard::Run);
        REQUIRE(QTest::qWaitFor([this] { return wizard->currentId() == ImportWizard::Summary; }, 30000));
    }

    QAbstractItemModel *mappingModel() const { return child<QTableView>(wizard, "mappingTable")->model(); }
    kartoteka::ui::MappingPage *mappingPage() const
    {
        return static_cast<kartoteka::ui::MappingPage *>(wizard->page(ImportWizard::Mapping));
    }
    QString count(const char *name) const
    {
        return static_cast<kartoteka::ui::SummaryPage *>(wizard->page(ImportWizard::Summary))
            ->countText(QLatin1String(name));
    }
    int severity(int row, int column) const
    {
        return mappingModel()->index(row, column).data(ImportPreviewModel::SeverityRole).toInt();
    }

    ImportPage *page;
    QPointer<ImportWizard> wizard;
    QStringList questions;
    QStringList messages;
    QList<QUrl> opened;
    bool confirmAnswer = true;
    QString textAnswer;
};

constexpr int warning = static_cast<int>(CellIssue::Severity::Warning);
constexpr int rejected = static_cast<int>(CellIssue::Severity::Reject);
constexpr int fine = static_cast<int>(CellIssue::Severity::None);

} // namespace

TEST_CASE("File > Import… (Ctrl+I) opens the import wizard on the Import page", "[import]")
{
    ImportFixture fixture;
    auto &window = *fixture.window;
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    CHECK(window.currentPage() == kartoteka::ui::MainWindow::Page::Import);
    REQUIRE(fixture.page->wizard());
    CHECK(fixture.page->wizard()->isVisible());
    CHECK(fixture.page->wizard()->currentId() == ImportWizard::ChooseFile);
    CHECK_FALSE(fixture.page->wizard()->button(QWizard::NextButton)->isEnabled()); // no file yet
}

TEST_CASE("a 1C client list in Windows-1251 is previewed, mapped and imported", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("clients_1c_cp1251.csv"));

    // The preview: decoded Cyrillic, the detected encoding and delimiter.
    auto *preview = child<QTableView>(wizard, "previewTable")->model();
    auto *encoding = child<QComboBox>(wizard, "encodingCombo");
    auto *delimiter = child<QComboBox>(wizard, "delimiterCombo");
    CHECK(preview->headerData(0, Qt::Horizontal).toString() == QStringLiteral("Наименование"));
    CHECK(preview->index(0, 0).data().toString() == QStringLiteral("ООО \"Северный ветер\""));
    CHECK(preview->index(1, 6).data().toString() == QStringLiteral("buh@uralchem.ru"));
    CHECK(preview->columnCount() == 10);
    CHECK(encoding->currentText() == QStringLiteral("Auto (windows-1251)"));
    CHECK(delimiter->currentText() == QStringLiteral("Auto (Semicolon ;)"));
    CHECK(child<QCheckBox>(wizard, "headerCheck")->isChecked());

    SECTION("another delimiter re-reads the file and changes the preview")
    {
        choose(delimiter, QStringLiteral(","));
        CHECK(preview->columnCount() < 10);
        CHECK(preview->index(0, 0).data().toString() != QStringLiteral("ООО \"Северный ветер\""));
        choose(delimiter, QString());
        CHECK(preview->columnCount() == 10);
        CHECK(preview->index(0, 0).data().toString() == QStringLiteral("ООО \"Северный ветер\""));
    }
    SECTION("another encoding shows what the bytes mean in it")
    {
        choose(encoding, QStringLiteral("KOI8-R"));
        CHECK(preview->index(0, 0).data().toString() != QStringLiteral("ООО \"Северный ветер\""));
        choose(encoding, QStringLiteral("windows-1251"));
        CHECK(preview->index(0, 0).data().toString() == QStringLiteral("ООО \"Северный ветер\""));
    }
    SECTION("without a header row the first line is data")
    {
        QTest::mouseClick(child<QCheckBox>(wizard, "headerCheck"), Qt::LeftButton);
        CHECK(preview->index(0, 0).data().toString() == QStringLiteral("Наименование"));
        press(child<QCheckBox>(wizard, "headerCheck"));
        CHECK(preview->index(0, 0).data().toString() == QStringLiteral("ООО \"Северный ветер\""));
    }

    fixture.next(ImportWizard::Mapping);
    auto *mapping = fixture.mappingPage();
    CHECK(mapping->fieldCombo(0)->currentData().toString() == QStringLiteral("name"));
    CHECK(mapping->fieldCombo(0)->currentText() == QStringLiteral("Organization"));
    CHECK(mapping->fieldCombo(2)->currentData().toString() == QStringLiteral("custom:КПП"));
    CHECK(mapping->fieldCombo(6)->currentData().toString() == QStringLiteral("email"));
    CHECK_FALSE(child<QGroupBox>(wizard, "dateOrderBox")->isVisible());

    // The notes go nowhere: the header of the preview says so.
    choose(mapping->fieldCombo(9), QStringLiteral("-"));
    CHECK(fixture.mappingModel()->headerData(9, Qt::Horizontal).toString() == QStringLiteral("Примечание → Ignore"));

    fixture.runToSummary();
    CHECK(fixture.count("rows") == QStringLiteral("4"));
    CHECK(fixture.count("created") == QStringLiteral("3"));
    CHECK(fixture.count("merged") == QStringLiteral("1"));
    CHECK(fixture.count("rejected") == QStringLiteral("0"));
    CHECK(fixture.count("warnings") == QStringLiteral("0"));
    CHECK(child<QLabel>(wizard, "summaryHeadline")->text().contains(QStringLiteral("is done")));
    CHECK_FALSE(child<QPushButton>(wizard, "openRejectsButton")->isEnabled());
    CHECK(fixture.script.errors.isEmpty());

    const auto statistics = statisticsOf(fixture.path());
    CHECK(statistics.organizations == 3);
    CHECK(statistics.persons == 4);
    {
        kartoteka::Database database;
        REQUIRE_FALSE(database.open(fixture.path()));
        QSqlQuery notes(database.connection());
        REQUIRE(notes.exec(QStringLiteral("SELECT count(*) FROM organizations WHERE notes LIKE '%отсрочка%'")));
        REQUIRE(notes.next());
        CHECK(notes.value(0).toInt() == 0); // the ignored column was not imported
    }
    // The status bar and the history follow.
    CHECK(fixture.window->statusWidget()->countsText().startsWith(QStringLiteral("Organizations: 3")));
    REQUIRE(fixture.page->history()->rowCount() == 1);
    CHECK(fixture.page->history()->index(0, kartoteka::ui::ImportHistoryModel::File).data().toString()
          == QStringLiteral("clients_1c_cp1251.csv"));
    CHECK(fixture.page->history()->index(0, kartoteka::ui::ImportHistoryModel::Created).data().toString()
          == QStringLiteral("3"));

    SECTION("Undo import on the summary asks first, then removes what the import created")
    {
        fixture.confirmAnswer = false;
        QTest::mouseClick(child<QPushButton>(wizard, "undoButton"), Qt::LeftButton);
        CHECK(fixture.questions.size() == 1);
        CHECK(statisticsOf(fixture.path()).organizations == 3);

        fixture.confirmAnswer = true;
        QTest::mouseClick(child<QPushButton>(wizard, "undoButton"), Qt::LeftButton);
        CHECK_FALSE(child<QPushButton>(wizard, "undoButton")->isEnabled()); // while it runs, off the GUI thread
        CHECK(fixture.messages.isEmpty());
        REQUIRE(QTest::qWaitFor([&] { return !fixture.messages.isEmpty(); }, 20000));
        CHECK(fixture.questions.size() == 2);
        CHECK(fixture.questions.last().contains(QStringLiteral("clients_1c_cp1251.csv")));
        CHECK(fixture.messages == QStringList{QStringLiteral("Import #1 was undone.")});
        CHECK(statisticsOf(fixture.path()).organizations == 0);
        CHECK(statisticsOf(fixture.path()).persons == 0);
        CHECK_FALSE(child<QPushButton>(wizard, "undoButton")->isEnabled());
        CHECK(child<QLabel>(wizard, "undoStatus")->text().contains(QStringLiteral("was undone")));
        CHECK(fixture.window->statusWidget()->countsText().startsWith(QStringLiteral("Organizations: 0")));
        CHECK_FALSE(fixture.page->history()->index(0, kartoteka::ui::ImportHistoryModel::Undone).data().toString().isEmpty());
    }
    SECTION("Undo from the history, for the selected batch")
    {
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return fixture.wizard.isNull(); }));
        auto *table = child<QTableView>(fixture.page, "historyTable");
        auto *undo = child<QPushButton>(fixture.page, "undoBatchButton");
        CHECK_FALSE(undo->isEnabled()); // nothing selected
        table->selectRow(0);
        REQUIRE(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        CHECK(fixture.questions.size() == 1);
        CHECK_FALSE(undo->isEnabled()); // while it runs
        REQUIRE(QTest::qWaitFor([&] { return !fixture.messages.isEmpty(); }, 20000));
        CHECK(fixture.messages == QStringList{QStringLiteral("Import #1 was undone.")});
        CHECK(statisticsOf(fixture.path()).organizations == 0);
        CHECK(fixture.window->statusWidget()->countsText().startsWith(QStringLiteral("Organizations: 0")));
        REQUIRE(fixture.page->history()->rowCount() == 1);
        CHECK_FALSE(fixture.page->history()->index(0, kartoteka::ui::ImportHistoryModel::Undone).data().toString().isEmpty());
        table->selectRow(0);
        CHECK_FALSE(undo->isEnabled()); // undone once is enough
    }
}

TEST_CASE("a damaged list: bad cells are coloured, rejects listed and openable", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("clients_damaged.csv"));
    fixture.next(ImportWizard::Mapping);
    auto *mapping = fixture.mappingPage();
    // Организация;ИНН;Телефон;E-mail;Менеджер;Отрасль;Тип
    CHECK(fixture.severity(0, 0) == fine);
    CHECK(fixture.severity(0, 1) == warning); // 7707083894: a bad check digit
    CHECK(fixture.mappingModel()->index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a valid INN")));
    CHECK(fixture.mappingModel()->index(0, 1).data(Qt::BackgroundRole).value<QBrush>().color().isValid());
    CHECK(fixture.severity(1, 2) == warning); // «не звонить» is no phone
    CHECK(fixture.severity(1, 3) == warning); // lutik(at)mail.ru
    CHECK(fixture.severity(2, 0) == rejected); // no name
    CHECK(fixture.severity(3, 7) == rejected); // a field more than the header
    CHECK(fixture.severity(5, 1) == fine);     // 5024002119 is a valid INN

    SECTION("a changed mapping re-checks the cells")
    {
        choose(mapping->fieldCombo(1), QStringLiteral("notes"));
        CHECK(fixture.severity(0, 1) == fine);
        choose(mapping->fieldCombo(1), QStringLiteral("inn"));
        CHECK(fixture.severity(0, 1) == warning);
    }
    SECTION("an unmapped required field blocks Next with a message")
    {
        auto *message = child<QLabel>(wizard, "mappingMessage");
        CHECK_FALSE(message->isVisible());
        choose(mapping->fieldCombo(0), QStringLiteral("-"));
        CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("Organization")));
        choose(mapping->fieldCombo(0), QStringLiteral("name"));
        CHECK(wizard->button(QWizard::NextButton)->isEnabled());
        CHECK_FALSE(message->isVisible());
    }

    fixture.runToSummary();
    CHECK(fixture.count("rows") == QStringLiteral("6"));
    CHECK(fixture.count("created") == QStringLiteral("3"));
    CHECK(fixture.count("rejected") == QStringLiteral("3"));
    CHECK(fixture.count("warnings") == QStringLiteral("5"));
    auto *issues = child<QTableWidget>(wizard, "issuesTable");
    REQUIRE(issues->rowCount() == 8);
    CHECK(issues->item(0, 0)->data(Qt::DisplayRole).toInt() == 4); // the row without a name is line 4
    CHECK(issues->item(0, 1)->text() == QStringLiteral("Rejected"));
    CHECK(issues->item(7, 1)->text() == QStringLiteral("Warning"));

    auto *open = child<QPushButton>(wizard, "openRejectsButton");
    REQUIRE(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    REQUIRE(fixture.opened.size() == 1);
    CHECK(fixture.opened.first().isLocalFile());
    CHECK(QFile::exists(fixture.opened.first().toLocalFile()));
    CHECK(statisticsOf(fixture.path()).organizations == 3);
}

TEST_CASE("a rejects file that cannot be written is said on the summary, the import stands", "[import]")
{
    ImportFixture fixture;
    // A file where the rejects folder would be made.
    QFile blocker(QFileInfo(fixture.path()).dir().filePath(QStringLiteral("rejects")));
    REQUIRE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    fixture.openOn(fixtureFile("clients_damaged.csv"));
    fixture.next(ImportWizard::Mapping);
    fixture.runToSummary();
    CHECK(fixture.count("rejected") == QStringLiteral("3"));
    auto *headline = child<QLabel>(fixture.wizard, "summaryHeadline");
    CHECK(headline->text().contains(QStringLiteral("is done")));
    CHECK(headline->text().contains(QStringLiteral("Cannot write the rejects")));
    auto *open = child<QPushButton>(fixture.wizard, "openRejectsButton");
    CHECK_FALSE(open->isEnabled());
    CHECK(open->toolTip().contains(QStringLiteral("Cannot write the rejects")));
    CHECK(child<QTableWidget>(fixture.wizard, "issuesTable")->rowCount() == 8);
    CHECK(statisticsOf(fixture.path()).organizations == 3);
}

TEST_CASE("a column can fill a custom field defined already, its cells checked by the field's type", "[import]")
{
    ImportFixture fixture;
    kartoteka::CustomFieldRepository fields(fixture.window->database().connection());
    kartoteka::CustomField segment;
    segment.label = QStringLiteral("Сегмент");
    segment.type = kartoteka::CustomField::Type::Choice;
    segment.choices = {QStringLiteral("Торговля"), QStringLiteral("Услуги")};
    REQUIRE_FALSE(fields.create(segment));

    fixture.openOn(fixtureFile("clients_damaged.csv"));
    fixture.next(ImportWizard::Mapping);
    auto *mapping = fixture.mappingPage();
    // Организация;ИНН;Телефон;E-mail;Менеджер;Отрасль;Тип: «Отрасль» may fill «Сегмент».
    QComboBox *industry = mapping->fieldCombo(5);
    CHECK(industry->currentData().toString() == QStringLiteral("custom:Отрасль")); // the guess: a new field
    CHECK(industry->currentText() == QStringLiteral("New custom field: Отрасль"));
    CHECK(industry->itemText(industry->findData(QStringLiteral("custom:Сегмент"))) == QStringLiteral("Custom field: Сегмент"));
    CHECK(fixture.severity(5, 5) == fine);                                        // a text field takes anything
    choose(industry, QStringLiteral("custom:Сегмент"));
    CHECK(fixture.severity(0, 5) == fine); // Торговля is a choice
    CHECK(fixture.severity(5, 5) == warning); // Производство is not
    CHECK(fixture.mappingModel()->index(5, 5).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("«Производство» is not a value of «Сегмент»")));

    fixture.runToSummary();
    CHECK(fixture.count("created") == QStringLiteral("3"));
    CHECK(fixture.count("warnings") == QStringLiteral("6")); // the five of the file and Производство
    const QSqlDatabase db = fixture.window->database().connection();
    QSqlQuery values(db);
    REQUIRE(values.exec(QStringLiteral("SELECT o.name, v.value FROM custom_values v JOIN organizations o ON o.id = v.entity_id "
                                       "JOIN custom_fields f ON f.id = v.field_id WHERE f.label = 'Сегмент'")));
    REQUIRE(values.next());
    CHECK(values.value(0).toString() == QStringLiteral("ООО Ромашка"));
    CHECK(values.value(1).toString() == QStringLiteral("Торговля"));
    CHECK_FALSE(values.next());
    QSqlQuery industryField(db);
    REQUIRE(industryField.exec(QStringLiteral("SELECT count(*) FROM custom_fields WHERE label = 'Отрасль'")));
    REQUIRE(industryField.next());
    CHECK(industryField.value(0).toInt() == 0); // no field was made for the column
}

TEST_CASE("Strict refuses a file with unreadable rows and writes nothing", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("clients_damaged.csv"));
    fixture.next(ImportWizard::Mapping);
    fixture.runToSummary(true);
    CHECK(child<QLabel>(wizard, "summaryHeadline")->text().contains(QStringLiteral("nothing was imported")));
    CHECK(fixture.count("rejected") == QStringLiteral("3"));
    CHECK_FALSE(child<QPushButton>(wizard, "undoButton")->isVisible());
    CHECK(statisticsOf(fixture.path()).organizations == 0);
    CHECK(fixture.page->history()->rowCount() == 0);
}

TEST_CASE("once the rows are in, the run page says the indexes are being built", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("clients_1c_cp1251.csv"));
    fixture.next(ImportWizard::Mapping);
    fixture.next(ImportWizard::Options);
    auto *worker = wizard->page(ImportWizard::Run)->findChild<kartoteka::ui::DatabaseWorker *>();
    REQUIRE(worker);
    auto *status = child<QLabel>(wizard, "runStatus");
    QStringList shown; // the status line as each step of the progress left it
    QObject::connect(worker, &kartoteka::ui::DatabaseWorker::progressChanged, status,
                     [&](int percent) { shown << QStringLiteral("%1: %2").arg(percent).arg(status->text()); });
    fixture.next(ImportWizard::Run);
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::Summary; }, 30000));
    INFO(shown.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(shown.isEmpty());
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [](const QString &line) {
        return line.startsWith(QStringLiteral("90: ")) && line.contains(QStringLiteral("Building the indexes"));
    }));
}

TEST_CASE("cancelling a running import writes nothing and says so", "[import]")
{
    ImportFixture fixture;
    const QString big = fixture.file(QStringLiteral("big.csv"));
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QTextStream out(&file);
        out << "Наименование;Телефон;Город\n";
        for (int i = 0; i < 60000; ++i)
            out << "ООО Клиент " << i << ";+7 495 " << (1000000 + i) << ";Москва\n";
    }
    ImportWizard *wizard = fixture.openOn(big);
    fixture.next(ImportWizard::Mapping);
    fixture.next(ImportWizard::Options);
    fixture.next(ImportWizard::Run);
    REQUIRE(wizard->isRunning());
    CHECK(wizard->button(QWizard::CancelButton)->text() == QStringLiteral("&Cancel import"));
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    CHECK(wizard->isVisible()); // Cancel stops the import, not the wizard
    REQUIRE(QTest::qWaitFor([&] { return !wizard->isRunning(); }, 30000));
    CHECK(wizard->currentId() == ImportWizard::Run);
    CHECK(child<QLabel>(wizard, "runStatus")->text().contains(QStringLiteral("nothing was written")));
    CHECK(statisticsOf(fixture.path()).organizations == 0);
    CHECK(fixture.page->history()->rowCount() == 0);
    CHECK(fixture.script.errors.isEmpty());

    SECTION("and the same import can run again after going back")
    {
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        REQUIRE(wizard->currentId() == ImportWizard::Options);
        fixture.next(ImportWizard::Run);
        REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::Summary; }, 60000));
        CHECK(fixture.count("created") == QLocale().toString(60000));
        CHECK(statisticsOf(fixture.path()).organizations == 60000);
    }
}

TEST_CASE("ambiguous dates of a sales history are asked, not guessed", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("sales_ambiguous.csv"), true);
    fixture.next(ImportWizard::Mapping);
    auto *box = child<QGroupBox>(wizard, "dateOrderBox");
    CHECK(box->isVisible());
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    auto *monthDay = child<QRadioButton>(wizard, "monthDayRadio");
    CHECK(monthDay->text().contains(QStringLiteral("03/04/2025")));
    press(monthDay);
    CHECK(wizard->button(QWizard::NextButton)->isEnabled());

    fixture.runToSummary();
    CHECK(fixture.count("created") == QStringLiteral("2"));
    kartoteka::Database database;
    REQUIRE_FALSE(database.open(fixture.path()));
    QSqlQuery dates(database.connection());
    REQUIRE(dates.exec(QStringLiteral("SELECT sale_date FROM sales ORDER BY sale_date")));
    REQUIRE(dates.next());
    CHECK(dates.value(0).toString() == QStringLiteral("2025-03-04"));
    REQUIRE(dates.next());
    CHECK(dates.value(0).toString() == QStringLiteral("2025-05-06"));
}

TEST_CASE("a client list asks once for the columns whose dates prove no order, and each other column keeps its own",
          "[import]")
{
    ImportFixture fixture;
    const QString path = fixture.file(QStringLiteral("dates.csv"));
    // «Рождение» is month first (12/25), «Создан» and «Договор» could be either.
    kartoteka::test::writeFile(path, "Наименование;Контактное лицо;Рождение;Создан;Договор\n"
                                     "Ромашка;Иванов Иван;03/04/1980;03/04/2024;01/02/2025\n"
                                     "Лютик;Петров Пётр;12/25/1979;05/06/2024;07/08/2025\n"
                                     "Василёк;Сидоров Сидор;не помню;;\n");
    ImportWizard *wizard = fixture.openOn(path);
    fixture.next(ImportWizard::Mapping);
    auto *mapping = fixture.mappingPage();
    choose(mapping->fieldCombo(2), QStringLiteral("birthday"));
    choose(mapping->fieldCombo(3), QStringLiteral("created"));
    CHECK(mapping->fieldCombo(4)->currentData().toString() == QStringLiteral("custom:Договор"));
    auto *question = child<QLabel>(wizard, "dateOrderQuestion");
    CHECK(question->isVisible());
    CHECK(question->text().contains(QStringLiteral("«Создан», «Договор»")));
    CHECK_FALSE(question->text().contains(QStringLiteral("Рождение")));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(fixture.severity(2, 2) == warning); // «не помню» is no birthday
    CHECK(fixture.mappingModel()->index(2, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("birthday")));
    CHECK(fixture.severity(1, 2) == fine);     // 12/25/1979 reads month first
    press(child<QRadioButton>(wizard, "dayMonthRadio"));
    REQUIRE(wizard->button(QWizard::NextButton)->isEnabled());

    fixture.runToSummary();
    CHECK(fixture.count("created") == QStringLiteral("3"));
    kartoteka::Database database;
    REQUIRE_FALSE(database.open(fixture.path()));
    QSqlQuery rows(database.connection());
    REQUIRE(rows.exec(QStringLiteral("SELECT p.birthday, substr(o.created_at, 1, 10) FROM persons p "
                                     "JOIN organizations o ON o.id = p.organization_id WHERE o.name = 'Ромашка'")));
    REQUIRE(rows.next());
    CHECK(rows.value(0).toString() == QStringLiteral("1980-03-04")); // its own column: month first
    CHECK(rows.value(1).toString() == QStringLiteral("2024-04-03")); // the answer: day first
}

TEST_CASE("a sales history in Windows-1251: required fields, bad amounts and dates", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("sales_cp1251.csv"), true);
    fixture.next(ImportWizard::Mapping);
    auto *mapping = fixture.mappingPage();
    // Покупатель;ИНН;Дата;Сумма;Прибыль;Документ
    CHECK(mapping->fieldCombo(3)->currentData().toString() == QStringLiteral("amount"));
    CHECK(fixture.severity(0, 3) == fine);
    CHECK(fixture.severity(4, 2) == rejected); // no date
    CHECK(fixture.severity(5, 3) == rejected); // «много» is no amount
    CHECK(fixture.mappingModel()->index(5, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("много")));

    choose(mapping->fieldCombo(3), QStringLiteral("-"));
    CHECK_FALSE(wizard->button(QWizard::NextButton)->isEnabled());
    CHECK(child<QLabel>(wizard, "mappingMessage")->text().contains(QStringLiteral("Amount")));
    choose(mapping->fieldCombo(3), QStringLiteral("amount"));

    fixture.runToSummary();
    CHECK(fixture.count("rows") == QStringLiteral("6"));
    CHECK(fixture.count("created") == QStringLiteral("4"));
    CHECK(fixture.count("newClients") == QStringLiteral("3")); // Северный ветер, Уралхим, Новый Клиент
    CHECK(fixture.count("rejected") == QStringLiteral("2"));
    CHECK(statisticsOf(fixture.path()).sales == 4);
}

TEST_CASE("an undo the core refuses is reported and changes nothing", "[import]")
{
    ImportFixture fixture;
    fixture.openOn(fixtureFile("clients_1c_cp1251.csv"));
    fixture.next(ImportWizard::Mapping);
    fixture.runToSummary();
    QTest::mouseClick(fixture.wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return fixture.wizard.isNull(); }));

    // Sales of the imported clients: the client import can no longer be taken back alone.
    fixture.openOn(fixtureFile("sales_cp1251.csv"), true);
    fixture.next(ImportWizard::Mapping);
    fixture.runToSummary();
    QTest::mouseClick(fixture.wizard->button(QWizard::FinishButton), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return fixture.wizard.isNull(); }));

    REQUIRE(fixture.page->history()->rowCount() == 2);
    auto *table = child<QTableView>(fixture.page, "historyTable");
    table->selectRow(1); // the older, the clients
    QTest::mouseClick(child<QPushButton>(fixture.page, "undoBatchButton"), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !fixture.script.errors.isEmpty(); }, 20000));
    REQUIRE(fixture.script.errors.size() == 1);
    CHECK(fixture.script.errors.first().contains(QStringLiteral("was not undone")));
    CHECK(statisticsOf(fixture.path()).organizations == 4);
    CHECK(fixture.page->history()->index(1, kartoteka::ui::ImportHistoryModel::Undone).data().toString().isEmpty());
}

TEST_CASE("a mapping saved as a profile is loaded for the next file", "[import]")
{
    ImportFixture fixture;
    fixture.openOn(fixtureFile("clients_1c_cp1251.csv"));
    fixture.next(ImportWizard::Mapping);
    choose(fixture.mappingPage()->fieldCombo(9), QStringLiteral("-"));
    fixture.textAnswer = QStringLiteral("1C");
    QTest::mouseClick(child<QPushButton>(fixture.wizard, "saveProfileButton"), Qt::LeftButton);
    CHECK(fixture.script.errors.isEmpty());
    CHECK(child<QComboBox>(fixture.wizard, "profileCombo")->currentText() == QStringLiteral("1C"));
    fixture.wizard->reject();
    REQUIRE(QTest::qWaitFor([&] { return fixture.wizard.isNull(); }));

    fixture.openOn(fixtureFile("clients_1c_cp1251.csv"));
    fixture.next(ImportWizard::Mapping);
    CHECK(fixture.mappingPage()->fieldCombo(9)->currentData().toString() == QStringLiteral("notes"));
    choose(child<QComboBox>(fixture.wizard, "profileCombo"), QStringLiteral("1C"));
    CHECK(fixture.script.errors.isEmpty());
    CHECK(fixture.mappingPage()->fieldCombo(9)->currentData().toString() == QStringLiteral("-"));
    CHECK(fixture.mappingPage()->fieldCombo(0)->currentData().toString() == QStringLiteral("name"));
}

TEST_CASE("a UTF-8 file from Excel with a BOM and commas reads as such", "[import]")
{
    ImportFixture fixture;
    ImportWizard *wizard = fixture.openOn(fixtureFile("clients_excel_utf8.csv"));
    CHECK(child<QComboBox>(wizard, "encodingCombo")->currentText() == QStringLiteral("Auto (UTF-8)"));
    CHECK(child<QComboBox>(wizard, "delimiterCombo")->currentText() == QStringLiteral("Auto (Comma ,)"));
    CHECK(child<QTableView>(wizard, "previewTable")->model()->index(0, 0).data().toString()
          == QStringLiteral("Blue Harbor Foods, Ltd"));
    fixture.next(ImportWizard::Mapping);
    fixture.runToSummary();
    CHECK(fixture.count("created") == QStringLiteral("3"));
}

TEST_CASE("the preview and history models keep the item model contract", "[import]")
{
    using Tester = QAbstractItemModelTester;
    ImportFixture fixture;
    fixture.openOn(fixtureFile("clients_damaged.csv"));
    auto *preview = qobject_cast<ImportPreviewModel *>(child<QTableView>(fixture.wizard, "previewTable")->model());
    REQUIRE(preview);
    Tester previewTester(preview, Tester::FailureReportingMode::Fatal);
    fixture.next(ImportWizard::Mapping);
    auto *mapping = qobject_cast<ImportPreviewModel *>(fixture.mappingModel());
    REQUIRE(mapping);
    Tester mappingTester(mapping, Tester::FailureReportingMode::Fatal);
    choose(fixture.mappingPage()->fieldCombo(1), QStringLiteral("notes"));
    Tester historyTester(fixture.page->history(), Tester::FailureReportingMode::Fatal);
    fixture.runToSummary();
    CHECK(fixture.page->history()->rowCount() == 1);
    CHECK(fixture.page->history()->columnCount() == kartoteka::ui::ImportHistoryModel::ColumnCount);
}

TEST_CASE("Undo import runs behind a progress window whose Cancel leaves the import in place", "[import]")
{
    ImportFixture fixture;
    // Enough rows that the undo is still deleting when Cancel arrives.
    QByteArray text = "name;phone\n";
    for (int i = 0; i < 200000; ++i)
        text += QStringLiteral("Client %1;+7 495 %2\n").arg(i).arg(1000000 + i).toUtf8();
    const QString file = QFileInfo(fixture.path()).dir().filePath(QStringLiteral("many.csv"));
    kartoteka::test::writeFile(file, text);
    {
        kartoteka::Database db;
        REQUIRE_FALSE(db.open(fixture.path()));
        kartoteka::ImportSettings settings;
        settings.backupFirst = false;
        auto plan = kartoteka::ImportPlan::prepare(file, settings);
        REQUIRE(plan);
        REQUIRE(kartoteka::ClientImporter(db).run(*plan));
    }
    fixture.page->reloadHistory();
    REQUIRE(fixture.page->history()->rowCount() == 1);
    child<QTableView>(fixture.page, "historyTable")->selectRow(0);
    auto *undo = child<QPushButton>(fixture.page, "undoBatchButton");
    QTest::mouseClick(undo, Qt::LeftButton);
    QPointer<QProgressDialog> progress = fixture.page->findChild<QProgressDialog *>(QStringLiteral("undoProgress"));
    REQUIRE(progress);
    REQUIRE(QTest::qWaitFor([&] { return progress && progress->isVisible(); }, 10000));
    CHECK(progress->labelText().contains(QStringLiteral("#1")));
    QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !fixture.messages.isEmpty(); }, 30000));
    CHECK(fixture.messages.first().contains(QStringLiteral("cancelled")));
    CHECK(fixture.script.errors.isEmpty());
    CHECK(statisticsOf(fixture.path()).organizations == 200000);
    CHECK(fixture.page->history()->index(0, kartoteka::ui::ImportHistoryModel::Undone).data().toString().isEmpty());
    child<QTableView>(fixture.page, "historyTable")->selectRow(0);
    CHECK(undo->isEnabled()); // it can be tried again
}
