-- Mirror of table_access_method_replica_identity (its source and target swapped): the way back.
-- A second table access method (the heap's handler under another name),
-- and replica identities for logical replication.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12, 2) NOT NULL DEFAULT 0
) USING heap2;
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;

CREATE TABLE ledger (
    account_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(12, 2) NOT NULL,
    booked_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE ledger REPLICA IDENTITY FULL;

CREATE TABLE app_settings (
    key text PRIMARY KEY,
    value text
);
ALTER TABLE app_settings REPLICA IDENTITY NOTHING;

CREATE TABLE archive_entries (
    id bigint PRIMARY KEY,
    body text
) USING heap2;
ALTER TABLE archive_entries REPLICA IDENTITY FULL;

CREATE TABLE tags (
    id integer PRIMARY KEY,
    label text NOT NULL
);
