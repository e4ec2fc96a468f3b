-- serial and bigserial columns added to an existing table that already has rows.
CREATE TABLE logs (
    message text NOT NULL,
    seq serial,
    big_seq bigserial NOT NULL
);
