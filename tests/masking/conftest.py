"""A source database with the columns the mask tests read, made once per module."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from krakn.masking.pools import pool

PEOPLE = """
CREATE TABLE people (
    id int PRIMARY KEY, email text, name text, phone text, note text,
    short varchar(5), fixed char(60), wide varchar(200));
-- Pool names as inputs: some of them hash onto themselves and must take the next.
INSERT INTO people (id, email, name, phone, note, short, fixed, wide)
SELECT i, 'User.' || i || '@Corp.example.com', n, '+49 30 ' || (1000000 + i),
       'note ' || i, left(n, 5), 'fixed ' || i, 'wide ' || i
FROM unnest(%s::text[]) WITH ORDINALITY AS u(n, i);
INSERT INTO people VALUES (-1, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                          (-2, '', '', '', '', '', '', '');
"""


@pytest.fixture(scope="module")
def source(make_module_db: Callable[[], Any]) -> Any:
    """A database with table people: 2,000 rows (names from the pool), a NULL row, an '' row."""
    db = make_module_db()
    db.query(PEOPLE, (list(pool("name")),))
    return db
