"""The options commands share, as click declares them, and their conversion
(once per run) into the plain data the API takes.

Each command stacks what it needs in the order --help lists it; the help
texts, names and environment variables here are part of krakn's interface.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from krakn.cli.output import setup_logging
from krakn.cli.profiles import PROFILE_OPTIONS
from krakn.db.database import Database
from krakn.db.urls import secrets_in
from krakn.errors import UsageError
from krakn.inputs import Input
from krakn.names import TableName
from krakn.options import CompareOptions, Reference, Renames, RowFilter, Subset

F = TypeVar("F", bound=Callable[..., Any])

# diff and migrate: what --from and --to mean for a comparison.
SCHEMA_FROM_HELP = ("The schema wanted: a database URL, a .sql file, a folder of .sql files "
                    "or a snapshot .json (env KRAKN_FROM).")
SCHEMA_TO_HELP = ("The schema to compare or change, given the same ways as --from "
                  "(env KRAKN_TO).")
SCRATCH = click.option(
    "--scratch", metavar="URL", envvar="KRAKN_SCRATCH",
    help="A server where krakn may create and drop a temporary database, to load .sql "
         "inputs into (env KRAKN_SCRATCH). Default: the embedded PostgreSQL.")


def stack(*options: Callable[[Any], Any]) -> Callable[[F], F]:
    """The options as one decorator, listed by --help in the order given."""

    def apply(fn: F) -> F:
        for option in reversed(options):
            fn = option(fn)
        return fn

    return apply


def connection_options(source_help: str, target_help: str) -> list[Callable[[Any], Any]]:
    """--from and --to (env KRAKN_FROM, KRAKN_TO); each command says what they are to it."""
    return [
        click.option("--from", "source", envvar="KRAKN_FROM", metavar="URL", help=source_help),
        click.option("--to", "target", envvar="KRAKN_TO", metavar="URL", help=target_help),
    ]


def logging_options(verbose_help: str = "Say more.") -> list[Callable[[Any], Any]]:
    """--debug, -v and -q."""
    return [
        click.option("--debug", is_flag=True, help="Show tracebacks and the SQL krakn runs."),
        click.option("-v", "--verbose", count=True, help=verbose_help),
        click.option("-q", "--quiet", is_flag=True, help="Say only errors."),
    ]


COLOR = click.option(
    "--color", type=click.Choice(["auto", "always", "never"]), default="auto",
    show_default=True, help="Colour output (auto: only on a terminal).")

SCHEMA = click.option(
    "--schema", "schemas", multiple=True, metavar="NAME",
    help="Only this schema (repeatable). Default: every user schema.")
EXCLUDE_SCHEMA = click.option(
    "--exclude-schema", "exclude", multiple=True, metavar="NAME",
    help="Leave this schema out (repeatable).")
WITH_PRIVILEGES = click.option(
    "--with-privileges", "privileges", is_flag=True,
    help="Also compare GRANTs on tables, views, sequences, columns, routines and schemas.")
WITH_OWNERS = click.option(
    "--with-owners", "owners", is_flag=True,
    help="Also compare the owners of tables, views, sequences, routines, schemas and types.")
VERSION_TABLE = click.option(
    "--version-table", metavar="NAME", default="alembic_version", show_default=True,
    help="Alembic's version table, never compared (alembic_version always is).")

# What diff and migrate share, before their own options (--version-table comes last).
schema_command_options = stack(
    *connection_options(SCHEMA_FROM_HELP, SCHEMA_TO_HELP), *PROFILE_OPTIONS,
    SCRATCH, SCHEMA, EXCLUDE_SCHEMA, COLOR, WITH_PRIVILEGES, WITH_OWNERS,
    *logging_options())


@dataclass(frozen=True)
class Run:
    """What every command takes: the two databases, and how much to say."""

    source: str | None
    target: str | None
    debug: bool
    verbose: int
    quiet: bool

    @classmethod
    def of(cls, params: Mapping[str, Any]) -> Run:
        return cls(params["source"], params["target"], bool(params["debug"]),
                   int(params["verbose"]), bool(params["quiet"]))

    def databases(self, command: str = "this command") -> tuple[Database, Database]:
        """Logging set up (passwords hidden), then both URLs checked; files refused."""
        from krakn.inputs import databases_only

        databases_only(self.inputs(), command)
        return Database.from_raw(self.source, "--from"), Database.from_raw(self.target, "--to")

    def inputs(self) -> tuple[Input, Input]:
        """Logging set up (passwords hidden), then what --from and --to name."""
        from krakn.inputs import classify

        setup_logging(self.debug, self.verbose, self.quiet,
                      secrets_in(self.source) + secrets_in(self.target))
        return classify(self.source, "--from"), classify(self.target, "--to")


def compare_options(params: Mapping[str, Any]) -> CompareOptions:
    """diff's and migrate's selection, as the API takes it."""
    return CompareOptions(
        schemas=tuple(params["schemas"]), exclude_schemas=tuple(params["exclude"]),
        privileges=bool(params["privileges"]), owners=bool(params["owners"]),
        version_tables=(params["version_table"],),
        renames=params.get("renames") or Renames())


def schema_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """diff's and migrate's parameters with --profile's values in (and its renames)."""
    from krakn.cli.profiles import renames, with_profile

    merged, profile = with_profile(params, {"exclude_schemas": "exclude"})
    merged["renames"] = renames(profile)
    return merged



# sync-data's and verify's row selection (a profile's where, subset and references).
row_filter_options = stack(
    click.option("--where", "where", multiple=True, metavar="TABLE:SQL",
                 help="Only TABLE's rows where SQL holds (over the --from row; "
                      "repeatable). Rows whose parent is filtered out are left out too."),
    click.option("--subset-root", metavar="TABLE",
                 help="Only a foreign-key closure: TABLE's rows matching --subset-where, "
                      "their descendants, and every loaded row's parents; other tables "
                      "stay empty."),
    click.option("--subset-where", metavar="SQL", default="true",
                 help="Which rows of --subset-root start the subset (default: all)."),
    click.option("--reference", "references", multiple=True,
                 metavar="TABLE.COL:TABLE.COL",
                 help="A foreign key the schema does not declare, followed like one "
                      "(child first; repeatable)."))


def row_filter(params: Mapping[str, Any]) -> RowFilter:
    """--where, --subset-root/--subset-where and --reference as a RowFilter."""
    from krakn.sync import parse_names

    where = []
    for value in params["where"]:
        table, _sep, sql = value.partition(":")
        if not sql.strip():
            raise UsageError(f"--where {value!r}: write TABLE:SQL")
        where.append((parse_names((table,), "--where")[0], sql))
    subset = None
    if params["subset_root"]:
        subset = Subset(parse_names((params["subset_root"],), "--subset-root")[0],
                        params["subset_where"])
    return RowFilter(tuple(where), subset, tuple(_reference(v) for v in params["references"]))


def _reference(value: str) -> Reference:
    from krakn.names import BadName, split_name

    child, _sep, parent = value.partition(":")
    ends = []
    for side in (child, parent):
        try:
            parts = [p.text for p in split_name(side.strip())]
        except BadName as exc:
            raise UsageError(f"--reference {value!r}: {exc}") from None
        if len(parts) not in (2, 3):
            raise UsageError(f"--reference {value!r}: write TABLE.COLUMN:TABLE.COLUMN")
        table = TableName(*parts[:-1]) if len(parts) == 3 else TableName("public", parts[0])
        ends.append((table, (parts[-1],)))
    return Reference(ends[0][0], ends[0][1], ends[1][0], ends[1][1], key=child.strip())


def table_names(values: tuple[Any, ...], option: str) -> tuple[TableName, ...]:
    """A flag's names parsed; a profile's come parsed already."""
    from krakn.sync import parse_names

    if all(isinstance(v, TableName) for v in values):
        return tuple(values)
    return tuple(parse_names(values, option))
