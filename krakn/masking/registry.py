"""Masks by name: krakn's own, then those other packages register.

Writing a mask (README-ready): a mask is a Python function that receives a
``krakn.masking.MaskInput`` (the quoted source column in ``expression``, its
``source_type``, ``category``, ``unique``, ``locale`` and a ``context``) and
returns an SQL expression. krakn puts that expression in place of the column
in the source's ``COPY (SELECT ...)``: it runs inside the source server, once
per row, with no Python per row. Build it on ``column.text`` (the value as
text) and on the context's keyed hash (``context.hash64``, ``context.hex128``)
or its Faker pools (``context.pool`` and ``context.pick``), so that it is
deterministic for a salt and never shows the salt; keep NULL as NULL and never
return the input itself. Register it in your package's metadata::

    # pyproject.toml of the package "krakn-mask-example"
    [project.entry-points."krakn.masks"]
    username = "krakn_mask_example:username"

    # krakn_mask_example.py
    from krakn.masking import MaskInput

    def username(column: MaskInput) -> str:
        # user_ and 12 hex digits of the keyed hash; NULL stays NULL.
        return f"'user_' || left({column.context.hex128(column.text, 'username')}, 12)"

Once the package is installed next to krakn, ``{mask: username}`` works in
any rule. krakn's own names cannot be taken over (``email`` is always
krakn's). A plugin mask is refused on UNIQUE and primary-key columns unless
the function carries ``unique_safe = True``, its promise that distinct inputs
give distinct outputs.
"""

from __future__ import annotations

import logging
from importlib.metadata import EntryPoint, entry_points

from krakn.errors import UsageError
from krakn.masking import builtin
from krakn.masking.api import Mask, MaskInput

log = logging.getLogger(__name__)

GROUP = "krakn.masks"

BUILTIN: dict[str, Mask] = {
    "email": builtin.email,
    "hash": builtin.hash_,
    "null": builtin.null,
    "date_shift": builtin.date_shift,
    **{kind: builtin.vocabulary(kind) for kind in (
        "name", "first_name", "last_name", "phone", "city", "company", "street_address")},
}


def _plugins() -> dict[str, EntryPoint]:
    # Read on every call: cheap, and a package installed since is seen.
    found: dict[str, EntryPoint] = {}
    for point in entry_points(group=GROUP):
        if point.name in BUILTIN:
            log.warning("mask %s from %s ignored: krakn has its own", point.name, point.value)
        else:
            found.setdefault(point.name, point)
    return found


def known_masks() -> list[str]:
    """Every mask name that can be used, krakn's own first."""
    return list(BUILTIN) + sorted(_plugins())


def get_mask(name: str) -> Mask:
    """The mask of that name, or a UsageError listing the known ones."""
    if name in BUILTIN:
        return BUILTIN[name]
    point = _plugins().get(name)
    if point is None:
        raise UsageError(f"unknown mask {name!r} (known: {', '.join(known_masks())})")
    try:
        loaded = point.load()
    except Exception as exc:  # noqa: BLE001 - any failure of a third party's import
        raise UsageError(f"mask {name!r} ({point.value}) could not be loaded: "
                         f"{type(exc).__name__}: {exc}") from None
    if not callable(loaded):
        raise UsageError(f"mask {name!r} ({point.value}) is not a function")
    return loaded  # type: ignore[no-any-return]


def unique_safe(name: str) -> bool:
    if name in BUILTIN:
        return name in builtin.UNIQUE_SAFE
    return getattr(get_mask(name), "unique_safe", False) is True


def check_allowed(name: str, unique: bool) -> None:
    """A UsageError when the mask cannot keep a unique column's values distinct."""
    get_mask(name)  # an unknown name is reported as such first
    if unique and not unique_safe(name):
        allowed = ", ".join(builtin.UNIQUE_SAFE)
        raise UsageError(f"mask {name} repeats values, so it cannot mask a UNIQUE or "
                         f"primary-key column (use {allowed}, an sql or a value rule)")


def render(name: str, column: MaskInput) -> str:
    """The SQL expression that replaces the column in the source query."""
    check_allowed(name, column.unique)
    sql = get_mask(name)(column)
    if not isinstance(sql, str) or not sql.strip():
        raise UsageError(f"mask {name!r} returned no SQL expression for {column.label}")
    return f"({sql})"
