-- krakn <version>: turns <target> into <source>

SET standard_conforming_strings = on;
SET check_function_bodies = off;

BEGIN;

ALTER TABLE "public"."enrolments" ADD CONSTRAINT "enrolments_pk" PRIMARY KEY (student_id, course_id);

COMMIT;
