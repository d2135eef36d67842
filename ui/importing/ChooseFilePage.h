#pragma once

#include <QWizardPage>

class QLineEdit;
class QRadioButton;

namespace kartoteka::ui {

class ImportContext;

// The first page: what to import (clients or sales) and from which file.
class ChooseFilePage : public QWizardPage
{
    Q_OBJECT

public:
    ChooseFilePage(ImportContext &context, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool validatePage() override;

    static QString defaultRegion();

private:
    void browse();

    ImportContext &m_context;
    QRadioButton *m_clients;
    QRadioButton *m_sales;
    QLineEdit *m_file;
};

} // namespace kartoteka::ui
