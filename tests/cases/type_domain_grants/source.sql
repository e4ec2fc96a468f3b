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
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN app.positive AS integer CHECK (VALUE > 0);
CREATE TYPE app.pair AS (a integer, b text);
CREATE TYPE app.span AS RANGE (subtype = integer);
CREATE TABLE app.visits (id integer PRIMARY KEY, mood app.mood, score app.positive);

-- Kept types whose grants change.
GRANT USAGE ON TYPE app.mood TO krakn_case_reader;
REVOKE USAGE ON DOMAIN app.positive FROM PUBLIC;
GRANT USAGE ON DOMAIN app.positive TO krakn_case_writer WITH GRANT OPTION;
REVOKE ALL ON TYPE app.pair FROM PUBLIC;
GRANT USAGE ON TYPE app.span TO krakn_case_reader WITH GRANT OPTION;

-- New ones, with grants of their own.
CREATE TYPE app.level AS ENUM ('low', 'high');
REVOKE USAGE ON TYPE app.level FROM PUBLIC;
GRANT USAGE ON TYPE app.level TO krakn_case_writer;
CREATE DOMAIN app.email AS text CHECK (VALUE LIKE '%@%');
GRANT USAGE ON DOMAIN app.email TO krakn_case_reader;
