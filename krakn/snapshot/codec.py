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

krakn.snapshot.text writes the result as text.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import itertools
import types
import typing
from collections.abc import Callable, Iterable
from typing import Any

Encoder = Callable[[Any], Any]
Decoder = Callable[[Any], Any]
Fields = list[tuple[str, Decoder]]  # a dataclass's fields' names and decoders


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
    if hint in _SCALARS:
        return _identity, _SCALARS[hint]
    raise TypeError(f"snapshot codec: unsupported type {hint!r}")


def _identity(value: Any) -> Any:
    return value


def _scalar_decoder(kind: type) -> Decoder:
    # bool is an int to Python, never in a snapshot; an int is a fine float.
    accepted = (float, int) if kind is float else (kind,)

    def dec(data: Any) -> Any:
        if type(data) not in accepted:
            raise CodecError(f"expected {kind.__name__}, found {_kind(data)}")
        return data

    return dec


_SCALARS = {kind: _scalar_decoder(kind) for kind in (int, float, bool, type(None))}


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

    # Worked out at the first object, not again for each of the thousands a
    # snapshot holds. Set in one assignment: two threads may race to it (both
    # sides of a diff decode at once), and each finds the same.
    encoders: list[list[tuple[str, Encoder]]] = []
    plan: list[tuple[Fields, Fields]] = []

    def enc(value: Any) -> dict[str, Any]:
        if not encoders:
            encoders[:] = [[(f.name, codec(f.name)[0]) for f in fields]]
        return {name: e(getattr(value, name)) for name, e in encoders[0]}

    names = frozenset(f.name for f in fields)
    required = [f.name for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING]

    def dec(data: Any) -> Any:
        if type(data) is not dict:
            raise CodecError(f"expected an object ({cls.__name__}), found {_kind(data)}")
        if not names.issuperset(data):
            raise CodecError(f"unknown field {sorted(set(data) - names)[0]!r} in {cls.__name__}")
        if not plan:  # (name, decoder) of the fields __init__ takes, and of the others
            plan[:] = [([(f.name, codec(f.name)[1]) for f in fields if f.init],
                        [(f.name, codec(f.name)[1]) for f in fields if not f.init])]
        given, later = plan[0]
        if len(data) < len(names):  # fields left out take their defaults
            missing = [name for name in required if name not in data]
            if missing:
                raise CodecError(f"missing field {missing[0]!r} of {cls.__name__}")
            given = [(n, d) for n, d in given if n in data]
            later = [(n, d) for n, d in later if n in data]
        return _build(cls, given, later, data)

    return enc, dec


def _build(cls: type, given: Fields, later: Fields, data: dict[str, Any]) -> Any:
    """cls of data's fields, each decoded: ``given`` to __init__, ``later`` set after
    it; a CodecError names the field."""
    current = ""  # the field after __init__ being set
    try:
        obj = cls(**{n: d(data[n]) for n, d in given})
        for current, d in later:
            object.__setattr__(obj, current, d(data[current]))  # frozen dataclasses too
    except CodecError as exc:
        # Found again, only now: a dict comprehension does not say where it stopped.
        where = current or next(n for n, d in given if not _decodes(d, data[n]))
        raise exc.at(f".{where}") from None
    return obj


def _decodes(dec: Decoder, data: Any) -> bool:
    try:
        dec(data)
    except CodecError:
        return False
    return True


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
            try:
                k = dec_k(pair[0])
            except CodecError as exc:
                raise exc.at(f"[{i}][0]") from None
            try:
                out[k] = dec_v(pair[1])
            except CodecError as exc:
                raise exc.at(f"[{i}][1]") from None
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

    decoders = [d for _, d in parts]

    def dec(data: Any) -> tuple[Any, ...]:
        if type(data) is not list or len(data) != len(parts):
            raise CodecError(f"expected a list of {len(parts)}, found {_kind(data)}")
        return tuple(_each(decoders, data))

    return enc, dec


def _collection(kind: type, item: Any) -> tuple[Encoder, Decoder]:
    enc_i, dec_i = _codec(item)
    unordered = kind in (set, frozenset)

    def enc(v: Any) -> list[Any]:
        return [enc_i(x) for x in (_sorted(v, enc_i) if unordered else v)]

    def dec(data: Any) -> Any:
        if type(data) is not list:
            raise CodecError(f"expected a list, found {_kind(data)}")
        return kind(_each(itertools.repeat(dec_i), data))

    return enc, dec


def _each(decoders: Iterable[Decoder], data: list[Any]) -> list[Any]:
    """Each item decoded by its decoder; an error says at which index."""
    out = []
    i = 0
    try:
        for d, x in zip(decoders, data, strict=False):  # repeat() for a list: endless
            out.append(d(x))
            i += 1
    except CodecError as exc:
        raise exc.at(f"[{i}]") from None
    return out


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
