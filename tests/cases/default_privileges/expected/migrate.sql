-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT SELECT ON SEQUENCES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT USAGE ON SEQUENCES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE USAGE ON TYPES FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT USAGE ON SCHEMAS TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT SELECT ON TABLES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT EXECUTE ON FUNCTIONS TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT INSERT ON TABLES TO "krakn_case_writer" WITH GRANT OPTION;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT UPDATE ON TABLES TO "krakn_case_writer" WITH GRANT OPTION;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_writer" REVOKE TRIGGER ON TABLES FROM "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_writer" REVOKE TRUNCATE ON TABLES FROM "krakn_case_writer";

COMMIT;
