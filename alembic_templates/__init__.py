"""Mako templates for ``krakn migrate --format alembic``; shipped as package data."""
