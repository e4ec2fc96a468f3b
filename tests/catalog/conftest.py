"""A small schema with a table of each kind, read by the catalog readers' tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import psycopg2
import pytest
from catalog_schema import SCHEMA

from krakn.db.query import Query, on_cursor


@pytest.fixture(scope="module")
def shop(make_module_db: Callable[[], object]) -> object:
    """A database holding SCHEMA; the tests only read it."""
    db = make_module_db()
    db.load(SCHEMA)  # type: ignore[attr-defined]
    return db


@pytest.fixture
def query_on() -> Iterator[Callable[[str], Query]]:
    """Opens a Query on a psycopg2 cursor of an autocommit connection to a URL."""
    opened: list[psycopg2.extensions.connection] = []

    def open_query(url: str) -> Query:
        conn = psycopg2.connect(url)
        conn.autocommit = True
        opened.append(conn)
        return on_cursor(conn.cursor())

    yield open_query
    for conn in opened:
        conn.close()


@pytest.fixture(scope="module")
def query_on_module() -> Iterator[Callable[[str], Query]]:
    """query_on, for module-scoped fixtures: connections closed with the module."""
    opened: list[psycopg2.extensions.connection] = []

    def open_query(url: str) -> Query:
        conn = psycopg2.connect(url)
        conn.autocommit = True
        opened.append(conn)
        return on_cursor(conn.cursor())

    yield open_query
    for conn in opened:
        conn.close()


@pytest.fixture
def shop_query(shop: object, query_on: Callable[[str], Query]) -> Query:
    """A Query on the shop database."""
    return query_on(shop.url)  # type: ignore[attr-defined]
