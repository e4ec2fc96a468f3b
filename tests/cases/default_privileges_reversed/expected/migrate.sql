-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE SELECT ON SEQUENCES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE USAGE ON SEQUENCES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT USAGE ON TYPES TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE USAGE ON SCHEMAS FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE SELECT ON TABLES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE EXECUTE ON FUNCTIONS FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE INSERT ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE UPDATE ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_writer" GRANT TRIGGER ON TABLES TO "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_writer" GRANT TRUNCATE ON TABLES TO "krakn_case_writer";

COMMIT;
