"""Definitions PostgreSQL prints differently once it reads its own text again.

An ``IN`` list on a varchar column is stored as an array of varchar cast as
a whole to ``text[]``, and printed so:
``(col)::text = ANY ((ARRAY['a'::character varying, ...])::text[])``. Read
back, a cast written on an ``ARRAY[...]`` constructor is applied to each
element instead, and the same check prints as
``(col)::text = ANY (ARRAY[('a'::character varying)::text, ...])``. Both mean
the same. ``canonical`` gives both one form, for comparing; ``restated``
gives text that PostgreSQL reads back into the first form (the inner cast to
the elements' own array type keeps the outer one on the whole array), so a
check or index made from it prints as the source's does.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

log = logging.getLogger(__name__)

_OPEN = "(ARRAY["
# The type after `)::`, up to its `[]`: words, quoted names, a dot, a typmod.
_NAME = r'(?:"(?:[^"]|"")*"|[A-Za-z_][\w$]*)'
_CAST = re.compile(rf"\)::({_NAME}(?:\.{_NAME})?(?: {_NAME})*(?:\(\d+(?:,\s*\d+)?\))?)\[\]")
# An element whose type the text says: a typed literal, an integer, a decimal.
_TYPED = re.compile(r"^'(?:[^']|'')*'::(.+)$")
_INTEGER = re.compile(r"^-?\d+$")
_DECIMAL = re.compile(r"^-?\d+\.\d+$")

Rewrite = Callable[[list[str], str], str | None]


def _skip_quoted(text: str, i: int) -> int:
    """The index after a quoted literal or name starting at i."""
    quote = text[i]
    i += 1
    while i < len(text):
        if text[i] == quote:
            if i + 1 < len(text) and text[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return i


def _elements(text: str, start: int) -> tuple[list[str], int] | None:
    """The top-level elements of ARRAY[...] whose first element starts at
    ``start``, and the index of its closing bracket."""
    depth, i, begin, out = 0, start, start, []
    while i < len(text):
        c = text[i]
        if c in "'\"":
            i = _skip_quoted(text, i)
            continue
        if c in "([":
            depth += 1
        elif c in ")]":
            if depth == 0:
                if c != "]":
                    return None
                out.append(text[begin:i].strip())
                return out, i
            depth -= 1
        elif c == "," and depth == 0:
            out.append(text[begin:i].strip())
            begin = i + 1
        i += 1
    return None


def _rewrite(text: str, how: Rewrite) -> str:
    out, i = [], 0
    while i < len(text):
        c = text[i]
        if c in "'\"":
            end = _skip_quoted(text, i)
            out.append(text[i:end])
            i = end
            continue
        # Not a call's parenthesis: f(ARRAY[...])::t[] casts what f returns.
        if text.startswith(_OPEN, i) and not (i and (text[i - 1].isalnum()
                                                      or text[i - 1] in '_"$')):
            found = _elements(text, i + len(_OPEN))
            cast = _CAST.match(text, found[1] + 1) if found else None
            if found and cast:
                elements = [_rewrite(e, how) for e in found[0]]
                new = how(elements, cast.group(1))
                if new is not None:
                    out.append(new)
                    i = cast.end()
                    continue
        out.append(c)
        i += 1
    return "".join(out)


def _each_cast(elements: list[str], type_: str) -> str:
    return "ARRAY[" + ", ".join(f"({e})::{type_}" for e in elements) + "]"


def canonical(definition: str) -> str:
    """One form for both prints: the cast of the whole array moved onto each element."""
    if _OPEN not in definition:
        return definition
    return _rewrite(definition, _each_cast)


def _element_type(elements: list[str]) -> str | None:
    types = set()
    for e in elements:
        typed = _TYPED.match(e)
        if typed:
            types.add(typed.group(1))
        elif _INTEGER.match(e):
            types.add("integer")
        elif _DECIMAL.match(e):
            types.add("numeric")
        else:
            return None
    return types.pop() if len(types) == 1 else None


def _whole_cast(elements: list[str], type_: str) -> str | None:
    element = _element_type(elements)
    if element is None:
        return None
    return f"(ARRAY[{', '.join(elements)}]::{element}[])::{type_}[]"


def restated(definition: str) -> str:
    """Text PostgreSQL reads back into the same print, where the elements say
    their type; otherwise the definition as it is."""
    if _OPEN not in definition:
        return definition
    return _rewrite(definition, _whole_cast)
