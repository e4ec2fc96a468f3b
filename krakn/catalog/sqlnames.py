"""Renamed names inside SQL text as PostgreSQL prints it.

A renamed table or column keeps the objects that use it: PostgreSQL stores
them by oid and prints the new names. krakn's snapshot holds the printed
text (``pg_get_constraintdef``, ``pg_get_indexdef``, ``pg_get_viewdef``, a
default's ``pg_get_expr``), so a snapshot renamed ahead of the server
(krakn.catalog.renamed) rewrites that text the way the server would print
it: identifiers are matched as tokens (never inside string literals) and
the new names are spelled as ``quote_ident`` spells them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

# Keywords quote_ident() quotes (every category but unreserved), PostgreSQL 15.
_QUOTED_KEYWORDS = frozenset("""
all analyse analyze and any array as asc asymmetric authorization between bigint binary
bit boolean both case cast char character check coalesce collate collation column
concurrently constraint create cross current_catalog current_date current_role
current_schema current_time current_timestamp current_user dec decimal default deferrable
desc distinct do else end except exists extract false fetch float for foreign freeze from
full grant greatest group grouping having ilike in initially inner inout int integer
intersect interval into is isnull join lateral leading least left like limit localtime
localtimestamp national natural nchar none normalize not notnull null nullif numeric
offset on only or order out outer overlaps overlay placing position precision primary
real references returning right row select session_user setof similar smallint some
substring symmetric table tablesample then time timestamp to trailing treat trim true
union unique user using values varchar variadic verbose when where window with
xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi
xmlroot xmlserialize xmltable""".split())

# After one of these, a name is a relation (FROM customer, FROM (customer c JOIN ...),
# REFERENCES customer(id)).
_BEFORE_RELATION = frozenset({"from", "join", "only", "references", ",", "("})
# What may follow a relation in a FROM list without being its alias.
_NOT_ALIAS = frozenset({"on", "join", "left", "right", "full", "inner", "cross", "natural",
                        "where", "group", "order", "limit", "offset", "union", "except",
                        "intersect", "having", "window", "for", "using", "tablesample",
                        "fetch", "as", "with"})

_TOKEN = re.compile(r"""
  (?P<str>'(?:[^']|'')*')
| (?P<qid>"(?:[^"]|"")*")
| (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
| (?P<id>[^\W\d]\w*)
| (?P<ws>\s+)
| (?P<sym>::|.)
""", re.VERBOSE | re.DOTALL)


class Tok(NamedTuple):
    kind: str  # str qid num id ws sym
    text: str

    @property
    def name(self) -> str | None:
        """The identifier this token stands for (folded), None if it is none."""
        if self.kind == "id":
            return self.text.lower()
        if self.kind == "qid":
            return self.text[1:-1].replace('""', '"')
        return None


def ident(name: str) -> str:
    """A name as PostgreSQL's quote_ident() prints it: bare when it can be."""
    if re.fullmatch(r"[a-z_][a-z0-9_$]*", name) and name not in _QUOTED_KEYWORDS \
            and "$" not in name:
        return name
    return '"' + name.replace('"', '""') + '"'


def _mentions(text: str, names: Mapping[str, str]) -> bool:
    """Whether any name may occur in text (a cheap test before tokenizing)."""
    return any(name in text for name in names)


def tokens(text: str) -> list[Tok]:
    return [Tok(m.lastgroup or "sym", m.group()) for m in _TOKEN.finditer(text)]


def _sig(toks: list[Tok], i: int, step: int) -> int:
    """The index of the next token that is not blank, going by step (-1 or len)."""
    i += step
    while 0 <= i < len(toks) and toks[i].kind == "ws":
        i += step
    return i


def _name_at(toks: list[Tok], i: int) -> str | None:
    return toks[i].name if 0 <= i < len(toks) else None


def _word(toks: list[Tok], i: int) -> str:
    return toks[i].text.lower() if 0 <= i < len(toks) else ""


def _new(tok: Tok, new: str) -> Tok:
    """tok's replacement, spelled as the server spells new."""
    return Tok("qid" if ident(new).startswith('"') else "id", ident(new))


def rename_columns(text: str, columns: Mapping[str, str]) -> str:
    """Bare column names of one table (a check, an index, a default, a policy)."""
    if not _mentions(text, columns):
        return text
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.name in columns and _is_bare_column(toks, i):
            toks[i] = _new(tok, columns[tok.text if tok.name is None else tok.name])
    return "".join(t.text for t in toks)


def _is_bare_column(toks: list[Tok], i: int) -> bool:
    before, after = _sig(toks, i, -1), _sig(toks, i, 1)
    if _word(toks, before) in (".", "::", "as") or _word(toks, after) in ("(", "."):
        return False
    return True


def rename_references(text: str, columns: Mapping[str, str]) -> str:
    """The referenced columns of a foreign key: REFERENCES t(a, b)."""
    if not _mentions(text, columns):
        return text
    toks = tokens(text)
    state = 0  # 0 before REFERENCES, 1 before its "(", 2 inside, 3 after
    for i, tok in enumerate(toks):
        if state == 0 and tok.text.upper() == "REFERENCES":
            state = 1
        elif state == 1 and tok.text == "(":
            state = 2
        elif state == 2 and tok.text == ")":
            state = 3
        elif state == 2 and tok.name in columns:
            toks[i] = _new(tok, columns[tok.text if tok.name is None else tok.name])
    return "".join(t.text for t in toks)


def split_own_key(text: str) -> tuple[str, str]:
    """A foreign key's text cut before REFERENCES: its own columns, the referenced part."""
    at = next((m.start() for m in re.finditer(r"\bREFERENCES\b", text)
               if text[:m.start()].count("'") % 2 == 0), len(text))
    return text[:at], text[at:]


def rename_relations(text: str, schema: str, relations: Mapping[str, str],
                     qualified_only: bool = False) -> str:
    """Relations of one schema, qualified (schema.old) or where a relation stands.

    ``qualified_only``: leave a bare name alone (an index's ON names its
    table with the schema always).
    """
    return rewrite_view(text, schema, relations, {}, qualified_only)[0]


def rename_regclass(text: str, schema: str, relations: Mapping[str, str]) -> str:
    """'name'::regclass literals (a serial's nextval) naming a renamed relation."""
    if "regclass" not in text or not _mentions(text, relations):
        return text
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.kind != "str" or _word(toks, _sig(toks, i, 1)) != "::":
            continue
        if _word(toks, _sig(toks, _sig(toks, i, 1), 1)) != "regclass":
            continue
        parts = [t for t in tokens(tok.text[1:-1].replace("''", "'")) if t.kind != "ws"]
        names = [t.name for t in parts if t.name is not None]
        if len(names) == 1 and len(parts) == 1 and names[0] in relations:
            spelled = ident(relations[names[0]])
        elif (len(names) == 2 and len(parts) == 3 and names[0] == schema
              and names[1] in relations):
            spelled = f"{parts[0].text}.{ident(relations[names[1]])}"
        else:
            continue
        toks[i] = Tok("str", "'" + spelled.replace("'", "''") + "'")
    return "".join(t.text for t in toks)


def rewrite_view(text: str, schema: str, relations: Mapping[str, str],
                 columns: Mapping[str, Mapping[str, str]], qualified_only: bool = False,
                 ) -> tuple[str, bool]:
    """A view's text with renamed relations and their columns, as the server prints it.

    ``relations``: old -> new names in ``schema``; ``columns``: per relation
    (by its new name) old -> new column names. Returns the text, and whether
    every use of a renamed column was one this could follow (a qualified
    reference); False means the text may still name an old column.
    """
    if not _mentions(text, relations) and not any(_mentions(text, c) for c in columns.values()):
        return text, True
    toks = tokens(text)
    qualifiers: dict[str, Mapping[str, str]] = {}
    for i, tok in enumerate(toks):
        name = tok.name
        if name is None:
            continue
        before, after = _sig(toks, i, -1), _sig(toks, i, 1)
        dotted = _word(toks, before) == "."
        qualified = dotted and _name_at(toks, _sig(toks, before, -1)) == schema
        if dotted and not qualified:
            continue
        if name in relations and (qualified or (not qualified_only and (
                _word(toks, before) in _BEFORE_RELATION or _word(toks, after) == "."))):
            new = relations[name]
            toks[i] = _new(tok, new)
            if _word(toks, after) != ".":
                _note_alias(toks, after, new, columns, qualifiers)
        elif (name in columns and not qualified and _word(toks, before) in _BEFORE_RELATION
              and _word(toks, after) != "."):
            _note_alias(toks, after, name, columns, qualifiers)
    followed = _rename_qualified(toks, qualifiers)
    return "".join(t.text for t in toks), followed


def _note_alias(toks: list[Tok], after: int, relation: str,
                columns: Mapping[str, Mapping[str, str]],
                qualifiers: dict[str, Mapping[str, str]]) -> None:
    """Which qualifier names this relation's columns: its alias, else its name."""
    if relation not in columns:
        return
    alias = toks[after].name if 0 <= after < len(toks) else None
    if alias is not None and _word(toks, after) not in _NOT_ALIAS:
        qualifiers[alias] = columns[relation]
    else:
        qualifiers[relation] = columns[relation]


def rename_qualified(text: str, qualifiers: dict[str, Mapping[str, str]]) -> str:
    """q.column for the given qualifiers (a trigger's old. and new.)."""
    toks = tokens(text)
    _rename_qualified(toks, qualifiers)
    return "".join(t.text for t in toks)


def _rename_qualified(toks: list[Tok], qualifiers: dict[str, Mapping[str, str]]) -> bool:
    """q.column for each qualifier of a relation with renamed columns."""
    followed = True
    olds = {old for mapping in qualifiers.values() for old in mapping}
    for i, tok in enumerate(toks):
        if tok.name is None:
            continue
        before = _sig(toks, i, -1)
        owner = _name_at(toks, _sig(toks, before, -1)) if _word(toks, before) == "." else None
        mapping = qualifiers.get(owner) if owner is not None else None
        if mapping is not None and tok.name in mapping:
            _rename_entry(toks, i, tok.name, mapping[tok.name])
        elif owner is None and tok.name in olds and _is_bare_column(toks, i):
            followed = False  # a bare use: which relation's, this cannot tell
    return followed


def _rename_entry(toks: list[Tok], i: int, old: str, new: str) -> None:
    """A column reference renamed; as a whole select-list entry, its alias follows.

    The server prints ``AS name`` only when the view's column is named
    otherwise than the column it shows.
    """
    toks[i] = _new(toks[i], new)
    after = _sig(toks, i, 1)
    start = _sig(toks, _sig(toks, i, -1), -1)  # the qualifier
    lead = _word(toks, _sig(toks, start, -1))
    if lead not in ("select", ",", "distinct"):
        return
    if _word(toks, after) == "as":
        alias_at = _sig(toks, after, 1)
        if 0 <= alias_at < len(toks) and toks[alias_at].name == new:
            end = _sig(toks, alias_at, 1)
            if _word(toks, end) in (",", "from", ";", ")", ""):
                for j in range(i + 1, alias_at + 1):
                    toks[j] = Tok("ws", "")
    elif _word(toks, after) in (",", "from", ";", ")", ""):
        toks[i] = Tok(toks[i].kind, f"{toks[i].text} AS {ident(old)}")
