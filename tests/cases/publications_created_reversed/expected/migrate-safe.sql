-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP PUBLICATION "billing";

DROP PUBLICATION "reports";

DROP PUBLICATION "warehouse";

COMMIT;
