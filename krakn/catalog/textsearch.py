"""Text-search dictionaries and configurations of the selected schemas.

A dictionary is its template and its options; a configuration is its parser
and, for each token type, the dictionaries it is looked up in, in order.
A template is its functions (init, lexize), a parser its five (start,
gettoken, end, lextypes, headline): C functions, PostgreSQL's own or an
extension's, each as its schema and name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query

DictKey = tuple[str, str]

DICTIONARIES_SQL = f"""
SELECT n.nspname, td.dictname, tn.nspname, t.tmplname, td.dictinitoption,
       {comment_of('td.oid', 'pg_ts_dict')},
       EXISTS (SELECT 1 FROM pg_depend u WHERE u.refclassid = 'pg_ts_dict'::regclass
               AND u.refobjid = td.oid AND u.deptype = 'n'
               AND u.classid <> 'pg_ts_config'::regclass)
FROM pg_ts_dict td
JOIN pg_namespace n ON n.oid = td.dictnamespace
JOIN pg_ts_template t ON t.oid = td.dicttemplate
JOIN pg_namespace tn ON tn.oid = t.tmplnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('td.oid', 'pg_ts_dict')}
"""

CONFIGURATIONS_SQL = f"""
SELECT n.nspname, c.cfgname, pn.nspname, p.prsname, {comment_of('c.oid', 'pg_ts_config')},
       EXISTS (SELECT 1 FROM pg_depend u WHERE u.refclassid = 'pg_ts_config'::regclass
               AND u.refobjid = c.oid AND u.deptype = 'n')
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_ts_config')}
"""

MAPPINGS_SQL = f"""
SELECT n.nspname, c.cfgname,
       (SELECT tt.alias FROM ts_token_type(c.cfgparser) tt WHERE tt.tokid = m.maptokentype),
       dn.nspname, md.dictname
FROM pg_ts_config_map m
JOIN pg_ts_config c ON c.oid = m.mapcfg
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_dict md ON md.oid = m.mapdict
JOIN pg_namespace dn ON dn.oid = md.dictnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('c.oid', 'pg_ts_config')}
ORDER BY n.nspname, c.cfgname, m.maptokentype, m.mapseqno
"""


def _fn(column: str) -> str:
    """The schema and name of the function a column points at (NULLs for none)."""
    return (f"(SELECT pn.nspname FROM pg_proc pp JOIN pg_namespace pn ON pn.oid = "
            f"pp.pronamespace WHERE pp.oid = {column}), "
            f"(SELECT pp.proname FROM pg_proc pp WHERE pp.oid = {column})")


TEMPLATES_SQL = f"""
SELECT n.nspname, t.tmplname, {_fn('t.tmplinit')}, {_fn('t.tmpllexize')},
       {comment_of('t.oid', 'pg_ts_template')}
FROM pg_ts_template t
JOIN pg_namespace n ON n.oid = t.tmplnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('t.oid', 'pg_ts_template')}
"""

PARSERS_SQL = f"""
SELECT n.nspname, p.prsname, {_fn('p.prsstart')}, {_fn('p.prstoken')}, {_fn('p.prsend')},
       {_fn('p.prslextype')}, {_fn('p.prsheadline')}, {comment_of('p.oid', 'pg_ts_parser')}
FROM pg_ts_parser p
JOIN pg_namespace n ON n.oid = p.prsnamespace
WHERE n.nspname = ANY(%(schemas)s) AND {not_extension('p.oid', 'pg_ts_parser')}
"""

# dictinitoption as PostgreSQL writes it: name = 'value', ...
_OPTION = re.compile(r"\s*([A-Za-z_][A-Za-z_0-9]*)\s*=\s*('(?:[^']|'')*'|[^,]+?)\s*(?:,|$)")


@dataclass(frozen=True)
class Dictionary:
    schema: str
    name: str
    template: tuple[str, str]
    options: tuple[tuple[str, str], ...]  # (name, value as SQL writes it)
    comment: str | None
    # Something but a configuration uses it (an index, a column's default).
    used: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Configuration:
    schema: str
    name: str
    parser: tuple[str, str]
    # Each token type, and the dictionaries it goes through in order.
    mappings: tuple[tuple[str, tuple[DictKey, ...]], ...]
    comment: str | None
    # An index, a generated column or a default uses it.
    used: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Template:
    schema: str
    name: str
    # (option, schema, function) in CREATE's order: INIT (optional), LEXIZE.
    functions: tuple[tuple[str, str, str], ...]
    comment: str | None
    # A dictionary or configuration on it is used and goes only with --force
    # (set by krakn.compare.textsearch): its drop waits too.
    used: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Parser:
    schema: str
    name: str
    # (option, schema, function): START, GETTOKEN, END, LEXTYPES, HEADLINE (optional).
    functions: tuple[tuple[str, str, str], ...]
    comment: str | None
    # A dictionary or configuration on it is used and goes only with --force
    # (set by krakn.compare.textsearch): its drop waits too.
    used: bool = field(default=False, compare=False)


@dataclass
class TextSearchSnapshot:
    dictionaries: dict[DictKey, Dictionary] = field(default_factory=dict)
    configurations: dict[DictKey, Configuration] = field(default_factory=dict)
    templates: dict[DictKey, Template] = field(default_factory=dict)
    parsers: dict[DictKey, Parser] = field(default_factory=dict)


def parse_options(text: str | None) -> tuple[tuple[str, str], ...]:
    """dictinitoption's list as (name, value) pairs; the values kept as written."""
    if not text:
        return ()
    return tuple((m.group(1).lower(), m.group(2)) for m in _OPTION.finditer(text))


TEMPLATE_OPTIONS = ("INIT", "LEXIZE")
PARSER_OPTIONS = ("START", "GETTOKEN", "END", "LEXTYPES", "HEADLINE")


def _functions(options: tuple[str, ...], row: tuple[object, ...],
               ) -> tuple[tuple[str, str, str], ...]:
    """(option, schema, name) of each function a row names, in CREATE's order."""
    out = []
    for i, option in enumerate(options):
        schema, name = row[2 * i], row[2 * i + 1]
        if isinstance(schema, str) and isinstance(name, str):
            out.append((option, schema, name))
    return tuple(out)


def read_templates_parsers(query: Query, snap: TextSearchSnapshot,
                           params: dict[str, list[str]]) -> None:
    for row in query(TEMPLATES_SQL, params):
        schema, name = row[0], row[1]
        snap.templates[(schema, name)] = Template(
            schema, name, _functions(TEMPLATE_OPTIONS, tuple(row[2:6])), row[6])
    for row in query(PARSERS_SQL, params):
        schema, name = row[0], row[1]
        snap.parsers[(schema, name)] = Parser(
            schema, name, _functions(PARSER_OPTIONS, tuple(row[2:12])), row[12])


def read_text_search(query: Query, schemas: list[str]) -> TextSearchSnapshot:
    params = {"schemas": schemas}
    snap = TextSearchSnapshot()
    read_templates_parsers(query, snap, params)
    for schema, name, tschema, tname, options, comment, used in query(DICTIONARIES_SQL, params):
        snap.dictionaries[(schema, name)] = Dictionary(
            schema, name, (tschema, tname), parse_options(options), comment, used)
    maps: dict[DictKey, dict[str, list[DictKey]]] = {}
    for schema, name, token, dschema, dname in query(MAPPINGS_SQL, params):
        maps.setdefault((schema, name), {}).setdefault(token, []).append((dschema, dname))
    for schema, name, pschema, pname, comment, used in query(CONFIGURATIONS_SQL, params):
        mapping = maps.get((schema, name), {})
        snap.configurations[(schema, name)] = Configuration(
            schema, name, (pschema, pname),
            tuple((token, tuple(dicts)) for token, dicts in mapping.items()), comment, used)
    return snap
