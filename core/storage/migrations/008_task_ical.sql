-- Schema v8: tasks exchanged with other calendars as iCalendar (.ics).
--
-- ical_uid keeps the UID of a task that came from another calendar (Thunderbird, KOrganizer),
-- so that importing the file again updates the task instead of adding it twice, and an export
-- gives that calendar its own UID back. Tasks made here have none: their UID is built from the
-- task id and this database's identity (task-ID@kartoteka-UUID), stable for the database's life.

ALTER TABLE tasks ADD COLUMN ical_uid TEXT;

CREATE UNIQUE INDEX tasks_ical_uid ON tasks(ical_uid) WHERE ical_uid IS NOT NULL;

CREATE INDEX tasks_import_batch ON tasks(import_batch_id) WHERE import_batch_id IS NOT NULL;

CREATE TABLE database_identity (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    uuid TEXT NOT NULL CHECK (length(uuid) = 32)
);

INSERT INTO database_identity (id, uuid) VALUES (1, lower(hex(randomblob(16))));
