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
