-- Schema v9: the triggers that drop a deleted organization's or person's custom values ask
-- whether each value's field belongs to that kind of record by a lookup of the field, not by
-- `IN (SELECT ...)`: inside a trigger, the list of an IN subquery is built afresh in a
-- temporary table for every deleted row, and undoing an import of 1,000,000 organizations
-- spent half its time (30 of 69 seconds) making and freeing those tables.

DROP TRIGGER organizations_drop_custom_values;

DROP TRIGGER persons_drop_custom_values;

CREATE TRIGGER organizations_drop_custom_values AFTER DELETE ON organizations BEGIN
    DELETE FROM custom_values WHERE entity_id = old.id
        AND EXISTS (SELECT 1 FROM custom_fields f WHERE f.id = custom_values.field_id AND f.entity = 'organization');
END;

CREATE TRIGGER persons_drop_custom_values AFTER DELETE ON persons BEGIN
    DELETE FROM custom_values WHERE entity_id = old.id
        AND EXISTS (SELECT 1 FROM custom_fields f WHERE f.id = custom_values.field_id AND f.entity = 'person');
END;
