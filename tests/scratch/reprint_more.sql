-- Every kind krakn.scratch.reprint_more prints again, and keys, exclusions and foreign keys:
-- tests/scratch/test_reprint_more.py and tests/embedded/test_cross_version_more.py.
CREATE DOMAIN positive_int AS integer DEFAULT (1 + 1) CHECK (VALUE > 0) CHECK (VALUE < 1000000);
CREATE DOMAIN code AS varchar(10) DEFAULT 'x'::varchar CONSTRAINT code_known
    CHECK (VALUE IN ('x', 'y', 'z'));
COMMENT ON CONSTRAINT code_known ON DOMAIN code IS 'the known codes';
CREATE TABLE accounts (
    id integer PRIMARY KEY,
    owner text NOT NULL,
    kind varchar(10) NOT NULL,
    during tstzrange,
    qty positive_int,
    price numeric(10,2),
    total numeric GENERATED ALWAYS AS (qty * price) STORED,
    label text GENERATED ALWAYS AS (upper(owner) || '-' || kind) STORED,
    CONSTRAINT accounts_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (kind::text IN ('a', 'b')),
    CONSTRAINT accounts_owner_kind UNIQUE (owner, kind)
);
CREATE TABLE entries (
    id integer PRIMARY KEY,
    owner text,
    kind varchar(10),
    account integer REFERENCES accounts (id) ON DELETE CASCADE ON UPDATE SET NULL,
    CONSTRAINT entries_owner_kind FOREIGN KEY (owner, kind) REFERENCES accounts (owner, kind)
        MATCH FULL DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_accounts ON accounts FOR UPDATE
    USING (owner = current_user AND kind::text IN ('a', 'b'))
    WITH CHECK (price > 0::numeric AND owner = (SELECT current_user));
CREATE POLICY add_accounts ON accounts AS RESTRICTIVE FOR INSERT WITH CHECK (qty < 100);
CREATE TABLE events (
    id integer NOT NULL,
    at date NOT NULL,
    region text NOT NULL,
    payload jsonb
) PARTITION BY RANGE (at, (lower(region)));
CREATE TABLE events_2020 PARTITION OF events
    FOR VALUES FROM ('2020-01-01', MINVALUE) TO ('2021-01-01', MAXVALUE);
CREATE TABLE events_rest PARTITION OF events DEFAULT;
CREATE TABLE regions (code varchar(10) NOT NULL, n integer) PARTITION BY LIST (code);
CREATE TABLE regions_ab PARTITION OF regions FOR VALUES IN ('a', 'b');
CREATE TABLE regions_null PARTITION OF regions FOR VALUES IN (NULL);
CREATE TABLE shards (id bigint NOT NULL) PARTITION BY HASH (id);
CREATE TABLE shards_0 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE shards_1 PARTITION OF shards FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE log (id integer, note text);
CREATE RULE accounts_log AS ON UPDATE TO accounts WHERE old.price <> new.price
    DO ALSO INSERT INTO log VALUES (new.id, 'price ' || new.price::text);
CREATE RULE log_no_delete AS ON DELETE TO log DO INSTEAD NOTHING;
CREATE STATISTICS accounts_stats (ndistinct, dependencies) ON owner, kind FROM accounts;
CREATE STATISTICS accounts_expr ON lower(owner), (price * 2) FROM accounts;
CREATE PUBLICATION big_accounts FOR TABLE accounts WHERE (price > 100 AND kind::text IN ('a', 'b'));
CREATE FOREIGN DATA WRAPPER dummy_wrapper;
CREATE SERVER dummy_server FOREIGN DATA WRAPPER dummy_wrapper;
CREATE FOREIGN TABLE remote_items (
    id integer DEFAULT (2 * 3) NOT NULL,
    kind varchar(10) DEFAULT 'x'::varchar CHECK (kind::text IN ('x', 'y'))
) SERVER dummy_server;
