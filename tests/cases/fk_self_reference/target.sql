-- A self-referencing foreign key added: the target has manager_id but no constraint.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer
);
INSERT INTO employees VALUES (1, 'boss', NULL), (2, 'worker', 1);
