-- Two new tables whose foreign keys reference each other (a cycle): neither can be created with the FK inline.
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE teams (
    id integer PRIMARY KEY,
    captain_id integer
);
CREATE TABLE players (
    id integer PRIMARY KEY,
    team_id integer REFERENCES teams (id)
);
ALTER TABLE teams ADD CONSTRAINT teams_captain_id_fkey FOREIGN KEY (captain_id) REFERENCES players (id);
