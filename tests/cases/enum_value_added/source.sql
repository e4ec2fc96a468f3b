-- Values added before, between and after the old ones; a new value is the new default.
CREATE SCHEMA work;
CREATE TYPE work.task_state AS ENUM ('draft', 'open', 'in progress', 'done', 'archived');
CREATE TABLE work.tasks (
    id integer PRIMARY KEY,
    state work.task_state NOT NULL DEFAULT 'draft',
    title text
);
