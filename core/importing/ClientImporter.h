#pragma once

#include "ClientRowBuilder.h"
#include "CsvImport.h"
#include "DuplicateIndex.h"
#include "PhoneNormalizer.h"
#include "search/SearchIndexBuilder.h"
#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace kartoteka {

// Imports a client list: organizations, their contact persons and custom fields, matching
// duplicates by INN, e-mail, phone and name against the database and the file itself, and
// merging, skipping or creating them as the settings say.
class ClientImporter : public CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(ClientImporter)

public:
    explicit ClientImporter(Database &database);
    ~ClientImporter() override;

protected:
    ImportBatch::Kind batchKind() const override { return ImportBatch::Kind::Clients; }
    DatabaseError begin(const ImportPlan &plan, qint64 batchId) override;
    RowOutcome importRecord(const CsvRecord &record, ImportReport &report) override;
    DatabaseError finish(const std::function<bool()> &stillWanted) override;
    void transactionEnded() override;

private:
    DatabaseError create(ClientRow &row);
    DatabaseError prepareMerge();
    DatabaseError merge(qint64 organizationId, const ClientRow &row);
    DatabaseError addContact(qint64 organizationId, const ClientRow &row);
    static quint64 contactKey(qint64 organizationId, const QString &name);
    DatabaseError insertContact(qint64 organizationId, const Person &person);
    // Merging: the row's custom values where the organization has none, noted in `previous`.
    DatabaseError setCustomValues(qint64 organizationId, const ClientRow &row, QJsonObject &previous);
    // The field of every custom column, by lower-case label; the missing ones are created.
    Result<QHash<QString, CustomField>> resolveCustomFields(const QList<FieldRef> &columns);

    qint64 m_batchId = 0;
    DuplicatePolicy m_policy = DuplicatePolicy::Merge;
    QString m_now;
    DuplicateIndex m_index;
    std::unique_ptr<PhoneNormalizer> m_phones;
    std::unique_ptr<ClientRowBuilder> m_builder;
    std::unique_ptr<BulkInsert> m_insertOrganization;
    std::unique_ptr<BulkInsert> m_insertPerson;
    std::unique_ptr<BulkInsert> m_insertCustomValue;
    std::unique_ptr<BulkLoad> m_bulkLoad;
    // Into empty tables the search indexes are built on a second core, beside the writing.
    std::unique_ptr<search::SearchIndexBuilder> m_searchIndex;
    QSqlQuery m_mergeRead;
    QSqlQuery m_mergeWrite;
    QSqlQuery m_customValueRead;
    QSqlQuery m_customValueWrite;
    QElapsedTimer m_clock;
    qint64 m_normalizingNs = 0;
    qint64 m_matchingNs = 0;
    qint64 m_writingNs = 0;
    qint64 m_firstCreatedId = 0;           // organizations from this id on were created by this import
    bool m_hadPersons = false;             // whether persons existed before this import
    IdsByHash m_contactsAdded; // contactKey(organization, name) of each contact added here
};

} // namespace kartoteka
