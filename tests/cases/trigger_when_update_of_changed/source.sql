-- The trigger now fires on another column and only when the value changed.
CREATE TABLE products (id integer PRIMARY KEY, price numeric, stock integer,
                       changed_at timestamptz);
CREATE FUNCTION mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.changed_at := now(); RETURN NEW; END $$;
CREATE TRIGGER products_changed BEFORE UPDATE OF price, stock ON products
    FOR EACH ROW WHEN (OLD.price IS DISTINCT FROM NEW.price OR OLD.stock IS DISTINCT FROM NEW.stock)
    EXECUTE FUNCTION mark_changed();
