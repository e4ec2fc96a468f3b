-- Extensions the target lacks: one in public used by a new column, one in its own schema.
CREATE EXTENSION citext;
CREATE SCHEMA ext;
CREATE EXTENSION pg_trgm WITH SCHEMA ext;
CREATE TABLE users (
    id integer PRIMARY KEY,
    login citext
);
CREATE INDEX users_login_trgm ON users USING gin ((login::text) ext.gin_trgm_ops);
-- earthdistance requires cube: cube must come first.
CREATE EXTENSION cube;
CREATE EXTENSION earthdistance;
