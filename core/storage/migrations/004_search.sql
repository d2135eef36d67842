-- Schema v4: search as you type over organizations and persons.
--
-- Two FTS5 indexes with the trigram tokenizer (any part of a word; case folded), contentless
-- (the text lives in the tables themselves) and detail=none (rowids only: the smallest index;
-- candidates are checked against the rows). What goes in is made by kartoteka_search_text
-- and kartoteka_phone_digits, C++ functions registered on every connection
-- (storage/SqlFunctions.h); they are deterministic, so a trigger can give the index the very
-- text it stored in order to remove it.
--
-- FTS5 writes its pending terms out at every statement savepoint, so indexing row by row in
-- a bulk load (demo data, an import, undoing one) would write a tiny segment per row. Bulk
-- writers therefore pause indexing inside their transaction (storage/SearchIndexPause.h): the
-- insert triggers are dropped (bulk loads only append), search_state notes the first id not
-- yet in each index, rows from there on are indexed in one statement at the end, and the
-- update and delete triggers only note in search_pending_* the older rows that change
-- meanwhile, with the text the index holds for them.

CREATE VIRTUAL TABLE search_organizations USING fts5(
    names, contacts, content = '', detail = none, tokenize = 'trigram case_sensitive 0');

CREATE VIRTUAL TABLE search_persons USING fts5(
    names, contacts, content = '', detail = none, tokenize = 'trigram case_sensitive 0');

CREATE TABLE search_state (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    suspended          INTEGER NOT NULL CHECK (suspended = 0 OR suspended = 1),
    organizations_from INTEGER NOT NULL, -- while suspended: the first id the index has not seen
    persons_from       INTEGER NOT NULL
);

INSERT INTO search_state (id, suspended, organizations_from, persons_from) VALUES (1, 0, 0, 0);

-- old_names / old_contacts: what the index holds for the row; NULL when it holds nothing.
CREATE TABLE search_pending_organizations (
    id           INTEGER PRIMARY KEY,
    old_names    TEXT,
    old_contacts TEXT
);

CREATE TABLE search_pending_persons (
    id           INTEGER PRIMARY KEY,
    old_names    TEXT,
    old_contacts TEXT
);

-- Pending terms are kept in memory up to 64 MiB before a segment is written, so that a bulk
-- catch-up writes a few large segments instead of merging many small ones.
INSERT INTO search_organizations (search_organizations, rank) VALUES ('hashsize', 67108864);

INSERT INTO search_persons (search_persons, rank) VALUES ('hashsize', 67108864);

INSERT INTO search_organizations (rowid, names, contacts)
SELECT id, kartoteka_search_text(name),
       kartoteka_search_text(inn, kartoteka_phone_digits(phones), email, city)
FROM organizations;

INSERT INTO search_persons (rowid, names, contacts)
SELECT id, kartoteka_search_text(full_name),
       kartoteka_search_text(kartoteka_phone_digits(phones), emails)
FROM persons;

CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_organizations (rowid, names, contacts)
    VALUES (NEW.id, kartoteka_search_text(NEW.name),
            kartoteka_search_text(NEW.inn, kartoteka_phone_digits(NEW.phones), NEW.email, NEW.city));
END;

CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_organizations (search_organizations, rowid, names, contacts)
    VALUES ('delete', OLD.id, kartoteka_search_text(OLD.name),
            kartoteka_search_text(OLD.inn, kartoteka_phone_digits(OLD.phones), OLD.email, OLD.city));
END;

CREATE TRIGGER organizations_search_delete_later AFTER DELETE ON organizations
WHEN (SELECT suspended FROM search_state) = 1 AND OLD.id < (SELECT organizations_from FROM search_state)
BEGIN
    INSERT OR IGNORE INTO search_pending_organizations (id, old_names, old_contacts)
    VALUES (OLD.id, kartoteka_search_text(OLD.name),
            kartoteka_search_text(OLD.inn, kartoteka_phone_digits(OLD.phones), OLD.email, OLD.city));
END;

CREATE TRIGGER organizations_search_update AFTER UPDATE OF name, inn, phones, email, city ON organizations
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_organizations (search_organizations, rowid, names, contacts)
    VALUES ('delete', OLD.id, kartoteka_search_text(OLD.name),
            kartoteka_search_text(OLD.inn, kartoteka_phone_digits(OLD.phones), OLD.email, OLD.city));
    INSERT INTO search_organizations (rowid, names, contacts)
    VALUES (NEW.id, kartoteka_search_text(NEW.name),
            kartoteka_search_text(NEW.inn, kartoteka_phone_digits(NEW.phones), NEW.email, NEW.city));
END;

CREATE TRIGGER organizations_search_update_later AFTER UPDATE OF name, inn, phones, email, city ON organizations
WHEN (SELECT suspended FROM search_state) = 1 AND OLD.id < (SELECT organizations_from FROM search_state)
BEGIN
    INSERT OR IGNORE INTO search_pending_organizations (id, old_names, old_contacts)
    VALUES (OLD.id, kartoteka_search_text(OLD.name),
            kartoteka_search_text(OLD.inn, kartoteka_phone_digits(OLD.phones), OLD.email, OLD.city));
END;

CREATE TRIGGER persons_search_insert AFTER INSERT ON persons
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_persons (rowid, names, contacts)
    VALUES (NEW.id, kartoteka_search_text(NEW.full_name),
            kartoteka_search_text(kartoteka_phone_digits(NEW.phones), NEW.emails));
END;

CREATE TRIGGER persons_search_delete AFTER DELETE ON persons
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_persons (search_persons, rowid, names, contacts)
    VALUES ('delete', OLD.id, kartoteka_search_text(OLD.full_name),
            kartoteka_search_text(kartoteka_phone_digits(OLD.phones), OLD.emails));
END;

CREATE TRIGGER persons_search_delete_later AFTER DELETE ON persons
WHEN (SELECT suspended FROM search_state) = 1 AND OLD.id < (SELECT persons_from FROM search_state)
BEGIN
    INSERT OR IGNORE INTO search_pending_persons (id, old_names, old_contacts)
    VALUES (OLD.id, kartoteka_search_text(OLD.full_name),
            kartoteka_search_text(kartoteka_phone_digits(OLD.phones), OLD.emails));
END;

CREATE TRIGGER persons_search_update AFTER UPDATE OF full_name, phones, emails ON persons
WHEN (SELECT suspended FROM search_state) = 0
BEGIN
    INSERT INTO search_persons (search_persons, rowid, names, contacts)
    VALUES ('delete', OLD.id, kartoteka_search_text(OLD.full_name),
            kartoteka_search_text(kartoteka_phone_digits(OLD.phones), OLD.emails));
    INSERT INTO search_persons (rowid, names, contacts)
    VALUES (NEW.id, kartoteka_search_text(NEW.full_name),
            kartoteka_search_text(kartoteka_phone_digits(NEW.phones), NEW.emails));
END;

CREATE TRIGGER persons_search_update_later AFTER UPDATE OF full_name, phones, emails ON persons
WHEN (SELECT suspended FROM search_state) = 1 AND OLD.id < (SELECT persons_from FROM search_state)
BEGIN
    INSERT OR IGNORE INTO search_pending_persons (id, old_names, old_contacts)
    VALUES (OLD.id, kartoteka_search_text(OLD.full_name),
            kartoteka_search_text(kartoteka_phone_digits(OLD.phones), OLD.emails));
END;
