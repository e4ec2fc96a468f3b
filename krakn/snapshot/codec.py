"""A generic, deterministic JSON codec for krakn's catalog dataclasses.

It knows no class by name: the shape comes from ``dataclasses.fields()`` and
the type hints, so a field or a kind added to the catalog is carried without
touching this module. What each hint becomes in JSON:

* a dataclass: an object of its fields; fields whose name starts with ``_``
  are caches and are skipped; ``compare=False`` fields are kept (a
  sequence's last value is state a migration needs);
* ``dict[str, V]``: an object; a dict with any other key (tuple keys): a list
  of ``[key, value]`` pairs sorted by key (see ``_sorted``);
* ``tuple``/``list``: a list; ``set``/``frozenset``: a sorted list;
* ``X | None``: null or X; ``str``: a string, or a list of its lines when it
  has several (a function body then diffs line by line in a pull request);
* ``int``, ``float``, ``bool``, ``Enum`` (its value), ``Literal``.

``dumps`` writes the result with sorted keys and one-space indentation, each
value on its own line except short lists of scalars (keys like
``["public", "orders"]``), so the same data always gives the same bytes and
a change gives a small diff.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Callable
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import Any

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]

INLINE_WIDTH = 100  # a list of scalars up to this many characters stays on one line


class CodecError(ValueError):
    """The JSON does not have the shape the type hints ask for."""

    def __init__(self, message: str, path: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.reason = message
        self.path = path

    def at(self, step: str) -> CodecError:
        return CodecError(self.reason, (step, *self.path))

    @property
    def where(self) -> str:
        return "".join(self.path) or "the top level"

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


def encode(value: Any, hint: Any = None) -> Any:
    """value as JSON data (dicts, lists, scalars), following hint (default: its class)."""
    kind: Any = type(value) if hint is None else hint
    return _codec(kind)[0](value)


def decode(data: Any, hint: Any) -> Any:
    """The value that ``encode(value, hint)`` gave data for; CodecError if it cannot be."""
    return _codec(hint)[1](data)


@functools.cache
def _codec(hint: Any) -> tuple[Encoder, Decoder]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Any or hint is object:
        raise TypeError("a field typed Any cannot be written to a snapshot: give it a type")
    if origin in (typing.Union, types.UnionType):
        return _optional(hint, args)
    if origin is typing.Literal:
        return _literal(args)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _dataclass(hint)
    if origin is dict:
        return _dict(*args)
    if origin is tuple:
        return _tuple(args)
    if origin in (list, set, frozenset):
        return _collection(origin, args[0])
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum(hint)
    if hint is str:
        return _encode_str, _decode_str
    if hint in (int, float, bool, type(None)):
        return _identity, functools.partial(_decode_scalar, hint)
    raise TypeError(f"snapshot codec: unsupported type {hint!r}")


def _identity(value: Any) -> Any:
    return value


def _decode_scalar(kind: type, data: Any) -> Any:
    # bool is an int to Python, never in a snapshot; an int is a fine float.
    ok = type(data) is kind or (kind is float and type(data) is int)
    if not ok:
        raise CodecError(f"expected {kind.__name__}, found {_kind(data)}")
    return data


def _encode_str(value: str) -> Any:
    return value.split("\n") if "\n" in value else value


def _decode_str(data: Any) -> str:
    if type(data) is str:
        return data
    if type(data) is list and all(type(line) is str for line in data):
        return "\n".join(data)
    raise CodecError(f"expected a string, found {_kind(data)}")


def _optional(hint: Any, args: tuple[Any, ...]) -> tuple[Encoder, Decoder]:
    inner = [a for a in args if a is not type(None)]
    if len(inner) != 1 or len(args) != 2:
        raise TypeError(f"snapshot codec: only X | None unions are supported, not {hint!r}")
    enc, dec = _codec(inner[0])
    return (lambda v: None if v is None else enc(v)), (lambda d: None if d is None else dec(d))


def _literal(values: tuple[Any, ...]) -> tuple[Encoder, Decoder]:
    def dec(data: Any) -> Any:
        if data not in values:
            raise CodecError(f"expected one of {list(values)!r}, found {data!r}")
        return data

    return _identity, dec


def _enum(kind: type[enum.Enum]) -> tuple[Encoder, Decoder]:
    def dec(data: Any) -> Any:
        try:
            return kind(data)
        except ValueError:
            raise CodecError(f"{data!r} is no {kind.__name__}") from None

    return (lambda v: v.value), dec


def _dataclass(cls: type) -> tuple[Encoder, Decoder]:
    hints = typing.get_type_hints(cls)
    fields = [f for f in dataclasses.fields(cls) if not f.name.startswith("_")]
    # Filled in lazily: a dataclass may nest itself (a tree).
    codecs: dict[str, tuple[Encoder, Decoder]] = {}

    def codec(name: str) -> tuple[Encoder, Decoder]:
        if name not in codecs:
            codecs[name] = _codec(hints[name])
        return codecs[name]

    encoders: list[tuple[str, Encoder]] = []

    def enc(value: Any) -> dict[str, Any]:
        if not encoders:
            encoders.extend((f.name, codec(f.name)[0]) for f in fields)
        return {name: e(getattr(value, name)) for name, e in encoders}

    def dec(data: Any) -> Any:
        if type(data) is not dict:
            raise CodecError(f"expected an object ({cls.__name__}), found {_kind(data)}")
        unknown = sorted(set(data) - {f.name for f in fields})
        if unknown:
            raise CodecError(f"unknown field {unknown[0]!r} in {cls.__name__}")
        given: dict[str, Any] = {}
        later: dict[str, Any] = {}
        for f in fields:
            if f.name not in data:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    raise CodecError(f"missing field {f.name!r} of {cls.__name__}")
                continue
            try:
                value = codec(f.name)[1](data[f.name])
            except CodecError as exc:
                raise exc.at(f".{f.name}") from None
            (given if f.init else later)[f.name] = value
        obj = cls(**given)
        for name, value in later.items():
            object.__setattr__(obj, name, value)  # frozen dataclasses too
        return obj

    return enc, dec


def _dict(key: Any, value: Any) -> tuple[Encoder, Decoder]:
    enc_v, dec_v = _codec(value)
    if key is str:
        def enc_obj(v: dict[str, Any]) -> dict[str, Any]:
            return {k: enc_v(x) for k, x in v.items()}

        def dec_obj(data: Any) -> dict[str, Any]:
            if type(data) is not dict:
                raise CodecError(f"expected an object, found {_kind(data)}")
            return {k: _step(dec_v, x, f"[{k!r}]") for k, x in data.items()}

        return enc_obj, dec_obj
    enc_k, dec_k = _codec(key)

    def enc_pairs(v: dict[Any, Any]) -> list[list[Any]]:
        return [[enc_k(k), enc_v(v[k])] for k in _sorted(v, enc_k)]

    def dec_pairs(data: Any) -> dict[Any, Any]:
        if type(data) is not list:
            raise CodecError(f"expected a list of [key, value] pairs, found {_kind(data)}")
        out = {}
        for i, pair in enumerate(data):
            if type(pair) is not list or len(pair) != 2:
                raise CodecError(f"expected a [key, value] pair, found {_kind(pair)}", (f"[{i}]",))
            out[_step(dec_k, pair[0], f"[{i}][0]")] = _step(dec_v, pair[1], f"[{i}][1]")
        return out

    return enc_pairs, dec_pairs


def _tuple(args: tuple[Any, ...]) -> tuple[Encoder, Decoder]:
    if len(args) == 2 and args[1] is Ellipsis:
        return _collection(tuple, args[0])
    if not args:  # bare tuple[()]
        return (lambda v: []), (lambda d: ())
    parts = [_codec(a) for a in args]

    def enc(v: tuple[Any, ...]) -> list[Any]:
        return [e(x) for (e, _), x in zip(parts, v, strict=True)]

    def dec(data: Any) -> tuple[Any, ...]:
        if type(data) is not list or len(data) != len(parts):
            raise CodecError(f"expected a list of {len(parts)}, found {_kind(data)}")
        pairs = enumerate(zip(parts, data, strict=True))
        return tuple(_step(d, x, f"[{i}]") for i, ((_, d), x) in pairs)

    return enc, dec


def _collection(kind: type, item: Any) -> tuple[Encoder, Decoder]:
    enc_i, dec_i = _codec(item)
    unordered = kind in (set, frozenset)

    def enc(v: Any) -> list[Any]:
        return [enc_i(x) for x in (_sorted(v, enc_i) if unordered else v)]

    def dec(data: Any) -> Any:
        if type(data) is not list:
            raise CodecError(f"expected a list, found {_kind(data)}")
        return kind(_step(dec_i, x, f"[{i}]") for i, x in enumerate(data))

    return enc, dec


def _step(dec: Decoder, data: Any, where: str) -> Any:
    try:
        return dec(data)
    except CodecError as exc:
        raise exc.at(where) from None


def _sorted(values: Any, enc: Encoder) -> list[Any]:
    """values in a deterministic order: their own when they have one, else by their JSON.

    Python's order of names and tuples of names is the natural one and fast;
    values it cannot compare (None beside a string) fall back to _order.
    """
    try:
        return sorted(values)
    except TypeError:
        return sorted(values, key=lambda value: _order(enc(value)))


def _order(data: Any) -> tuple[Any, ...]:
    """A total order over JSON data: sets and tuple-keyed dicts sort by it."""
    if data is None:
        return (0,)
    if type(data) is bool:
        return (1, data)
    if type(data) in (int, float):
        return (2, data)
    if type(data) is str:
        return (3, data)
    if type(data) is list:
        return (4, tuple(_order(x) for x in data))
    return (5, tuple(sorted((k, _order(x)) for k, x in data.items())))


def _kind(data: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(data), type(data).__name__)


# ------------------------------------------------------------------- text


def dumps(data: Any) -> str:
    """JSON text: sorted keys, one-space indent, short scalar lists inline, final newline."""
    out: list[str] = []
    _emit(data, 0, out)
    out.append("\n")
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
            if type(value) is str:  # most values: no call for them
                append(f"{sep}{pad}{encode_basestring(key)}: {encode_basestring(value)}")
            elif type(value) is dict or type(value) is list:
                append(f"{sep}{pad}{encode_basestring(key)}: ")
                _emit(value, depth + 1, out)
            else:
                append(f"{sep}{pad}{encode_basestring(key)}: {_scalar(value)}")
            sep = ","
        append(pad[:-1] + "}")
        return
    if not any(type(x) is dict or type(x) is list for x in data):
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
