#include "PersonsView.h"
#include "importing/PhoneRegions.h"

#include "CustomFieldCommands.h"
#include "CustomFieldFilters.h"
#include "CustomValuesEditor.h"
#include "ListBesideCard.h"
#include "PersonCard.h"
#include "PersonCommands.h"
#include "PersonEditor.h"
#include "PersonListModel.h"
#include "contacts/PersonRepository.h"
#include "contacts/UserRepository.h"
#include "search/ClientSearch.h"
#include "storage/DatabaseController.h"
#include "widgets/PageHeading.h"
#include "widgets/RecordTable.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
constexpr int searchLimit = 500;
const QString splitterKey = QStringLiteral("PersonsView/splitter");
const QString groupKey = QStringLiteral("PersonsView/group");
} // namespace

PersonsView::PersonsView(DatabaseController &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_phones(PhoneRegions::defaultCode())
    , m_searchBox(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_group(new QComboBox(this))
    , m_showArchived(new QCheckBox(tr("Show ar&chived"), this))
    , m_customFilters(new CustomFieldFilters(this))
    , m_list(new PersonListModel(m_phones, this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_card(new PersonCard(this))
    , m_newAction(new QAction(tr("&New person…"), this))
    , m_editAction(new QAction(tr("Ed&it…"), this))
    , m_archiveAction(new QAction(tr("&Archive"), this))
    , m_deleteAction(new QAction(tr("&Delete…"), this))
{
    setObjectName(QStringLiteral("personsView"));
    QLabel *title = createPageHeading(tr("Persons"), this);
    QLabel *description =
        createPageDescription(tr("Contact persons of the organizations and our own staff, with their journal."), this);

    m_searchBox->setObjectName(QStringLiteral("personSearchBox"));
    m_searchBox->setPlaceholderText(tr("Search persons by name, phone or e-mail"));
    m_searchBox->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    m_group->setObjectName(QStringLiteral("personGroupBox"));
    m_group->addItem(tr("Everyone"), int(PersonListFilter::Group::Everyone));
    m_group->addItem(tr("Contact persons"), int(PersonListFilter::Group::ContactPersons));
    m_group->addItem(tr("Our staff"), int(PersonListFilter::Group::Staff));
    m_group->setCurrentIndex(std::max(0, m_group->findData(QSettings().value(groupKey, 0).toInt())));
    m_showArchived->setObjectName(QStringLiteral("showArchivedPersonsBox"));
    m_count->setObjectName(QStringLiteral("personCountLabel"));

    setUpRecordTable(m_view, m_list, QStringLiteral("personList"));
    m_view->horizontalHeader()->setSectionResizeMode(PersonListModel::Name, QHeaderView::Stretch);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    // Narrow enough that the name keeps room beside the card in a 1000-pixel window.
    m_view->horizontalHeader()->resizeSection(PersonListModel::Organization, charWidth * 18);
    m_view->horizontalHeader()->resizeSection(PersonListModel::Position, charWidth * 11);
    m_view->horizontalHeader()->resizeSection(PersonListModel::Phone, charWidth * 15);
    m_view->horizontalHeader()->resizeSection(PersonListModel::Email, charWidth * 15);
    m_view->horizontalHeader()->setMinimumSectionSize(charWidth * 4);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_group);
    filters->addWidget(m_showArchived);
    filters->addStretch(1);
    m_customFilters->setObjectName(QStringLiteral("personCustomFilters"));

    QVBoxLayout *listLayout = createListPanel(this, title, description, m_searchBox);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_customFilters);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_count);

    m_newAction->setObjectName(QStringLiteral("newPersonAction"));
    m_newAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), QKeySequence(Qt::Key_Insert)});
    m_newAction->setToolTip(tr("Create a person (Ctrl+Shift+P)"));
    m_editAction->setObjectName(QStringLiteral("editPersonAction"));
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setToolTip(tr("Edit the person shown (F2)"));
    m_archiveAction->setObjectName(QStringLiteral("archivePersonAction"));
    m_deleteAction->setObjectName(QStringLiteral("deletePersonAction"));
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_deleteAction->setToolTip(tr("Delete the person shown (Del); one with a journal can only be archived"));
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("personToolBar"));
    addRecordActions(this, toolBar, {m_newAction, m_editAction, m_archiveAction, m_deleteAction});
    layOutListBesideCard(this, listLayout, toolBar, m_card, splitterKey);

    connect(m_searchBox, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            search();
        else
            m_searchTimer->start();
    });
    connect(m_searchTimer, &QTimer::timeout, this, &PersonsView::search);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(groupKey, m_group->currentData());
        applyFilter();
    });
    connect(m_showArchived, &QCheckBox::toggled, this, &PersonsView::applyFilter);
    connect(m_customFilters, &CustomFieldFilters::changed, this, &PersonsView::applyFilter);
    connect(m_list, &PersonListModel::countChanged, this, [this](qint64 count) {
        m_count->setText(m_list->isShowingFound() ? tr("%Ln person(s) found", nullptr, int(count))
                                                  : tr("%Ln person(s)", nullptr, int(count)));
    });
    connect(m_list, &PersonListModel::readFailed, this,
            [this](const QString &text) { Q_EMIT message(tr("Cannot read the persons: %1").arg(text)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const qint64 id = m_list->idAt(current.row()); id != 0)
                    m_card->showPerson(id);
                updateActions();
            });
    connect(m_view, &QTableView::doubleClicked, this, &PersonsView::editPerson);
    connect(m_card, &PersonCard::editRequested, this, &PersonsView::editPerson);
    connect(m_card, &PersonCard::organizationActivated, this, &PersonsView::organizationActivated);
    connect(m_card, &PersonCard::taskActivated, this, &PersonsView::taskActivated);
    connect(m_card, &PersonCard::copied, this, [this](const QString &text) { Q_EMIT message(tr("Copied %1").arg(text)); });
    connect(m_newAction, &QAction::triggered, this, [this] { newPerson(); });
    connect(m_editAction, &QAction::triggered, this, &PersonsView::editPerson);
    connect(m_archiveAction, &QAction::triggered, this, &PersonsView::toggleArchived);
    connect(m_deleteAction, &QAction::triggered, this, &PersonsView::deletePerson);
    connect(&m_database, &DatabaseController::databaseChanged, this, &PersonsView::onDatabaseChanged);
    onDatabaseChanged();
}

PersonsView::~PersonsView()
{
    m_list->setDatabase({});
    m_card->setDatabase({});
}

void PersonsView::setViewer(const TaskViewer &viewer)
{
    m_card->setViewer(viewer);
}

void PersonsView::onDatabaseChanged()
{
    const QSqlDatabase db = m_database.isOpen() ? m_database.connection() : QSqlDatabase();
    m_card->setDatabase(db);
    m_list->setDatabase({});
    m_customFilters->load(db, CustomField::Entity::Person);
    applyFilter();
    m_list->setDatabase(db);
    updateActions();
}

void PersonsView::applyFilter()
{
    PersonListFilter filter;
    filter.group = PersonListFilter::Group(m_group->currentData().toInt());
    filter.includeArchived = m_showArchived->isChecked();
    filter.customValues = m_customFilters->chosen();
    m_list->setFilter(filter);
    if (!m_searchBox->text().trimmed().isEmpty())
        search();
}

void PersonsView::refresh()
{
    const qint64 shown = m_card->personId();
    // Fields added, changed or deleted: new filters. Their most-used values are read when the
    // database opens, not after every edit (a GROUP BY over every person's values).
    if (m_database.isOpen())
        m_customFilters->loadIfFieldsChanged(m_database.connection(), CustomField::Entity::Person);
    if (m_searchBox->text().trimmed().isEmpty())
        applyFilter();
    else
        search();
    m_card->reload();
    if (shown != 0 && m_card->personId() == shown) {
        if (const int row = m_list->rowOf(shown); row >= 0)
            m_view->selectRow(row);
    }
    updateActions();
}

void PersonsView::search()
{
    const QString text = m_searchBox->text().trimmed();
    if (text.isEmpty() || !m_database.isOpen()) {
        if (m_list->isShowingFound())
            m_list->reload();
        return;
    }
    auto hits = ClientSearch(m_database.connection()).find(text, searchLimit);
    if (!hits) {
        Q_EMIT message(hits.error().message);
        return;
    }
    const PersonListFilter filter = m_list->filter();
    std::vector<PersonListRow> rows;
    for (const SearchHit &hit : *hits) {
        const bool staff = hit.organizationId == 0;
        if (hit.type != SearchHit::Type::Person || (hit.archived && !filter.includeArchived)
            || (filter.group == PersonListFilter::Group::Staff && !staff)
            || (filter.group == PersonListFilter::Group::ContactPersons && staff))
            continue;
        PersonListRow row;
        row.id = hit.id;
        row.fullName = hit.name;
        row.organization = hit.organization;
        row.phones = hit.phone;
        row.emails = hit.email;
        row.isStaff = staff;
        row.archived = hit.archived;
        rows.push_back(std::move(row));
    }
    m_list->setFoundRows(std::move(rows));
}

void PersonsView::showPerson(qint64 personId)
{
    m_card->showPerson(personId);
    if (const int row = m_list->rowOf(personId); row >= 0)
        m_view->selectRow(row);
    updateActions();
}

bool PersonsView::isWritable() const
{
    return m_database.isOpen() && !m_database.isReadOnly();
}

void PersonsView::updateActions()
{
    const bool writable = isWritable();
    const bool shown = writable && m_card->personId() != 0;
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(shown);
    m_archiveAction->setEnabled(shown);
    m_deleteAction->setEnabled(shown);
    m_archiveAction->setText(m_card->isArchived() ? tr("&Restore") : tr("&Archive"));
    m_archiveAction->setToolTip(m_card->isArchived() ? tr("Bring the person back from the archive")
                                                     : tr("Hide the person in the archive; they keep their journal"));
}

void PersonsView::reportError(const QString &title, const QString &text)
{
    m_database.dialogs().reportError(this, title, text);
}

void PersonsView::execute(QUndoCommand *command, const std::function<void()> &done)
{
    // push() runs redo(); a command that failed turns obsolete and the stack deletes it.
    bool succeeded = false;
    if (m_undoStack) {
        const int before = m_undoStack->index();
        m_undoStack->push(command);
        succeeded = m_undoStack->index() != before;
    } else {
        command->redo();
        succeeded = !command->isObsolete();
    }
    if (succeeded && done)
        done();
    if (!m_undoStack)
        delete command;
    refresh();
}

std::vector<User> PersonsView::staffUsers() const
{
    auto users = UserRepository(m_database.connection()).list(true);
    return users ? std::move(users).value() : std::vector<User>{};
}

void PersonsView::newPerson(std::optional<qint64> organizationId)
{
    if (!isWritable())
        return;
    Person person;
    person.organizationId = organizationId;
    person.isStaff = !organizationId && m_group->currentData().toInt() == int(PersonListFilter::Group::Staff);
    auto *editor = new PersonEditor(m_database.connection(), person, staffUsers(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        if (!isWritable())
            return;
        const Person person = editor->person();
        const auto report = [this](const QString &text) { reportError(tr("Cannot create the person"), text); };
        auto *command = new RecordChangeCommand(tr("create «%1»").arg(person.fullName));
        auto *create = PersonChangeCommand::create(m_database.connection(), person, report, command);
        new SetCustomValuesCommand(m_database.connection(), [create] { return create->personId(); }, {},
                                   editor->customValues()->values(), report, command);
        qint64 id = 0;
        execute(command, [&id, create] { id = create->personId(); });
        if (id != 0) {
            m_searchBox->clear();
            showPerson(id);
        }
    });
    editor->open();
}

void PersonsView::editPerson()
{
    const qint64 id = m_card->personId();
    if (!isWritable() || id == 0)
        return;
    auto before = PersonRepository(m_database.connection()).get(id);
    if (!before) {
        reportError(tr("Cannot edit the person"), before.error().message);
        return;
    }
    auto *editor = new PersonEditor(m_database.connection(), *before, staffUsers(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const Person original = *before;
    connect(editor, &QDialog::accepted, this, [this, editor, original] {
        if (!isWritable())
            return;
        const Person changed = editor->person();
        const CustomValuesEditor::Values oldValues = editor->customValues()->original();
        const CustomValuesEditor::Values newValues = editor->customValues()->values();
        if (PersonMapping::values(changed) == PersonMapping::values(original) && oldValues == newValues)
            return; // nothing to save or to undo
        const auto report = [this](const QString &text) { reportError(tr("Cannot save the person"), text); };
        auto *command = new RecordChangeCommand(tr("edit «%1»").arg(changed.fullName));
        PersonChangeCommand::edit(m_database.connection(), original, changed, report, command);
        const qint64 id = original.id;
        new SetCustomValuesCommand(m_database.connection(), [id] { return id; }, oldValues, newValues, report, command);
        execute(command);
    });
    editor->open();
}

void PersonsView::toggleArchived()
{
    const qint64 id = m_card->personId();
    if (!isWritable() || id == 0)
        return;
    auto person = PersonRepository(m_database.connection()).get(id);
    if (!person) {
        reportError(tr("Cannot archive the person"), person.error().message);
        return;
    }
    const bool archive = !person->isArchived();
    execute(PersonChangeCommand::archive(m_database.connection(), *person, archive, [this, archive](const QString &text) {
        reportError(archive ? tr("Cannot archive the person") : tr("Cannot restore the person"), text);
    }));
}

void PersonsView::deletePerson()
{
    const qint64 id = m_card->personId();
    if (!isWritable() || id == 0)
        return;
    PersonRepository persons(m_database.connection());
    auto person = persons.get(id);
    if (!person) {
        reportError(tr("Cannot delete the person"), person.error().message);
        return;
    }
    auto blocker = persons.deletionBlocker(id);
    if (!blocker || !blocker->isEmpty()) {
        reportError(tr("Cannot delete the person"),
                    blocker ? tr("«%1» cannot be deleted: %2.").arg(person->fullName, *blocker) : blocker.error().message);
        return;
    }
    if (!m_database.dialogs().confirm(this, tr("Delete the person"),
                                      tr("Delete «%1»? Edit › Undo brings them back.").arg(person->fullName)))
        return;
    execute(PersonChangeCommand::remove(m_database.connection(), *person, [this](const QString &text) {
        reportError(tr("Cannot delete the person"), text);
    }));
    m_card->clear();
    updateActions();
}

} // namespace kartoteka::ui
