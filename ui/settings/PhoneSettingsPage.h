#pragma once

#include <QWidget>

class QComboBox;

namespace kartoteka::ui {

// Settings › Phones: the country of numbers written without a country code, which the
// editors, cards and imports read them in (stored as the import wizard's choice).
class PhoneSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneSettingsPage(QWidget *parent = nullptr);
    QComboBox *regionBox() const { return m_region; }

private:
    QComboBox *m_region;
};

} // namespace kartoteka::ui
