CREATE TABLE public.scores (id integer PRIMARY KEY, points integer);
-- A window function: only C or internal code can be one (a superuser's).
CREATE FUNCTION public.row_no() RETURNS bigint
  LANGUAGE internal WINDOW IMMUTABLE AS 'window_row_number';
COMMENT ON FUNCTION public.row_no() IS 'row_number under another name';
CREATE VIEW public.ranked AS SELECT id, public.row_no() OVER (ORDER BY points DESC) AS place
  FROM public.scores;
