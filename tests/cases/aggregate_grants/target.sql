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

CREATE TABLE public.films (id integer PRIMARY KEY, title text, length integer);
CREATE FUNCTION public._concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE
    AS $$ SELECT $1 || $2 $$;
CREATE AGGREGATE public.concat_all(text) (SFUNC = public._concat, STYPE = text);
CREATE FUNCTION public.len_step(best integer, len integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS $$ SELECT greatest(best, len) $$;
CREATE AGGREGATE public.max_length(integer) (SFUNC = public.len_step, STYPE = integer);
CREATE VIEW public.summary AS
    SELECT public.concat_all(title) AS titles, public.max_length(length) AS longest
    FROM public.films;

REVOKE EXECUTE ON FUNCTION public.concat_all(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.concat_all(text) TO krakn_case_reader;
REVOKE EXECUTE ON FUNCTION public.max_length(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.max_length(integer) TO krakn_case_reader WITH GRANT OPTION;
ALTER AGGREGATE public.max_length(integer) OWNER TO krakn_case_owner;
GRANT SELECT ON public.summary TO krakn_case_reader;
