"""A plan as an Alembic revision file: ``upgrade()`` and ``downgrade()``.

Tables, columns and table comments are Alembic's own operations and render
the way autogenerate writes them (``op.create_table``, ``op.add_column``,
``op.alter_column`` with ``sa.`` types). An operation with a type that has
no exact SQLAlchemy spelling (see ``krakn.render.sa_types``), or a table
that is partitioned or inherits, is written as the SQL krakn would run
instead. krakn's own operations are ``op.execute(sa.text(...))``. The file
imports nothing but Alembic and SQLAlchemy.
"""

from __future__ import annotations

import copy
import datetime
import io
import logging
import os
import re
import tokenize
import uuid
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from alembic.autogenerate import renderers
from alembic.autogenerate.api import AutogenContext
from alembic.autogenerate.render import render_op_text
from alembic.migration import MigrationContext
from alembic.operations import MigrateOperation, ops
from alembic.script import ScriptDirectory
from alembic.script.revision import RevisionError
from alembic.util import CommandError
from mako.template import Template
from sqlalchemy import Column, Computed, Identity
from sqlalchemy.schema import DefaultClause
from sqlalchemy.sql.elements import TextClause

from krakn.db.urls import redact
from krakn.errors import UsageError
from krakn.ops.base import SQLOp
from krakn.ops.partitions import DropParentColumnOp
from krakn.plan.model import Plan, Step
from krakn.plan.rollback import reverse_plan
from krakn.render.describe import changes, not_restored
from krakn.render.pytext import sa_text
from krakn.render.renames import RenameColumnOp  # noqa: F401 - registers its renderers
from krakn.render.sa_types import python_type
from krakn.render.sql import _offline, step_sql
from krakn.types import CatalogType

log = logging.getLogger(__name__)

INDENT = "    "


@renderers.dispatch_for(SQLOp)
def render_sql_op(autogen_context: AutogenContext, op: SQLOp) -> str:
    # Revision files must run without krakn installed: plain op.execute(),
    # through sa.text() with its colons escaped, as Alembic would read a str.
    sa_prefix = autogen_context.opts.get("sqlalchemy_module_prefix") or "sa."
    op_prefix = autogen_context.opts.get("alembic_module_prefix") or "op."
    return "\n".join(f"{op_prefix}execute({sa_text(statement, sa_prefix)})"
                     for statement in op.statements())


@renderers.dispatch_for(DropParentColumnOp)
def render_drop_parent_column(autogen_context: AutogenContext, op: DropParentColumnOp) -> str:
    # Alembic's op.drop_column() would take the children's copies along.
    sa_prefix = autogen_context.opts.get("sqlalchemy_module_prefix") or "sa."
    op_prefix = autogen_context.opts.get("alembic_module_prefix") or "op."
    return "\n".join(f"{op_prefix}execute({sa_text(statement, sa_prefix)})"
                     for statement in op.statements())


_IDENTITY = ("always", "start", "increment", "minvalue", "maxvalue", "cycle", "cache")


@dataclass
class Revision:
    text: str
    held_back: list[tuple[Step, str]] = field(default_factory=list)


def _unescaped(clause: TextClause) -> str:
    # krakn.sqltext.verbatim() escapes every colon; sa_text() escapes only binds.
    return clause.text.replace("\\:", ":")


def _render_default(default: Any) -> str | None:
    arg = default.arg if isinstance(default, DefaultClause) else default
    if isinstance(arg, TextClause):
        return sa_text(_unescaped(arg))
    if isinstance(arg, str):
        return sa_text(arg)
    return None


def _render_column(col: Column[Any]) -> str | None:
    type_ = _type_of(col.type)
    if type_ is None:
        return None
    args = [repr(col.name), type_]
    identity = col.identity
    if isinstance(identity, Identity):
        opts = ", ".join(f"{k}={getattr(identity, k)!r}" for k in _IDENTITY
                         if getattr(identity, k, None) is not None)
        args.append(f"sa.Identity({opts})")
    computed = col.computed
    if isinstance(computed, Computed):
        expr = computed.sqltext
        text = _unescaped(expr) if isinstance(expr, TextClause) else str(expr)
        args.append(f"sa.Computed({sa_text(text)}, persisted={computed.persisted!r})")
    elif col.server_default is not None and identity is None:
        # SQLAlchemy keeps an Identity as the server default too.
        rendered = _render_default(col.server_default)
        if rendered is None:
            return None
        args.append(f"server_default={rendered}")
    args.append(f"nullable={col.nullable!r}")
    if col.comment is not None:
        args.append(f"comment={col.comment!r}")
    return f"sa.Column({', '.join(args)})"


def _type_of(type_: Any) -> str | None:
    if isinstance(type_, CatalogType):
        return python_type(type_.spec, type_.collation)
    return None


def _render_item(kind: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    if kind == "type":
        return _type_of(obj) or False
    if kind == "server_default":
        return (_render_default(obj) if obj is not None else None) or False
    if kind == "column":
        return _render_column(obj) or False
    return False


def _native(op: MigrateOperation) -> bool:
    """Whether Alembic's own rendering of an operation is exact."""
    if isinstance(op, ops.CreateTableOp):
        # PARTITION BY and INHERITS have no op.* spelling krakn trusts.
        return not op.kw and all(_render_column(c) is not None for c in op.columns
                                 if isinstance(c, Column))
    if isinstance(op, ops.AddColumnOp):
        return _render_column(op.column) is not None
    if isinstance(op, ops.AlterColumnOp):
        types = [t for t in (op.modify_type, op.existing_type) if t is not None]
        return all(_type_of(t) is not None for t in types)
    return True


def _for_rendering(op: MigrateOperation) -> MigrateOperation:
    existing = getattr(op, "existing_server_default", None)
    if isinstance(op, ops.AlterColumnOp) and isinstance(existing, TextClause):
        # Alembic tests the existing default for truth, which a bare
        # TextClause refuses; a DefaultClause says the same.
        op = copy.copy(op)
        op.existing_server_default = DefaultClause(existing)
    return op


class _Renderer:
    def __init__(self) -> None:
        context = MigrationContext.configure(dialect_name="postgresql")
        self.autogen = AutogenContext(context, opts={
            "sqlalchemy_module_prefix": "sa.",
            "alembic_module_prefix": "op.",
            "render_item": _render_item,
            "user_module_prefix": None,
        }, autogenerate=False)
        self.operations, self.buf = _offline()

    def code(self, step: Step) -> str:
        """Python for one step; empty when it has no SQL at all."""
        op = step.op
        if isinstance(op, SQLOp) and not op.statements():
            return ""
        if isinstance(op, SQLOp) or _native(op):
            code = render_op_text(self.autogen, _for_rendering(op))
            using = op.kw.get("postgresql_using") if isinstance(op, ops.AlterColumnOp) else None
            if using:
                # Alembic's renderer leaves dialect options out; the cast matters.
                code = f"{code[:-1]},\n{' ' * 11}postgresql_using={using!r})"
            return code
        # The SQL krakn's own script would run, so the file stays exact.
        # SQLAlchemy ends each column line of CREATE TABLE with ", ": trailing
        # blanks that linters flag and PostgreSQL ignores.
        sql = step_sql(step, self.operations, self.buf).replace(", \n", ",\n")
        return f"op.execute({sa_text(sql)})"


def _what(step: Step) -> str:
    return "; ".join(c.message for c in changes(step.op)) or step.reason


def _comment(text: str, lead: str = "") -> str:
    # A definition quoted in a message may span lines; a comment may not.
    return "# " + lead + " ".join(text.split())


def indent(code: str, prefix: str = INDENT) -> str:
    """Indent Python code, but never inside a multi-line string (its SQL)."""
    inside: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(code).readline):
        if tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
            inside.update(range(tok.start[0] + 1, tok.end[0] + 1))
    return "\n".join(line if n in inside or not line else prefix + line
                     for n, line in enumerate(code.split("\n"), start=1))


def _body(steps: list[Step], renderer: _Renderer, force: bool, downgrade: bool) -> str:
    chunks: list[str] = []
    for step in steps:
        if step.destructive and not force:
            continue
        code = renderer.code(step)
        lines = []
        note = not_restored(step) if downgrade else ""
        if note:
            lines.append(_comment(f"not exact, its data is not restored: {note}"))
        if not code:
            lines.append(_comment(f"not migrated: {_what(step)}"))
        elif step.outside_transaction:
            # PostgreSQL cannot use a new enum value in the transaction
            # that added it: committed on its own, as the SQL script does.
            lines += ["with op.get_context().autocommit_block():", indent(code)]
        else:
            lines.append(code)
        chunks.append("\n".join(lines))
    return indent("\n".join(chunks) if chunks else "pass")


def _notes(back: Plan, force: bool, held: list[tuple[Step, str]]) -> list[str]:
    out: list[str] = []
    if held:
        out.append("# Left out of upgrade() and downgrade(): they can lose data "
                   "(krakn migrate --force writes them).")
        out += [_comment(f"needs --force ({step.reason}): {what}", "  ") for step, what in held]
    inexact = [note for s in back.steps if (note := not_restored(s))] if force else []
    if inexact:
        if out:
            out.append("#")
        out.append("# downgrade() restores the schema but not the data these lose:")
        out += [_comment(what, "  ") for what in inexact]
    return out


def _imports(body: str) -> list[str]:
    """Only what the file uses, so linters find nothing unused."""
    used: set[str] = set()
    tokens = list(tokenize.generate_tokens(io.StringIO(body).readline))
    for tok, nxt in zip(tokens, tokens[1:], strict=False):
        if tok.type == tokenize.NAME and nxt.string == ".":
            used.add(tok.string)
    # In isort's order: plain imports first, then from-imports by module.
    out = ["import sqlalchemy as sa"] if "sa" in used else []
    if "op" in used:
        out.append("from alembic import op")
    if "postgresql" in used:
        out.append("from sqlalchemy.dialects import postgresql")
    return out


def template() -> Template:
    source = resources.files("alembic_templates").joinpath("script.py.mako").read_text("utf-8")
    return Template(source)


def render_revision(plan: Plan, *, force: bool, message: str, rev_id: str,
                    down_revision: str | None, generator: str,
                    now: datetime.datetime | None = None) -> Revision:
    """The whole revision file for a plan."""
    renderer = _Renderer()
    # A step without words (a sequence going with its column) goes with
    # the change that names it.
    held = [(s, what) for s in plan.steps if s.destructive and not force
            and (what := "; ".join(c.message for c in changes(s.op)))]
    upgrades = _body(plan.steps, renderer, force, downgrade=False)
    back = reverse_plan(plan)
    downgrades = _body(back.steps, renderer, force, downgrade=True)
    now = now or datetime.datetime.now(datetime.timezone.utc)
    text = template().render(
        message=" ".join(message.split()).replace("\\", "/").replace('"', "'"),
        up_revision=rev_id,
        down_revision=down_revision,
        create_date=now.strftime("%Y-%m-%d %H:%M:%S.%f"),
        generator=redact(generator),  # it names the databases
        notes=_notes(back, force, held),
        imports=_imports(upgrades + "\n" + downgrades),
        upgrades=upgrades,
        downgrades=downgrades,
    )
    return Revision(text.rstrip("\n") + "\n", held)


def versions_dir(path: str) -> str:
    """Where the revision goes: the folder given, or an env's versions/."""
    if not os.path.isdir(path):
        raise UsageError(f"--output {path}: no such directory (with --format alembic it "
                         "is a folder of Alembic revisions, such as an env's versions/)")
    versions = os.path.join(path, "versions")
    if os.path.isfile(os.path.join(path, "env.py")) and os.path.isdir(versions):
        return versions
    return path


def read_head(directory: str, rev_id: str) -> str | None:
    """The revision the new one follows, read with Alembic's own revision map."""
    script = ScriptDirectory(directory, version_locations=[directory])
    try:
        heads = script.get_heads()
        known = {rev.revision for rev in script.walk_revisions()}
    except (CommandError, RevisionError) as exc:
        raise UsageError(f"--output {directory}: cannot read its revisions: {exc}") from None
    if len(heads) > 1:
        raise UsageError(f"--output {directory} has several heads ({', '.join(sorted(heads))})"
                         ": merge them first (alembic merge heads)")
    if rev_id in known:
        raise UsageError(f"--rev-id {rev_id}: {directory} already has that revision")
    return heads[0] if heads else None


def file_name(rev_id: str, message: str) -> str:
    # Alembic's default file name: the id, then the message as a short slug.
    slug = re.sub(r"\W+", "_", message.lower()).strip("_")[:40].rstrip("_")
    return f"{rev_id}_{slug}.py"


def check_rev_id(rev_id: str | None) -> str:
    if rev_id is None:
        return uuid.uuid4().hex[-12:]  # as Alembic makes them
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", rev_id):
        raise UsageError(f"--rev-id {rev_id!r}: use letters, digits, '_', '-' or '.'")
    return rev_id
