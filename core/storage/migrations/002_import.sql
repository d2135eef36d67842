-- Schema v2: what importing needs: saved mapping profiles, and indexes to find (and undo)
-- what an import batch created.

CREATE TABLE import_profiles (
    name       TEXT PRIMARY KEY CHECK (name <> ''),
    kind       TEXT NOT NULL CHECK (kind = 'clients' OR kind = 'sales'),
    settings   TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX organizations_import_batch ON organizations(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE INDEX persons_import_batch ON persons(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE INDEX sales_import_batch ON sales(import_batch_id) WHERE import_batch_id IS NOT NULL;
