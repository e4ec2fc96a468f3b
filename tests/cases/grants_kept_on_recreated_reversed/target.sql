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

CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.orders (id integer PRIMARY KEY, amount bigint, mood public.mood);
CREATE VIEW public.recent AS SELECT id, amount FROM public.orders;
CREATE FUNCTION public.total(n integer) RETURNS bigint
  LANGUAGE sql AS 'SELECT n::bigint';

-- Grants and owners a drop takes along: the script must give them back.
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO krakn_case_reader;
GRANT SELECT ON public.recent TO krakn_case_reader;
GRANT SELECT (id) ON public.recent TO krakn_case_writer;
ALTER VIEW public.recent OWNER TO krakn_case_owner;
REVOKE EXECUTE ON FUNCTION public.total(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.total(integer) TO krakn_case_reader;
ALTER FUNCTION public.total(integer) OWNER TO krakn_case_owner;
