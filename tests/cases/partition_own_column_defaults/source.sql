-- Partitions with their own default and their own NOT NULL, differing from
-- the parent's, while the parent's default changes too: the partitions'
-- own are set after the parent's, which reaches down to them (archive_2023
-- sorts before its parent).
CREATE TABLE measurements (
    id bigint NOT NULL,
    taken date NOT NULL,
    region text,
    reading numeric DEFAULT 7
) PARTITION BY RANGE (taken);
CREATE TABLE measurements_2024 PARTITION OF measurements (
    region NOT NULL,
    reading DEFAULT 1
) FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_2025 PARTITION OF measurements (
    region DEFAULT 'north'
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE archive_2023 PARTITION OF measurements (
    reading DEFAULT 2
) FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
