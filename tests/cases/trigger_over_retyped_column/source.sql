CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, qty bigint, note text);
CREATE TRIGGER orders_note BEFORE UPDATE OF note ON orders
    FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION keep_row();
