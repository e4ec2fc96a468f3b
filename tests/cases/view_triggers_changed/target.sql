-- Views with INSTEAD OF triggers; what is under them changes.
CREATE TABLE items (id integer PRIMARY KEY, price numeric(12,2), label text, hidden boolean);
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
-- Its column is retyped: the view is made again, and its triggers with it.
CREATE VIEW priced AS SELECT id, price, label FROM items WHERE NOT hidden;
CREATE TRIGGER priced_write INSTEAD OF INSERT OR UPDATE ON priced
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER priced_delete INSTEAD OF DELETE ON priced
    FOR EACH ROW EXECUTE FUNCTION items_write();
COMMENT ON TRIGGER priced_delete ON priced IS 'deletes the item';
-- Its definition changes: one trigger stays, one changes, one goes, one comes.
CREATE VIEW labels AS SELECT id, label FROM items;
CREATE TRIGGER labels_insert INSTEAD OF INSERT ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER labels_update INSTEAD OF UPDATE ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
CREATE TRIGGER labels_delete INSTEAD OF DELETE ON labels
    FOR EACH ROW EXECUTE FUNCTION items_write();
-- Only triggers change on a view that stays.
CREATE VIEW hidden_items AS SELECT id, label FROM items WHERE hidden;
CREATE TRIGGER hidden_delete INSTEAD OF DELETE ON hidden_items
    FOR EACH ROW EXECUTE FUNCTION items_write();
COMMENT ON TRIGGER hidden_delete ON hidden_items IS 'old comment';
INSERT INTO items VALUES (1, 2.50, 'pen', false);
