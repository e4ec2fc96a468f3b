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
CREATE SCHEMA reports;
CREATE TABLE app.orders (id integer PRIMARY KEY, amount numeric);

-- A grant option added, a grantee changed, a privilege added.
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  GRANT SELECT ON TABLES TO krakn_case_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner IN SCHEMA app
  GRANT INSERT, UPDATE, DELETE ON TABLES TO krakn_case_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner
  GRANT USAGE ON TYPES TO krakn_case_writer;
-- In a schema only this side has.
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner IN SCHEMA reports
  GRANT SELECT ON TABLES TO krakn_case_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE krakn_case_owner IN SCHEMA reports
  GRANT SELECT ON SEQUENCES TO krakn_case_reader;
