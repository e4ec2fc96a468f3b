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

-- Every kept type has an ACL written down on both sides: once a grant changes
-- PostgreSQL never forgets it again, so a rollback could not give back an
-- ACL never written down (the same privileges, but no longer NULL).
GRANT USAGE ON TYPE app.mood TO krakn_case_writer;
GRANT USAGE ON DOMAIN app.positive TO krakn_case_reader;
GRANT USAGE ON TYPE app.pair TO krakn_case_reader;
GRANT USAGE ON TYPE app.span TO krakn_case_reader;

-- Only here, with grants: dropped, and made again by the rollback with them.
CREATE DOMAIN app.code AS varchar(8);
REVOKE USAGE ON DOMAIN app.code FROM PUBLIC;
GRANT USAGE ON DOMAIN app.code TO krakn_case_writer;
