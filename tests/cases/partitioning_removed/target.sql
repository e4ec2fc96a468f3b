-- The table partitioned by list, with rows in each partition.
CREATE TABLE accounts (id integer GENERATED ALWAYS AS IDENTITY, region text NOT NULL,
                       balance numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region))
    PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('de', 'fr');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us');
CREATE INDEX accounts_balance_idx ON accounts (balance);
CREATE TABLE payments (id integer PRIMARY KEY, account integer NOT NULL, region text NOT NULL,
                       FOREIGN KEY (account, region) REFERENCES accounts (id, region));
GRANT SELECT ON accounts TO PUBLIC;
INSERT INTO accounts (region, balance) VALUES ('de', 10), ('us', 20), ('fr', 30.5);
INSERT INTO payments VALUES (1, 1, 'de'), (2, 2, 'us');
