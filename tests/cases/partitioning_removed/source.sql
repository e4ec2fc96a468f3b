-- A list-partitioned table becomes plain: rebuilt with its rows, its identity
-- going on from where it was, the foreign key pointing at it made again and
-- its grants given back (compared: --with-privileges).
CREATE TABLE accounts (id integer GENERATED ALWAYS AS IDENTITY, region text NOT NULL,
                       balance numeric NOT NULL DEFAULT 0, PRIMARY KEY (id, region));
CREATE INDEX accounts_balance_idx ON accounts (balance);
CREATE TABLE payments (id integer PRIMARY KEY, account integer NOT NULL, region text NOT NULL,
                       FOREIGN KEY (account, region) REFERENCES accounts (id, region));
GRANT SELECT ON accounts TO PUBLIC;
