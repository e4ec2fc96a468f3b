"""Vocabularies for realistic masked values, drawn once from Faker.

A pool is a sorted tuple of distinct strings, drawn by a Faker instance
seeded with a constant: the same Faker version gives the same pool, and so
the same masked values, on every machine and in every run. A Faker upgrade
that changes a locale's word lists or its random draws may change the
outputs of the vocabulary masks (``name``, ``city``, ...); ``email`` and
``hash`` do not depend on Faker. Pools are made once per process and kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from krakn.errors import UsageError

DEFAULT_LOCALE = "en_US"
POOL_SIZE = 2000
# Drawing stops when this many draws in a row found nothing new: a locale with
# 700 first names would otherwise cost the full budget for nothing.
_STALL = 2000
_BUDGET = 20 * POOL_SIZE

_WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")  # letters, one separator between
_PHONE = re.compile(r"\+?[0-9()][0-9 ().-]*[0-9]")


def _phone_ok(value: str) -> bool:
    return bool(_PHONE.fullmatch(value)) and 7 <= sum(c.isdigit() for c in value) <= 15


def _words_ok(value: str) -> bool:
    return bool(_WORDS.fullmatch(value))


def _printable(value: str) -> bool:
    return bool(value) and value.isprintable() and value == value.strip()


@dataclass(frozen=True)
class Vocabulary:
    method: str  # the Faker provider method that draws one value
    accept: Callable[[str], bool]


VOCABULARIES: dict[str, Vocabulary] = {
    "name": Vocabulary("name", _words_ok),
    "first_name": Vocabulary("first_name", _words_ok),
    "last_name": Vocabulary("last_name", _words_ok),
    "phone": Vocabulary("phone_number", _phone_ok),
    "city": Vocabulary("city", _printable),
    "company": Vocabulary("company", _printable),
    "street_address": Vocabulary("street_address", _printable),
}


def normal_locale(locale: str | None) -> str:
    """Faker's spelling of a locale ('de-DE' -> 'de_DE'), or a UsageError."""
    from faker.config import AVAILABLE_LOCALES

    name = (locale or DEFAULT_LOCALE).replace("-", "_")
    if name not in AVAILABLE_LOCALES:
        raise UsageError(f"unknown locale {locale!r}: Faker has no such locale "
                         "(e.g. en_US, de_DE, fr_FR, ja_JP)")
    return name


@cache
def pool(kind: str, locale: str | None = None, max_length: int | None = None
         ) -> tuple[str, ...]:
    """The sorted, distinct values of one vocabulary in one locale.

    With max_length, the values are cut to that many characters and made
    distinct again, so that a value picked for a varchar(n) column is
    exactly what lands there (the test against the input must see it).
    """
    if max_length is not None:
        cut = {v[:max_length].rstrip() for v in pool(kind, locale)}
        return tuple(sorted(v for v in cut if v))
    return _draw(kind, normal_locale(locale))


def _draw(kind: str, locale: str) -> tuple[str, ...]:
    from faker import Faker

    vocabulary = VOCABULARIES[kind]
    fake: Any = Faker(locale)
    # One seed per vocabulary: a pool does not depend on which others were drawn.
    fake.seed_instance(zlib.crc32(f"krakn {kind} {locale}".encode()))
    draw = getattr(fake, vocabulary.method)
    found: set[str] = set()
    stalled = 0
    for _ in range(_BUDGET):
        value = str(draw()).strip()
        if value in found or not vocabulary.accept(value):
            stalled += 1
            if stalled >= _STALL:
                break
            continue
        found.add(value)
        stalled = 0
        if len(found) >= POOL_SIZE:
            break
    if len(found) < 2:
        raise UsageError(f"Faker's locale {locale} has too few {kind} values to mask with")
    return tuple(sorted(found))
