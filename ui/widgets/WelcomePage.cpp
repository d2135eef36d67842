#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kartoteka::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->setSpacing(12);

    auto *title = new QLabel(tr("Welcome to Kartoteka"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.8);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);

    auto *intro = new QLabel(tr("This database has no clients yet. Choose how to begin:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(12);

    QPushButton *import = addChoice(QStringLiteral("importButton"), tr("Import a client list"),
                                    tr("Bring in organizations and contacts from a CSV file that another "
                                       "program or a spreadsheet exported."));
    m_demoButton = addChoice(QStringLiteral("demoButton"), tr("Create demo data"),
                             tr("Fill this database with sample clients, tasks and sales to try "
                                "Kartoteka out."));
    m_addButton = addChoice(QStringLiteral("addOrganizationButton"), tr("Add an organization"),
                            tr("Start the card index by hand with your first client."));
    import->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_demoButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    auto *helpHint = new QLabel(tr("Press F1 on any page for help about it; Help › Keyboard shortcuts lists the keys."), this);
    helpHint->setObjectName(QStringLiteral("helpHint"));
    helpHint->setWordWrap(true);
    layout->addSpacing(12);
    layout->addWidget(helpHint);
    layout->addStretch();

    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoDataRequested);
    connect(m_addButton, &QPushButton::clicked, this, &WelcomePage::addOrganizationRequested);
}

void WelcomePage::setWritable(bool writable)
{
    m_demoButton->setEnabled(writable);
    m_addButton->setEnabled(writable);
}

QPushButton *WelcomePage::addChoice(const QString &name, const QString &title, const QString &explanation)
{
    auto *button = new QPushButton(title, this);
    button->setObjectName(name);
    button->setToolTip(explanation);
    button->setMinimumWidth(260);
    button->setIconSize(QSize(20, 20));
    auto *label = new QLabel(explanation, this);
    label->setWordWrap(true);
    label->setContentsMargins(4, 0, 0, 8);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->addWidget(button, 0, Qt::AlignLeft);
    box->addWidget(label);
    return button;
}

} // namespace kartoteka::ui
