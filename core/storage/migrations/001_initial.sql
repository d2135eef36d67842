-- Schema v1: the whole domain of DESIGN.md.
-- Statements are separated by blank lines (and contain none), so the loader can split them.
-- Timestamps are ISO 8601 UTC text (2026-11-23T09:30:00Z), dates yyyy-MM-dd, money REAL.
-- CHECKs list allowed values with OR, not IN (...): SQLite builds a temporary table for an IN
-- list on every row it checks, which made bulk inserts four times slower.

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (login <> ''),
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL DEFAULT 'manager' CHECK (role = 'manager' OR role = 'supervisor' OR role = 'admin'),
    email        TEXT,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active = 0 OR active = 1),
    created_at   TEXT NOT NULL
);

CREATE TABLE import_batches (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind = 'clients' OR kind = 'sales' OR kind = 'vcard' OR kind = 'ics'),
    file_path      TEXT NOT NULL,
    encoding       TEXT,
    delimiter      TEXT,
    mapping        TEXT,
    profile        TEXT,
    user_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    started_at     TEXT NOT NULL,
    finished_at    TEXT,
    rows_read      INTEGER NOT NULL DEFAULT 0,
    created_count  INTEGER NOT NULL DEFAULT 0,
    merged_count   INTEGER NOT NULL DEFAULT 0,
    skipped_count  INTEGER NOT NULL DEFAULT 0,
    rejected_count INTEGER NOT NULL DEFAULT 0,
    undone_at      TEXT
);

CREATE TABLE organizations (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL CHECK (name <> ''),
    legal_form        TEXT,
    inn               TEXT,
    kind              TEXT NOT NULL DEFAULT 'client'
                      CHECK (kind = 'client' OR kind = 'partner' OR kind = 'supplier' OR kind = 'prospect'),
    manager_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    service_priority  INTEGER NOT NULL DEFAULT 1 CHECK (service_priority BETWEEN 0 AND 3),
    price_terms       TEXT,
    delivery_terms    TEXT,
    phones            TEXT,
    email             TEXT,
    website           TEXT,
    city              TEXT,
    address           TEXT,
    notes             TEXT,
    abc_class         TEXT CHECK (abc_class = 'A' OR abc_class = 'B' OR abc_class = 'C'),
    xyz_class         TEXT CHECK (xyz_class = 'X' OR xyz_class = 'Y' OR xyz_class = 'Z' OR xyz_class = 'new'),
    class_computed_on TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    archived_at       TEXT,
    import_batch_id   INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
);

CREATE INDEX organizations_name ON organizations(name COLLATE NOCASE);

CREATE INDEX organizations_inn ON organizations(inn) WHERE inn IS NOT NULL;

CREATE INDEX organizations_city ON organizations(city COLLATE NOCASE);

CREATE INDEX organizations_manager ON organizations(manager_id);

CREATE INDEX organizations_class ON organizations(abc_class, xyz_class);

CREATE TABLE persons (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    is_staff        INTEGER NOT NULL DEFAULT 0 CHECK (is_staff = 0 OR is_staff = 1),
    user_id         INTEGER REFERENCES users(id) ON DELETE SET NULL,
    full_name       TEXT NOT NULL CHECK (full_name <> ''),
    position        TEXT,
    phones          TEXT,
    emails          TEXT,
    birthday        TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    archived_at     TEXT,
    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL
);

CREATE INDEX persons_organization ON persons(organization_id);

CREATE INDEX persons_name ON persons(full_name COLLATE NOCASE);

CREATE TABLE task_types (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name       TEXT NOT NULL,
    color      TEXT NOT NULL DEFAULT '#607d8b',
    builtin    INTEGER NOT NULL DEFAULT 0 CHECK (builtin = 0 OR builtin = 1),
    sort_order INTEGER NOT NULL DEFAULT 0
);

INSERT INTO task_types (code, name, color, builtin, sort_order) VALUES
    ('call', 'Call', '#2e7d32', 1, 1),
    ('letter', 'Letter', '#6d4c41', 1, 2),
    ('email', 'E-mail', '#1565c0', 1, 3),
    ('meeting', 'Meeting', '#c62828', 1, 4),
    ('visit', 'Visit', '#ef6c00', 1, 5),
    ('task', 'Task', '#546e7a', 1, 6);

CREATE TABLE projects (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    description     TEXT,
    organization_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    owner_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    state           TEXT NOT NULL DEFAULT 'active' CHECK (state = 'active' OR state = 'closed'),
    start_date      TEXT,
    end_date        TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX projects_organization ON projects(organization_id);

CREATE TABLE deals (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL CHECK (name <> ''),
    organization_id INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    project_id      INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    owner_id        INTEGER REFERENCES users(id) ON DELETE SET NULL,
    stage           TEXT NOT NULL DEFAULT 'open' CHECK (stage = 'open' OR stage = 'won' OR stage = 'lost'),
    amount          REAL,
    opened_on       TEXT,
    closed_on       TEXT,
    created_at      TEXT NOT NULL
);

CREATE INDEX deals_organization ON deals(organization_id);

CREATE INDEX deals_project ON deals(project_id);

CREATE TABLE tasks (
    id               INTEGER PRIMARY KEY,
    subject          TEXT NOT NULL CHECK (subject <> ''),
    content          TEXT,
    type_id          INTEGER NOT NULL REFERENCES task_types(id) ON DELETE RESTRICT,
    state            TEXT NOT NULL DEFAULT 'planned'
                     CHECK (state = 'planned' OR state = 'in_progress' OR state = 'done' OR state = 'cancelled' OR state = 'postponed'),
    importance       INTEGER NOT NULL DEFAULT 1 CHECK (importance BETWEEN 0 AND 2),
    percent_complete INTEGER NOT NULL DEFAULT 0 CHECK (percent_complete BETWEEN 0 AND 100),
    organization_id  INTEGER REFERENCES organizations(id) ON DELETE RESTRICT,
    person_id        INTEGER REFERENCES persons(id) ON DELETE RESTRICT,
    project_id       INTEGER REFERENCES projects(id) ON DELETE SET NULL,
    deal_id          INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    author_id        INTEGER NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
    assignee_id      INTEGER REFERENCES users(id) ON DELETE RESTRICT,
    controller_id    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    is_personal      INTEGER NOT NULL DEFAULT 0 CHECK (is_personal = 0 OR is_personal = 1),
    all_day          INTEGER NOT NULL DEFAULT 0 CHECK (all_day = 0 OR all_day = 1),
    planned_start    TEXT,
    planned_end      TEXT,
    actual_start     TEXT,
    actual_end       TEXT,
    review_at        TEXT,
    remind_at        TEXT,
    reminded_at      TEXT,
    expenses         REAL NOT NULL DEFAULT 0 CHECK (expenses >= 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    import_batch_id  INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);

CREATE INDEX tasks_planned ON tasks(planned_start);

CREATE INDEX tasks_assignee_planned ON tasks(assignee_id, planned_start);

CREATE INDEX tasks_organization_planned ON tasks(organization_id, planned_start);

CREATE INDEX tasks_person ON tasks(person_id) WHERE person_id IS NOT NULL;

CREATE INDEX tasks_project ON tasks(project_id) WHERE project_id IS NOT NULL;

CREATE INDEX tasks_deal ON tasks(deal_id) WHERE deal_id IS NOT NULL;

CREATE INDEX tasks_pending_reminders ON tasks(remind_at) WHERE remind_at IS NOT NULL AND reminded_at IS NULL;

CREATE TABLE sales (
    id              INTEGER PRIMARY KEY,
    organization_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
    sale_date       TEXT NOT NULL,
    amount          REAL NOT NULL,
    profit          REAL,
    document        TEXT,
    deal_id         INTEGER REFERENCES deals(id) ON DELETE SET NULL,
    import_batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
    created_at      TEXT NOT NULL
);

CREATE INDEX sales_organization_date ON sales(organization_id, sale_date);

CREATE INDEX sales_date ON sales(sale_date);

CREATE TABLE import_changes (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    entity    TEXT NOT NULL CHECK (entity = 'organization' OR entity = 'person' OR entity = 'sale' OR entity = 'task' OR entity = 'custom_value'),
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL CHECK (action = 'created' OR action = 'updated'),
    previous  TEXT
);

CREATE INDEX import_changes_batch ON import_changes(batch_id);

CREATE TABLE custom_fields (
    id         INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL CHECK (entity = 'organization' OR entity = 'person'),
    label      TEXT NOT NULL CHECK (label <> ''),
    field_type TEXT NOT NULL DEFAULT 'text' CHECK (field_type = 'text' OR field_type = 'number' OR field_type = 'date' OR field_type = 'bool' OR field_type = 'choice'),
    choices    TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (entity, label)
);

CREATE TABLE custom_values (
    field_id  INTEGER NOT NULL REFERENCES custom_fields(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,
    value     TEXT NOT NULL,
    PRIMARY KEY (field_id, entity_id)
) WITHOUT ROWID;

CREATE INDEX custom_values_entity ON custom_values(entity_id);

CREATE TRIGGER organizations_drop_custom_values AFTER DELETE ON organizations BEGIN
    DELETE FROM custom_values WHERE entity_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'organization');
END;

CREATE TRIGGER persons_drop_custom_values AFTER DELETE ON persons BEGIN
    DELETE FROM custom_values WHERE entity_id = old.id
        AND field_id IN (SELECT id FROM custom_fields WHERE entity = 'person');
END;
