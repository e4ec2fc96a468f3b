"""Extended statistics (CREATE STATISTICS), with their statistics target.

A changed definition is dropped and created again; a changed target alone
is ALTER STATISTICS ... SET STATISTICS. They go early (before a column
they use is dropped, which would take them along) and come back after
indexes.
"""

from __future__ import annotations

from krakn.catalog.statistics import Statistics
from krakn.ops.base import Change, SQLOp, display, literal, qualify
from krakn.ops.phases import Phase


def _name(s: Statistics) -> str:
    return qualify(s.schema, s.name)


def _target(s: Statistics) -> str:
    return f"ALTER STATISTICS {_name(s)} SET STATISTICS {s.target}"


def _comment(s: Statistics) -> str:
    return f"COMMENT ON STATISTICS {_name(s)} IS {literal(s.comment)}"


def _change(sign: str, verb: str, s: Statistics, **details: object) -> Change:
    return Change(sign, "statistics", f"{verb} statistics '{display(s.schema, s.name)}'",
                  s.schema, s.table, s.name, dict(details))


class CreateStatisticsOp(SQLOp):
    phase = Phase.CREATE_STATISTICS

    def __init__(self, stats: Statistics, replaces: Statistics | None = None,
                 rebuild: bool = False) -> None:
        self.stats = stats
        self.replaces = replaces
        self.rebuild = rebuild  # made again only around a retyped column

    def statements(self) -> list[str]:
        s = self.stats
        out = [s.definition]
        out += [_target(s)] if s.target != -1 else []
        out += [_comment(s)] if s.comment is not None else []
        return out

    def reverse(self) -> DropStatisticsOp:
        return DropStatisticsOp(self.stats, replaced=self.rebuild)

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        s = self.stats
        if self.replaces is not None:
            return [_change("~", "Changed", s, old=self.replaces.definition,
                            new=s.definition)]
        return [_change("+", "Added", s, definition=s.definition)]

    def sort_key(self) -> tuple[str, ...]:
        return self.stats.key


class DropStatisticsOp(SQLOp):
    phase = Phase.DROP_STATISTICS

    def __init__(self, stats: Statistics, replaced: bool = False) -> None:
        self.stats = stats
        self.replaced = replaced

    def statements(self) -> list[str]:
        return [f"DROP STATISTICS {_name(self.stats)}"]

    def reverse(self) -> CreateStatisticsOp:
        return CreateStatisticsOp(self.stats, rebuild=self.replaced)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []
        return [_change("-", "Removed", self.stats)]

    def sort_key(self) -> tuple[str, ...]:
        return self.stats.key


class AlterStatisticsOp(SQLOp):
    """The statistics target, or the comment, of statistics that stay."""

    phase = Phase.COMMENTS

    def __init__(self, stats: Statistics, existing: Statistics) -> None:
        self.stats = stats
        self.existing = existing

    def statements(self) -> list[str]:
        new, old = self.stats, self.existing
        out = [_target(new)] if new.target != old.target else []
        out += [_comment(new)] if new.comment != old.comment else []
        return out

    def reverse(self) -> AlterStatisticsOp:
        return AlterStatisticsOp(self.existing, self.stats)

    def describe(self) -> list[Change]:
        new, old = self.stats, self.existing
        out = []
        if new.target != old.target:
            out.append(_change("~", "Changed target of", new, old=old.target, new=new.target))
        if new.comment != old.comment:
            out.append(Change("~", "comment", f"Changed comment on statistics "
                              f"'{display(new.schema, new.name)}'", new.schema, new.table,
                              new.name, {"old": old.comment, "new": new.comment}))
        return out

    def sort_key(self) -> tuple[str, ...]:
        return self.stats.key
