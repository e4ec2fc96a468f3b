-- Widening type changes: integer -> bigint, varchar(50) -> text, integer -> numeric(10,2).
CREATE TABLE measurements (
    id bigint PRIMARY KEY,
    label text,
    reading numeric(10,2),
    counter bigint NOT NULL
);
