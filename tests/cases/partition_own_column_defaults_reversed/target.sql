-- Partitions with their own default and their own NOT NULL, differing from the parent's.
CREATE TABLE measurements (
    id bigint NOT NULL,
    taken date NOT NULL,
    region text,
    reading numeric DEFAULT 0
) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2024 PARTITION OF measurements (
    region NOT NULL,
    reading DEFAULT 1
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements (
    region DEFAULT 'north'
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
