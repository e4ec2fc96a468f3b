-- Foreign keys that become DEFERRABLE INITIALLY DEFERRED and MATCH FULL.
CREATE TABLE parents (
    a integer NOT NULL,
    b integer NOT NULL,
    PRIMARY KEY (a, b)
);
CREATE TABLE children (
    id integer PRIMARY KEY,
    pa integer,
    pb integer,
    owner_a integer,
    CONSTRAINT children_parent_fkey FOREIGN KEY (pa, pb) REFERENCES parents (a, b) MATCH FULL,
    CONSTRAINT children_owner_fkey FOREIGN KEY (owner_a, pb) REFERENCES parents (a, b)
        DEFERRABLE INITIALLY DEFERRED
);
