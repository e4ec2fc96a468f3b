-- A composite foreign key added: the target has matching data but no constraint.
CREATE TABLE warehouses (
    company_id integer NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (company_id, code)
);
CREATE TABLE bins (
    id integer PRIMARY KEY,
    company_id integer NOT NULL,
    warehouse_code text NOT NULL
);
INSERT INTO warehouses VALUES (1, 'W1'), (2, 'W1');
INSERT INTO bins VALUES (1, 1, 'W1'), (2, 2, 'W1');
