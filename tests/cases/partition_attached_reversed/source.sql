-- A partition is detached (stays a plain table), a plain table attached (reverse of partition_attached).
CREATE TABLE logs (id bigint NOT NULL, at date NOT NULL, line text) PARTITION BY RANGE (at);
CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE logs_2023 PARTITION OF logs FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE logs_2025 (id bigint NOT NULL, at date NOT NULL, line text);
INSERT INTO logs VALUES (1, '2024-02-02', 'a'), (2, '2023-05-05', 'b');
INSERT INTO logs_2025 VALUES (3, '2025-01-05', 'c');
