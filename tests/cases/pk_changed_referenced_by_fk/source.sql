-- A primary key that changes while a foreign key onto the old key column stays (now backed by a UNIQUE).
CREATE TABLE regions (
    code text NOT NULL,
    id integer NOT NULL,
    name text,
    CONSTRAINT regions_pkey PRIMARY KEY (code),
    CONSTRAINT regions_id_key UNIQUE (id)
);
CREATE TABLE stores (
    id integer PRIMARY KEY,
    region_id integer CONSTRAINT stores_region_id_fkey REFERENCES regions (id)
);
