-- krakn <version>: rollback, turns <source> back into <target>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

DROP PUBLICATION "warehouse";

DROP PUBLICATION "reports";

DROP PUBLICATION "billing";

COMMIT;
