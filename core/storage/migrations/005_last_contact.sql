-- Schema v5: what the card index list needs: the last contact date, and indexes for every
-- column it sorts by.
--
-- organizations.last_contact_at is when the organization was last contacted: the latest
-- contact time of its done tasks, where a task's contact time is its actual end, or its
-- planned start when no actual end was recorded (coalesce(actual_end, planned_start));
-- NULL while it has no such task. Triggers keep it: a done task added can only move it later
-- (one row update by id); a done task changed, moved to another organization or deleted
-- makes it recomputed from the organization's done tasks (found through
-- tasks_organization_planned).
--
-- The list sorts by one of these indexes and keeps its rows in the index's order, with
-- archived_at as the last indexed column: the default list (archived hidden) is then read
-- from the index alone, without a table lookup per row, so a page a million rows down or
-- the count of the whole list takes milliseconds (core/contacts/OrganizationListQuery).
-- The indexes of schema v1 on name, INN, city, manager and class are replaced by these
-- (they answer the same lookups: the same leading column); the INN index now holds
-- organizations without an INN too, so that the list sorted by INN can walk it to the end.

ALTER TABLE organizations ADD COLUMN last_contact_at TEXT;

UPDATE organizations SET last_contact_at = latest.contact
FROM (SELECT organization_id, max(coalesce(actual_end, planned_start)) AS contact
      FROM tasks WHERE state = 'done' AND organization_id IS NOT NULL
      GROUP BY organization_id) AS latest
WHERE organizations.id = latest.organization_id;

CREATE TRIGGER organizations_last_contact_insert AFTER INSERT ON tasks
WHEN NEW.state = 'done' AND NEW.organization_id IS NOT NULL
     AND coalesce(NEW.actual_end, NEW.planned_start) IS NOT NULL
BEGIN
    UPDATE organizations SET last_contact_at = coalesce(NEW.actual_end, NEW.planned_start)
    WHERE id = NEW.organization_id
      AND (last_contact_at IS NULL OR last_contact_at < coalesce(NEW.actual_end, NEW.planned_start));
END;

CREATE TRIGGER organizations_last_contact_update AFTER UPDATE OF state, organization_id, actual_end, planned_start ON tasks
WHEN (OLD.state = 'done' OR NEW.state = 'done')
     AND (OLD.state IS NOT NEW.state OR OLD.organization_id IS NOT NEW.organization_id
          OR coalesce(OLD.actual_end, OLD.planned_start) IS NOT coalesce(NEW.actual_end, NEW.planned_start))
BEGIN
    UPDATE organizations SET last_contact_at =
        (SELECT max(coalesce(actual_end, planned_start)) FROM tasks
         WHERE organization_id = organizations.id AND state = 'done')
    WHERE id = OLD.organization_id OR id = NEW.organization_id;
END;

CREATE TRIGGER organizations_last_contact_delete AFTER DELETE ON tasks
WHEN OLD.state = 'done' AND OLD.organization_id IS NOT NULL
BEGIN
    UPDATE organizations SET last_contact_at =
        (SELECT max(coalesce(actual_end, planned_start)) FROM tasks
         WHERE organization_id = organizations.id AND state = 'done')
    WHERE id = OLD.organization_id;
END;

DROP INDEX organizations_name;

DROP INDEX organizations_inn;

DROP INDEX organizations_city;

DROP INDEX organizations_manager;

DROP INDEX organizations_class;

CREATE INDEX organizations_name ON organizations(name COLLATE NOCASE, archived_at);

CREATE INDEX organizations_inn ON organizations(inn, archived_at);

CREATE INDEX organizations_city ON organizations(city COLLATE NOCASE, archived_at);

CREATE INDEX organizations_manager ON organizations(manager_id, archived_at);

CREATE INDEX organizations_class ON organizations(abc_class, xyz_class, archived_at);

CREATE INDEX organizations_kind ON organizations(kind, archived_at);

CREATE INDEX organizations_last_contact ON organizations(last_contact_at, archived_at);
