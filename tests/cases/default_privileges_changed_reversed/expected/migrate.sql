-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "archive";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE USAGE ON TYPES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE GRANT OPTION FOR SELECT ON TABLES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT INSERT ON TABLES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT UPDATE ON TABLES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE DELETE ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE INSERT ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE UPDATE ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "archive" GRANT SELECT ON TABLES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "reports" REVOKE SELECT ON SEQUENCES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "reports" REVOKE SELECT ON TABLES FROM "krakn_case_writer";

DROP SCHEMA "reports";

COMMIT;
