#pragma once

#include <QWidget>

class QComboBox;

namespace kartoteka::ui {

// Settings › Language: the system's language, English, Russian or Chinese, from the next start
// (the "language" key installTranslations() reads).
class LanguageSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguageSettingsPage(QWidget *parent = nullptr);
    QComboBox *languageBox() const { return m_language; }

private:
    QComboBox *m_language;
};

} // namespace kartoteka::ui
