-- Schema v6: merged duplicate organizations, kept so that a merge can be undone.
--
-- record (JSON) holds what the merge changed: the dropped organization's row as it was, the
-- kept organization's fields before they were filled, the ids of the persons, tasks, sales,
-- projects and deals moved over, and the dropped organization's custom values and
-- segmentation snapshot rows.

CREATE TABLE organization_merges (
    id           INTEGER PRIMARY KEY,
    kept_id      INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
    dropped_id   INTEGER NOT NULL,
    dropped_name TEXT NOT NULL,
    record       TEXT NOT NULL,
    merged_at    TEXT NOT NULL,
    undone_at    TEXT
);

CREATE INDEX organization_merges_kept ON organization_merges(kept_id);
