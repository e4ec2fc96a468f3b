"""Reaching the databases: URLs and their redaction (``urls``), the two sides
(``database``), SQLAlchemy connections for reading schemas (``engine``),
pinned psycopg2 sessions for moving data (``session``), and the one
translation of database errors (``errors``)."""
