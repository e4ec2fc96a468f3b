CREATE FOREIGN DATA WRAPPER files OPTIONS (encoding 'LATIN1', quote '"');
CREATE FOREIGN DATA WRAPPER archive;
CREATE FOREIGN DATA WRAPPER old_archive;
CREATE SERVER imports VERSION '1' FOREIGN DATA WRAPPER files OPTIONS (directory '/srv/in');
CREATE SERVER vault FOREIGN DATA WRAPPER old_archive OPTIONS (region 'eu');
CREATE USER MAPPING FOR PUBLIC SERVER imports OPTIONS (user 'loader');
CREATE USER MAPPING FOR PUBLIC SERVER vault OPTIONS (user 'vault');

CREATE FOREIGN TABLE daily_import (
    line_no integer,
    sku text NOT NULL,
    quantity integer,
    legacy_code text,
    CONSTRAINT daily_import_quantity CHECK (quantity > 0)
) SERVER imports OPTIONS (filename 'import.csv', skip '1');
COMMENT ON FOREIGN TABLE daily_import IS 'Daily file';
CREATE FOREIGN TABLE vault_items (id integer, label text) SERVER vault;
