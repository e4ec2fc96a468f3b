"""Aggregates (CREATE AGGREGATE), read in bulk and written back as a statement.

PostgreSQL has no ``pg_get_functiondef`` for an aggregate, so the statement
is put together from ``pg_aggregate``: support functions by schema and name,
state types by ``format_type``, INITCOND as a literal (an empty string is a
value, distinct from none). Two aggregates are compared on that statement.
Objects an extension owns are left out; a C window function (prokind 'w')
cannot be made from SQL and is left out too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from krakn.catalog.filters import comment_of, not_extension
from krakn.db.query import Query
from krakn.quoting import literal, qualify

log = logging.getLogger(__name__)

# (schema, name, input argument types): the same identity as a routine's.
AggregateKey = tuple[str, str, str]


def _fn(column: str) -> str:
    """SQL: a support function's schema and name, NULL when there is none."""
    return (f"(SELECT ARRAY[fn.nspname::text, fp.proname::text] FROM pg_proc fp "
            f"JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = {column})")


def _type(column: str) -> str:
    return f"CASE WHEN {column} <> 0 THEN format_type({column}, NULL) END"


AGGREGATES_SQL = f"""
SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes),
       pg_get_function_identity_arguments(p.oid), pg_get_function_arguments(p.oid),
       a.aggkind, {_fn('a.aggtransfn')}, {_type('a.aggtranstype')}, a.aggtransspace,
       {_fn('a.aggfinalfn')}, a.aggfinalextra, a.aggfinalmodify,
       {_fn('a.aggcombinefn')}, {_fn('a.aggserialfn')}, {_fn('a.aggdeserialfn')},
       a.agginitval, {_fn('a.aggmtransfn')}, {_fn('a.aggminvtransfn')},
       {_type('a.aggmtranstype')}, a.aggmtransspace, {_fn('a.aggmfinalfn')},
       a.aggmfinalextra, a.aggmfinalmodify, a.aggminitval,
       CASE WHEN a.aggsortop <> 0 THEN
         (SELECT quote_ident(on_.nspname) || '.' || o.oprname FROM pg_operator o
          JOIN pg_namespace on_ ON on_.oid = o.oprnamespace WHERE o.oid = a.aggsortop) END,
       p.proparallel, {comment_of('p.oid', 'pg_proc')}
FROM pg_aggregate a
JOIN pg_proc p ON p.oid = a.aggfnoid
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prokind = 'a' AND n.nspname = ANY(%(schemas)s)
  AND {not_extension('p.oid', 'pg_proc')}
"""

_MODIFY = {"r": "READ_ONLY", "s": "SHAREABLE", "w": "READ_WRITE"}
_PARALLEL = {"s": "SAFE", "r": "RESTRICTED"}


@dataclass(frozen=True)
class Aggregate:
    schema: str
    name: str
    argtypes: str  # input argument types, as a routine's key has them
    identity: str  # as DROP and COMMENT want them ("" for an aggregate of *)
    definition: str  # a complete CREATE AGGREGATE statement
    comment: str | None

    @property
    def key(self) -> AggregateKey:
        return (self.schema, self.name, self.argtypes)

    @property
    def signature(self) -> str:
        """How DROP and COMMENT name it."""
        return f"AGGREGATE {qualify(self.schema, self.name)}({self.identity or '*'})"


def _fn_name(parts: list[str] | None) -> str | None:
    return qualify(parts[0], parts[1]) if parts else None


def _options(row: tuple) -> list[str]:
    """The aggregate's options, in CREATE AGGREGATE's words, for one catalog row."""
    (kind, sfunc, stype, sspace, ffunc, fextra, fmodify, combine, serial, deserial, init,
     msfunc, minv, mstype, msspace, mffunc, mfextra, mfmodify, minit, sortop,
     parallel) = row
    # Defaults: READ_WRITE for an ordered-set aggregate's final function,
    # READ_ONLY otherwise; PostgreSQL says so only when it differs.
    plain_modify = "w" if kind in ("o", "h") else "r"
    out = [f"SFUNC = {_fn_name(sfunc)}", f"STYPE = {stype}"]
    out += [f"SSPACE = {sspace}"] if sspace else []
    if ffunc:
        out.append(f"FINALFUNC = {_fn_name(ffunc)}")
        out += ["FINALFUNC_EXTRA"] if fextra else []
        out += [f"FINALFUNC_MODIFY = {_MODIFY[fmodify]}"] if fmodify != plain_modify else []
    for word, fn in (("COMBINEFUNC", combine), ("SERIALFUNC", serial),
                     ("DESERIALFUNC", deserial)):
        out += [f"{word} = {_fn_name(fn)}"] if fn else []
    out += [f"INITCOND = {literal(init)}"] if init is not None else []
    if msfunc:
        out += [f"MSFUNC = {_fn_name(msfunc)}", f"MINVFUNC = {_fn_name(minv)}",
                f"MSTYPE = {mstype}"]
        out += [f"MSSPACE = {msspace}"] if msspace else []
        if mffunc:
            out.append(f"MFINALFUNC = {_fn_name(mffunc)}")
            out += ["MFINALFUNC_EXTRA"] if mfextra else []
            out += [f"MFINALFUNC_MODIFY = {_MODIFY[mfmodify]}"] if mfmodify != "r" else []
        out += [f"MINITCOND = {literal(minit)}"] if minit is not None else []
    out += [f"SORTOP = OPERATOR({sortop})"] if sortop else []
    out += [f"PARALLEL = {_PARALLEL[parallel]}"] if parallel in _PARALLEL else []
    out += ["HYPOTHETICAL"] if kind == "h" else []
    return out


def read_aggregates(query: Query, schemas: list[str]) -> dict[AggregateKey, Aggregate]:
    """The user's aggregates in the given schemas, each with its CREATE statement."""
    found: dict[AggregateKey, Aggregate] = {}
    for row in query(AGGREGATES_SQL, {"schemas": schemas}):
        schema, name, argtypes, identity, arguments = row[:5]
        options = ",\n    ".join(_options(tuple(row[5:26])))
        args = arguments or "*"
        definition = (f"CREATE AGGREGATE {qualify(schema, name)}({args}) (\n"
                      f"    {options}\n)")
        agg = Aggregate(schema, name, argtypes, identity, definition, row[26])
        found[agg.key] = agg
    log.debug("aggregates: %d", len(found))
    return found
