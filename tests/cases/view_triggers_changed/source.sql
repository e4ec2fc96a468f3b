-- The column under priced is retyped; labels gains a column.
CREATE TABLE items (id integer PRIMARY KEY, price numeric(14,4), label text, hidden boolean);
CREATE FUNCTION items_write() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM items WHERE id = OLD.id;
        RETURN OLD;
    END IF;
    INSERT INTO items VALUES (NEW.id, NEW.price, NEW.label, false)
        ON CONFLICT (id) DO UPDATE SET price = EXCLUDED.price, label = EXCLUDED.label;
    RETURN NEW;
END $$;
CREATE VIEW priced AS SELECT id, price, label FROM items WHERE NOT hidden;
CREATE TRIGGER priced_write INSTEAD OF INSERT OR UPDATE ON priced
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER priced_delete INSTEAD OF DELETE ON priced
    FOR EACH ROW EXECUTE FUNCTION items_write();
COMMENT ON TRIGGER priced_delete ON priced IS 'deletes the item';
CREATE VIEW labels AS SELECT id, label, price FROM items;
CREATE TRIGGER labels_insert INSTEAD OF INSERT ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER labels_update INSTEAD OF INSERT OR UPDATE ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER labels_upsert INSTEAD OF UPDATE ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE VIEW hidden_items AS SELECT id, label FROM items WHERE hidden;
CREATE TRIGGER hidden_delete INSTEAD OF DELETE ON hidden_items
    FOR EACH ROW EXECUTE FUNCTION items_write();
COMMENT ON TRIGGER hidden_delete ON hidden_items IS 'new comment';
CREATE TRIGGER hidden_insert INSTEAD OF INSERT ON hidden_items
    FOR EACH ROW EXECUTE FUNCTION items_write();
