-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

CREATE SCHEMA "reports";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT USAGE ON TYPES TO "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT EXECUTE ON FUNCTIONS TO PUBLIC;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" GRANT SELECT ON TABLES TO "krakn_case_reader" WITH GRANT OPTION;

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE INSERT ON TABLES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" REVOKE UPDATE ON TABLES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT DELETE ON TABLES TO "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT INSERT ON TABLES TO "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "app" GRANT UPDATE ON TABLES TO "krakn_case_writer";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "archive" REVOKE SELECT ON TABLES FROM "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "reports" GRANT SELECT ON SEQUENCES TO "krakn_case_reader";

ALTER DEFAULT PRIVILEGES FOR ROLE "krakn_case_owner" IN SCHEMA "reports" GRANT SELECT ON TABLES TO "krakn_case_writer";

DROP SCHEMA "archive";

COMMIT;
