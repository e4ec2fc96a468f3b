-- Foreign keys that become DEFERRABLE INITIALLY DEFERRED and MATCH FULL: plain FKs in the target.
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
    CONSTRAINT children_parent_fkey FOREIGN KEY (pa, pb) REFERENCES parents (a, b),
    CONSTRAINT children_owner_fkey FOREIGN KEY (owner_a, pb) REFERENCES parents (a, b)
);
INSERT INTO parents VALUES (1, 1);
INSERT INTO children VALUES (1, 1, 1, 1), (2, NULL, NULL, NULL);
