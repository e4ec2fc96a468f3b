-- A trigger and its trigger function, on a new table and on an existing one.
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0,
                       updated_at timestamptz);
CREATE TABLE ledger (id integer PRIMARY KEY, account integer, amount numeric);
CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END $$;
CREATE FUNCTION no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger rows are kept (%)', TG_ARGV[0];
END $$;
CREATE TRIGGER accounts_stamp BEFORE INSERT OR UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION stamp();
CREATE TRIGGER ledger_keep BEFORE DELETE ON ledger
    FOR EACH STATEMENT EXECUTE FUNCTION no_delete('audit');
COMMENT ON TRIGGER ledger_keep ON ledger IS 'ledger is append-only';
