#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace kartoteka::ui {

class ImportContext;
class ImportPreviewModel;

// The second page: the first rows as decoded, with the encoding, delimiter and header row
// detected and open to correction; each change reads the file again.
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    PreviewPage(ImportContext &context, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    static QString delimiterName(QChar delimiter);

private:
    void reread();
    void refresh();

    ImportContext &m_context;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_status;
    QTableView *m_table;
    ImportPreviewModel *m_model;
};

} // namespace kartoteka::ui
