#pragma once

#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;

namespace kartoteka::ui {

class ImportContext;

// The fourth page: what to do with duplicates, and whether to import nothing unless every row
// can be read.
class OptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    OptionsPage(ImportContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    ImportContext &m_context;
    QGroupBox *m_duplicates;
    QLabel *m_salesNote;
    QRadioButton *m_merge;
    QRadioButton *m_skip;
    QRadioButton *m_create;
    QCheckBox *m_strict;
};

} // namespace kartoteka::ui
