-- serial and bigserial columns added: the target has only the message column.
CREATE TABLE logs (
    message text NOT NULL
);
INSERT INTO logs VALUES ('started'), ('stopped');
