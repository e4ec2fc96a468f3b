-- Roles are the cluster's, not the database's: made once, kept if they exist.
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['krakn_case_owner', 'krakn_case_reader', 'krakn_case_writer'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;  -- made meanwhile
END $$;

CREATE SCHEMA app;
CREATE TABLE app.orders (id integer PRIMARY KEY, amount numeric);

-- What krakn_case_owner creates from now on, everywhere and in app.
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  GRANT SELECT ON TABLES TO krakn_case_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  GRANT USAGE, SELECT ON SEQUENCES TO krakn_case_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  REVOKE USAGE ON TYPES FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  GRANT USAGE ON SCHEMAS TO krakn_case_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner IN SCHEMA app
  GRANT INSERT, UPDATE ON TABLES TO krakn_case_writer WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner IN SCHEMA app
  GRANT EXECUTE ON FUNCTIONS TO krakn_case_reader;
-- The owner takes its own privileges away from what it creates.
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_writer
  REVOKE TRUNCATE, TRIGGER ON TABLES FROM krakn_case_writer;
