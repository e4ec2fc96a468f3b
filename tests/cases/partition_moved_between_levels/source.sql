-- Partitions move between levels of a two-level partitioned table, and a plain table joins the lower level.
CREATE TABLE m (id int NOT NULL, d date NOT NULL, k text NOT NULL) PARTITION BY RANGE (d);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (k);
CREATE TABLE m_2024_a PARTITION OF m_2024 FOR VALUES IN ('a');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
