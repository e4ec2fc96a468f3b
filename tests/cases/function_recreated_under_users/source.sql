-- next_code now returns bigint and is_positive renames its argument: neither
-- can be replaced in place, so everything using them goes and comes back.
CREATE FUNCTION next_code(n integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS $$ SELECT n + 1 $$;
CREATE FUNCTION is_positive(val integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$ SELECT val > 0 $$;
CREATE TABLE items (
    id integer PRIMARY KEY,
    code integer DEFAULT next_code(1),
    qty integer CHECK (is_positive(qty))
);
CREATE INDEX items_code_idx ON items (next_code(code));
CREATE VIEW item_codes AS SELECT id, next_code(code) AS next FROM items;
CREATE VIEW item_codes_big AS SELECT id FROM item_codes WHERE next > 10;
CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_keep BEFORE INSERT ON items
    FOR EACH ROW WHEN (is_positive(NEW.qty)) EXECUTE FUNCTION keep_row();
ALTER TABLE items ENABLE ROW LEVEL SECURITY;
CREATE POLICY items_positive ON items USING (is_positive(qty));
CREATE FUNCTION doubled(n integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT next_code(n) * 2; END;
CREATE DOMAIN positive_int AS integer CONSTRAINT positive_int_check CHECK (is_positive(VALUE));
CREATE TABLE stock (id integer, amount positive_int);
ALTER TABLE items ADD COLUMN ok boolean GENERATED ALWAYS AS (is_positive(qty)) STORED;
CREATE INDEX items_ok_idx ON items (ok);
