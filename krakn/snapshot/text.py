"""The text of JSON data (what krakn.snapshot.codec gives): sorted keys, one-space
indentation, each value on its own line except short lists of scalars (keys like
``["public", "orders"]``), so the same data always gives the same bytes and a
change gives a small diff in a pull request.
"""

from __future__ import annotations

from collections.abc import Sequence
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

INLINE_WIDTH = 100  # a list of scalars up to this many characters stays on one line


def dumps(data: Any) -> str:
    """JSON text: sorted keys, one-space indent, short scalar lists inline, final newline."""
    out: list[str] = []
    _emit(data, 0, out)
    out.append("\n")
    return "".join(out)


def dumps_in_order(parts: Sequence[tuple[str, Any]]) -> str:
    """An object as dumps writes it, but with its keys in the order given."""
    out: list[str] = []
    sep = "{"
    for key, value in parts:
        out.append(f"{sep}\n {encode_basestring(key)}: ")
        _emit(value, 1, out)
        sep = ","
    out.append("\n}\n" if parts else "{}\n")
    return "".join(out)


def _scalar(data: Any) -> str:
    kind = type(data)
    if kind is str:
        return str(encode_basestring(data))
    if data is None:
        return "null"
    if kind is bool:
        return "true" if data else "false"
    if kind is int:
        return str(data)
    if kind is float:
        if data != data or data in (float("inf"), float("-inf")):
            raise ValueError("NaN and infinity have no JSON form")
        return float.__repr__(data)
    raise TypeError(f"not JSON data: {kind.__name__}")


def _emit(data: Any, depth: int, out: list[str]) -> None:
    """Append data's text to out; the caller has written the indentation before it."""
    kind = type(data)
    if kind is not dict and kind is not list:
        out.append(_scalar(data))
        return
    if not data:
        out.append("{}" if kind is dict else "[]")
        return
    pad = _PADS[depth + 1] if depth + 1 < len(_PADS) else "\n" + " " * (depth + 1)
    append = out.append
    if kind is dict:
        sep = "{"
        for key in sorted(data):
            value = data[key]
            if type(key) is not str:
                raise TypeError(f"object keys must be strings, not {type(key).__name__}")
            # The common scalars written here, with no call: most lines are one.
            of = type(value)
            if of is str:
                append(f"{sep}{pad}{encode_basestring(key)}: {encode_basestring(value)}")
            elif value is None:
                append(f"{sep}{pad}{encode_basestring(key)}: null")
            elif of is bool:
                append(f"{sep}{pad}{encode_basestring(key)}: {'true' if value else 'false'}")
            elif of is dict or of is list:
                append(f"{sep}{pad}{encode_basestring(key)}: ")
                _emit(value, depth + 1, out)
            else:
                append(f"{sep}{pad}{encode_basestring(key)}: {_scalar(value)}")
            sep = ","
        append(pad[:-1] + "}")
        return
    if dict not in (kinds := set(map(type, data))) and list not in kinds:
        inline = "[" + ", ".join(map(_scalar, data)) + "]"
        if depth + len(inline) <= INLINE_WIDTH:
            append(inline)
            return
    sep = "["
    for value in data:
        append(sep + pad)
        _emit(value, depth + 1, out)
        sep = ","
    append(pad[:-1] + "]")


_PADS = ["\n" + " " * n for n in range(32)]
