CREATE TABLE measurements (
    id bigint NOT NULL,
    taken date NOT NULL,
    region text,
    reading numeric DEFAULT 0
) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2024 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements (
    reading DEFAULT 5
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE archive_2023 PARTITION OF measurements
    FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
INSERT INTO measurements VALUES (1, '2024-03-01', 'south', 2), (2, '2025-03-01', 'west', 3);
