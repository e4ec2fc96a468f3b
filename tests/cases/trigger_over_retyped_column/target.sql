-- A trigger whose WHEN and UPDATE OF name columns that are retyped: PostgreSQL
-- refuses the type change while the trigger stands.
CREATE FUNCTION keep_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE orders (id integer PRIMARY KEY, qty integer, note varchar(10));
CREATE TRIGGER orders_note BEFORE UPDATE OF note ON orders
    FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION keep_row();
INSERT INTO orders VALUES (1, 2, 'first');
