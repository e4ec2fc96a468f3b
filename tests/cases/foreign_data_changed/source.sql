-- The wrapper's options change; a server gets a new version and options;
-- another moves to another wrapper (made again, with its mapping and
-- foreign table); a mapping's options change; a foreign table gains,
-- loses and retypes columns, changes its options, defaults and checks.
CREATE FOREIGN DATA WRAPPER files OPTIONS (encoding 'UTF8', delimiter ',');
CREATE FOREIGN DATA WRAPPER archive;
CREATE SERVER imports VERSION '2' FOREIGN DATA WRAPPER files OPTIONS (directory '/srv/imports');
CREATE SERVER vault FOREIGN DATA WRAPPER archive OPTIONS (region 'eu');
CREATE USER MAPPING FOR PUBLIC SERVER imports OPTIONS (user 'loader', role 'import');
CREATE USER MAPPING FOR PUBLIC SERVER vault OPTIONS (user 'vault');

CREATE FOREIGN TABLE daily_import (
    line_no bigint NOT NULL,
    sku text NOT NULL,
    quantity integer DEFAULT 1,
    price numeric(12, 2) OPTIONS (format 'decimal'),
    CONSTRAINT daily_import_quantity CHECK (quantity >= 0)
) SERVER imports OPTIONS (filename 'daily.csv', header 'true');
COMMENT ON FOREIGN TABLE daily_import IS 'Daily stock file';
CREATE FOREIGN TABLE vault_items (id integer, label text) SERVER vault;
