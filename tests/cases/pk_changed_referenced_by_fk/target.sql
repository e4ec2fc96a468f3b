-- A primary key that changes while a foreign key onto the old key column stays: the target keys on id.
CREATE TABLE regions (
    code text NOT NULL,
    id integer NOT NULL,
    name text,
    CONSTRAINT regions_pkey PRIMARY KEY (id)
);
CREATE TABLE stores (
    id integer PRIMARY KEY,
    region_id integer CONSTRAINT stores_region_id_fkey REFERENCES regions (id)
);
INSERT INTO regions VALUES ('north', 1, 'North'), ('south', 2, 'South');
INSERT INTO stores VALUES (100, 1), (101, 2);
