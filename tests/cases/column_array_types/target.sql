-- Array columns: the target's element types are narrower and keywords is missing.
CREATE TABLE posts (
    id integer PRIMARY KEY,
    scores integer[],
    labels varchar(20)[]
);
INSERT INTO posts VALUES (1, '{1,2,3}', '{a,b}'), (2, NULL, '{}');
