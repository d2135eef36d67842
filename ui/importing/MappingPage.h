#pragma once

#include "contacts/CustomField.h"
#include "importing/ImportField.h"

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace kartoteka::ui {

class ImportContext;
class ImportPreviewModel;

// The third page: the field of each column (preset from the guesses, or from a saved profile),
// the preview coloured where a value would be rejected or warned about, the order of ambiguous
// dates and the country of phone numbers without a code.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    MappingPage(ImportContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QComboBox *fieldCombo(int column) const { return m_combos.value(column); }

private:
    void buildCombos();
    void fillCombo(QComboBox *combo, int column) const;
    void onMappingChanged();
    void onRegionChanged();
    void onDateOrderChosen();
    void loadProfile(int index);
    void saveProfile();
    void reloadProfiles(const QString &current);
    void refresh();
    void refreshDates();
    QList<FieldRef> chosenColumns() const;

    ImportContext &m_context;
    QComboBox *m_profile;
    QComboBox *m_region;
    QGroupBox *m_dates;
    QLabel *m_datesQuestion;
    QRadioButton *m_dayMonth;
    QRadioButton *m_monthDay;
    QButtonGroup *m_dateOrder;
    QWidget *m_form;
    QFormLayout *m_formLayout;
    QList<QComboBox *> m_combos;
    QList<CustomField> m_customFields; // the organizations' fields a column can fill
    QTableView *m_table;
    ImportPreviewModel *m_model;
    QLabel *m_message;
};

} // namespace kartoteka::ui
