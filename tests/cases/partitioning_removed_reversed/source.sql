-- The plain table becomes partitioned by list: rows go to their partitions,
-- the identity goes on from where it was, the foreign key to it comes back.
CREATE TABLE accounts (id integer GENERATED ALWAYS AS IDENTITY, region text NOT NULL,
                       balance numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region))
    PARTITION BY LIST (region);
CREATE TABLE accounts_eu PARTITION OF accounts FOR VALUES IN ('de', 'fr');
CREATE TABLE accounts_us PARTITION OF accounts FOR VALUES IN ('us');
CREATE INDEX accounts_balance_idx ON accounts (balance);
CREATE TABLE payments (id integer PRIMARY KEY, account integer NOT NULL, region text NOT NULL,
                       FOREIGN KEY (account, region) REFERENCES accounts (id, region));
GRANT SELECT ON accounts TO PUBLIC;
