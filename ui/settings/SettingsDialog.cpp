#include "SettingsDialog.h"

#include "LanguageSettingsPage.h"
#include "PhoneSettingsPage.h"
#include "UsersSettingsPage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
const QString pageKey = QStringLiteral("SettingsDialog/page");
}

SettingsDialog::SettingsDialog(DatabaseController &database, QWidget *parent)
    : QDialog(parent)
    , m_pages(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_users(new UsersSettingsPage(database, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setMaximumWidth(180);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_pages);
    columns->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pages, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_stack->setCurrentIndex(row);
        QSettings().setValue(pageKey, row);
    });

    addPage(tr("Users"), m_users);
    addPage(tr("Phones"), new PhoneSettingsPage(this));
    addPage(tr("Language"), new LanguageSettingsPage(this));
    showPage(QSettings().value(pageKey, 0).toInt());
    resize(720, 420);
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    m_stack->addWidget(page);
    m_pages->addItem(title);
}

void SettingsDialog::showPage(int index)
{
    m_pages->setCurrentRow(index >= 0 && index < m_pages->count() ? index : 0);
}

int SettingsDialog::currentPage() const
{
    return m_pages->currentRow();
}

} // namespace kartoteka::ui
