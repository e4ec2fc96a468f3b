-- A primary key added to a table that had none.
CREATE TABLE sessions (
    token text PRIMARY KEY,
    user_id integer
);
