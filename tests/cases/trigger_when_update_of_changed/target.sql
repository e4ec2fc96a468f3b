CREATE TABLE products (id integer PRIMARY KEY, price numeric, changed_at timestamptz);
CREATE FUNCTION mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.changed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER products_changed BEFORE UPDATE OF price ON products
    FOR EACH ROW EXECUTE FUNCTION mark_changed();
