#pragma once

#include "HelpTopics.h"

#include <QDialog>

#include <map>

class QLineEdit;
class QListWidget;
class QToolButton;

namespace kartoteka::ui::help {

class HelpBrowser;

// The built-in help (F1): the topics on the left, a search that narrows them as you type,
// the page with Back and Forward on the right. Non-modal: it stays open beside the work.
class HelpWindow : public QDialog
{
    Q_OBJECT

public:
    // `language`: the folder of the pages ("en", "ru", "zh_CN"; see languageFor()).
    explicit HelpWindow(const QString &language, QWidget *parent = nullptr);

    void showTopic(Topic topic);
    // The topic shown, nullopt while a page outside the topics is.
    std::optional<Topic> currentTopic() const;
    // Where the shortcuts page lists the keys (generated from the window's actions).
    void setShortcutsTable(const QString &html);

    HelpBrowser *browser() const { return m_browser; }
    QString language() const { return m_language; }

private:
    void filterTopics(const QString &query);
    void onSourceChanged(const QUrl &url);
    QString plainTextOf(Topic topic) const;

    QString m_language;
    QLineEdit *m_search;
    QListWidget *m_topics;
    HelpBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    std::map<Topic, QString> m_plainTexts; // for the search, read once
};

} // namespace kartoteka::ui::help
