"""The profile's shape, checked by pydantic: keys, types, rule combinations.

Names are parsed afterwards (build.py); this layer only says whether the
file has the right keys with the right kinds of values. pydantic's errors
are turned into krakn's one-line style with the file's line numbers, and
never quote the offending value (it may be a password or the salt).
"""

from __future__ import annotations

import difflib
import re
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails

from krakn.config.source import ConfigSource, KeyPath

Scalar = str | int | float | bool | None

_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z]{2,4})*\Z")


def _scalar(value: object) -> object:
    if isinstance(value, (dict, list)):
        raise ValueError("expected one value (text, number, true/false or null), "
                         f"not a {'mapping' if isinstance(value, dict) else 'list'}")
    return value


def _locale(value: object) -> object:
    if isinstance(value, str) and not _LOCALE.match(value):
        raise ValueError("expected a locale such as de_DE or en_US")
    return value


Text = Annotated[str, StringConstraints(min_length=1)]
Literal_ = Annotated[Scalar, BeforeValidator(_scalar)]
Locale = Annotated[str, BeforeValidator(_locale)]
Jobs = Annotated[int, Field(ge=1)]

_MODEL = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)

RULE_KINDS = ("mask", "sql", "value", "fill")


class RawRule(BaseModel):
    """One `columns` entry: a mask, an SQL expression, a literal, a fill, or a source column."""

    model_config = _MODEL

    mask: Text | None = None
    from_: Text | None = Field(None, alias="from")
    locale: Locale | None = None
    sql: Text | None = None
    value: Literal_ = None
    fill: Literal_ = None

    @field_validator("mask", mode="before")
    @classmethod
    def _mask_not_null(cls, value: object) -> object:
        if value is None:
            raise ValueError('null here is YAML\'s null; write mask: "null" (quoted) '
                             "for the mask that writes NULL")
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> RawRule:
        given = self.model_fields_set
        kinds = [k for k in RULE_KINDS if k in given]
        if len(kinds) > 1:
            raise ValueError(f"a rule has one of mask, sql, value, fill; this one has "
                             f"{' and '.join(kinds)}")
        if "from_" in given and kinds and kinds[0] != "mask":
            raise ValueError(f"'from' combines with 'mask' only, not with '{kinds[0]}' "
                             "(an sql rule can use any source column by name)")
        if not kinds and "from_" not in given:
            raise ValueError("a rule needs one of mask, sql, value, fill or from")
        if "locale" in given and kinds != ["mask"]:
            raise ValueError("'locale' belongs to a mask rule")
        return self


class RawSubset(BaseModel):
    model_config = _MODEL

    root: Text
    where: Text | None = None


class RawProfile(BaseModel):
    """A profile's keys as the file has them (see docs/profiles for each one)."""

    model_config = _MODEL

    source: str | None = Field(None, alias="from")
    target: str | None = Field(None, alias="to")
    scratch: str | None = None
    schemas: list[Text] | None = None
    exclude_schemas: list[Text] | None = None
    tables: list[Text] | None = None
    exclude: list[Text] | None = None
    truncate: bool | None = None
    jobs: Jobs | None = None
    mask_salt: Text | None = None
    strict: bool | None = None
    locale: Locale | None = None
    renames: dict[str, Text] | None = None
    columns: dict[str, RawRule] | None = None
    where: dict[str, Text] | None = None
    subset: RawSubset | None = None
    references: dict[str, Text] | None = None


PROFILE_KEYS = tuple(f.alias or name for name, f in RawProfile.model_fields.items())

_KEYS_AT: dict[str, tuple[str, ...]] = {
    "profile": PROFILE_KEYS,
    "rule": tuple(f.alias or n for n, f in RawRule.model_fields.items()),
    "subset": tuple(RawSubset.model_fields),
}

_MESSAGES = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "int_parsing": "expected a whole number",
    "int_from_float": "expected a whole number",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "list_type": "expected a list, e.g. [a, b]",
    "dict_type": "expected a mapping (key: value lines)",
    "model_type": "expected a mapping (key: value lines)",
    "model_attributes_type": "expected a mapping (key: value lines)",
    "string_too_short": "must not be empty",
    "missing": "required key missing",
}


def validate_profile(data: Any, path: KeyPath, source: ConfigSource) -> RawProfile:
    """The profile's raw model, or a UsageError on its first problem in file order."""
    try:
        return RawProfile.model_validate(data)
    except ValidationError as exc:
        errors = [(_data_path(data, err["loc"]), err) for err in exc.errors(include_url=False)]
    errors.sort(key=lambda e: source.line((*path, *e[0])) or 0)
    where, first = errors[0]
    message = _message(first, where)
    if len(errors) > 1:
        more = len(errors) - 1
        message += f" (and {more} more error{'s' if more > 1 else ''})"
    at = (*path, *where)
    if first["type"] == "missing":
        at = (*at, str(first["loc"][-1]))
    raise source.error(at, message)


def _data_path(data: Any, loc: tuple[int | str, ...]) -> KeyPath:
    """The part of pydantic's loc that exists in the data (drops union tags and [key])."""
    path: list[str | int] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            continue
        path.append(part)
    return tuple(path)


def _message(err: ErrorDetails, where: KeyPath) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return _unknown_key(str(err["loc"][-1]), where)
    if kind == "value_error":
        return str(err.get("ctx", {}).get("error", err["msg"]))
    if kind == "greater_than_equal":
        return f"must be at least {err.get('ctx', {}).get('ge')}"
    return _MESSAGES.get(kind, err["msg"])


def _unknown_key(key: str, where: KeyPath) -> str:
    parent = where[:-1]
    level = "profile"
    if len(parent) >= 2 and parent[-2] == "columns":
        level = "rule"
    elif parent and parent[-1] == "subset":
        level = "subset"
    close = difflib.get_close_matches(key, _KEYS_AT[level], n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else \
        f" (known: {', '.join(_KEYS_AT[level])})"
    return f"unknown key{hint}"
