-- The same tables on the default heap with default replica identities,
-- except tags (full, on heap2); no archive yet.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE accounts (
    id integer PRIMARY KEY,
    email text NOT NULL,
    balance numeric(12, 2) NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX accounts_email_key ON accounts (email);

CREATE TABLE ledger (
    account_id integer NOT NULL REFERENCES accounts (id),
    amount numeric(12, 2) NOT NULL,
    booked_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_settings (
    key text PRIMARY KEY,
    value text
);
ALTER TABLE app_settings REPLICA IDENTITY USING INDEX app_settings_pkey;

CREATE TABLE tags (
    id integer PRIMARY KEY,
    label text NOT NULL
) USING heap2;
ALTER TABLE tags REPLICA IDENTITY FULL;

CREATE TABLE old_audit (
    id bigint PRIMARY KEY,
    what text
) USING heap2;
ALTER TABLE old_audit REPLICA IDENTITY USING INDEX old_audit_pkey;
