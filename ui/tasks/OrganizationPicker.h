#pragma once

#include <QLineEdit>
#include <QSqlDatabase>

#include <optional>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace kartoteka::ui {

// A line where the user types part of an organization's name, INN, phone or city and picks
// it from what the search finds (ClientSearch, a few dozen rows at a time), so that it works
// the same over a million organizations. Text that names no chosen organization leaves none.
class OrganizationPicker : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int offered = 20;
    static constexpr int searchDelayMs = 150;

    explicit OrganizationPicker(QSqlDatabase db, QWidget *parent = nullptr);

    std::optional<qint64> organizationId() const { return m_id; }
    void setOrganization(std::optional<qint64> id);
    // Text typed that does not name the chosen organization.
    bool hasUnmatchedText() const;
    QCompleter *suggestions() const { return m_completer; }

public Q_SLOTS:
    // Searches the text typed now (without waiting for the pause) and offers what it found.
    void search();

Q_SIGNALS:
    void organizationChanged(std::optional<qint64> id);

private:
    void choose(std::optional<qint64> id, const QString &name);

    QSqlDatabase m_db;
    std::optional<qint64> m_id;
    QString m_chosenName;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
    QTimer *m_timer;
};

} // namespace kartoteka::ui
