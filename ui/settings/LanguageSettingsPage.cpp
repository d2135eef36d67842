#include "LanguageSettingsPage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace kartoteka::ui {

namespace {
const QString languageKey = QStringLiteral("language");
}

LanguageSettingsPage::LanguageSettingsPage(QWidget *parent) : QWidget(parent), m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("languageSettingsPage"));
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language named in itself, so that it can be found whatever the interface speaks now.
    m_language->addItem(tr("The system's language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(QSettings().value(languageKey).toString())));
    auto *hint = new QLabel(tr("The new language is used from the next start of Kartoteka. Dates, numbers and the "
                               "first day of the week follow it."),
                            this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_language->currentData().toString();
        if (code.isEmpty())
            QSettings().remove(languageKey);
        else
            QSettings().setValue(languageKey, code);
    });
}

} // namespace kartoteka::ui
