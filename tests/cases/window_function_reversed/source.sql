CREATE TABLE public.scores (id integer PRIMARY KEY, points integer);
