CREATE TABLE parcels (
    id integer PRIMARY KEY
);
INSERT INTO parcels VALUES (1), (2);
