-- Schema v7: the calendar's reads of a period.
--
-- A period's tasks are read by planned_start over [from - 1 day, to) through tasks_planned;
-- a task planned longer than a day could start earlier still, so those few are indexed apart
-- (TaskQuery::calendar repeats this WHERE term exactly, so SQLite can use the partial index).
-- Users' journals find the tasks they author or control through the last two indexes.

CREATE INDEX tasks_multi_day ON tasks(planned_start) WHERE julianday(planned_end) - julianday(planned_start) > 1;

CREATE INDEX tasks_author_planned ON tasks(author_id, planned_start);

CREATE INDEX tasks_controller_planned ON tasks(controller_id, planned_start) WHERE controller_id IS NOT NULL;
