CREATE SCHEMA work;
CREATE TYPE work.task_state AS ENUM ('open', 'done');
CREATE TABLE work.tasks (
    id integer PRIMARY KEY,
    state work.task_state NOT NULL DEFAULT 'open',
    title text
);
INSERT INTO work.tasks VALUES (1, 'open', 'a'), (2, 'done', 'b');
