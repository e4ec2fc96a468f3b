"""krakn: diff, migrate and sync PostgreSQL databases."""

__version__ = "0.1.0"
