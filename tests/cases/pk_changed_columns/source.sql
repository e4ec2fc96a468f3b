-- A primary key whose columns change from (id) to the composite (tenant_id, id).
CREATE TABLE documents (
    tenant_id integer NOT NULL,
    id integer NOT NULL,
    title text,
    PRIMARY KEY (tenant_id, id)
);
