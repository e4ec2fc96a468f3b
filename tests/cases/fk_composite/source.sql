-- A composite foreign key (two columns) added onto a composite primary key.
CREATE TABLE warehouses (
    company_id integer NOT NULL,
    code text NOT NULL,
    PRIMARY KEY (company_id, code)
);
CREATE TABLE bins (
    id integer PRIMARY KEY,
    company_id integer NOT NULL,
    warehouse_code text NOT NULL,
    FOREIGN KEY (company_id, warehouse_code) REFERENCES warehouses (company_id, code)
);
