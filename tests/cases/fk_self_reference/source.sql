-- A self-referencing foreign key (employee -> manager) added to an existing table.
CREATE TABLE employees (
    id integer PRIMARY KEY,
    name text NOT NULL,
    manager_id integer REFERENCES employees (id) ON DELETE SET NULL
);
