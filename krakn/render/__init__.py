"""Turning a plan into text: SQL scripts and diff lines."""
