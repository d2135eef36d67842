#include "OrganizationPicker.h"

#include "contacts/OrganizationRepository.h"
#include "search/ClientSearch.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>

namespace kartoteka::ui {

namespace {
constexpr int idRole = Qt::UserRole + 1;
}

OrganizationPicker::OrganizationPicker(QSqlDatabase db, QWidget *parent)
    : QLineEdit(parent)
    , m_db(std::move(db))
    , m_model(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_model, this))
    , m_timer(new QTimer(this))
{
    setPlaceholderText(tr("Type a name, INN, phone or city"));
    setClearButtonEnabled(true);
    // The search has filtered already: the completer shows its rows as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    setCompleter(m_completer);
    m_timer->setSingleShot(true);
    m_timer->setInterval(searchDelayMs);

    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            choose(std::nullopt, {});
        } else {
            m_timer->start();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &OrganizationPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        choose(index.data(idRole).toLongLong(), index.data(Qt::DisplayRole).toString());
    });
}

void OrganizationPicker::setOrganization(std::optional<qint64> id)
{
    QString name;
    if (id && m_db.isOpen()) {
        if (auto organization = OrganizationRepository(m_db).get(*id))
            name = organization->name;
        else
            id.reset();
    }
    choose(id, name);
}

bool OrganizationPicker::hasUnmatchedText() const
{
    const QString typed = text().trimmed();
    return !typed.isEmpty() && (!m_id || typed != m_chosenName);
}

void OrganizationPicker::choose(std::optional<qint64> id, const QString &name)
{
    const bool changed = id != m_id;
    m_id = id;
    m_chosenName = name;
    if (text() != name)
        setText(name);
    if (changed)
        Q_EMIT organizationChanged(m_id);
}

void OrganizationPicker::search()
{
    m_timer->stop();
    const QString typed = text().trimmed();
    m_model->clear();
    if (typed.isEmpty() || !m_db.isOpen())
        return;
    // More hits than offered: the persons found bring their organizations too.
    auto hits = ClientSearch(m_db).find(typed, offered * 2);
    if (!hits)
        return;
    QSet<qint64> seen;
    for (const SearchHit &hit : *hits) {
        const bool isOrganization = hit.type == SearchHit::Type::Organization;
        const qint64 id = isOrganization ? hit.id : hit.organizationId;
        if (id == 0 || seen.contains(id) || (isOrganization && hit.archived))
            continue;
        seen.insert(id);
        auto *item = new QStandardItem(isOrganization ? hit.name : hit.organization);
        item->setData(id, idRole);
        QStringList details{hit.city, hit.inn};
        details.removeAll(QString());
        item->setToolTip(details.join(QStringLiteral(", ")));
        m_model->appendRow(item);
        if (m_model->rowCount() >= offered)
            break;
    }
    if (m_model->rowCount() > 0 && hasFocus())
        m_completer->complete();
}

} // namespace kartoteka::ui
