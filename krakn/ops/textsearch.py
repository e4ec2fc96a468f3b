"""Text-search dictionaries and configurations.

A dictionary's options change in place (``ALTER TEXT SEARCH DICTIONARY d
(opt = value, gone)``), a configuration's mappings too (``ADD``, ``ALTER``,
``DROP MAPPING``); a new template or parser makes it again. Templates and
parsers have nothing to alter but their comment: one whose functions change
is made again, with what uses it. Templates and parsers are made first,
then dictionaries, then the configurations that map to them; dropped the
other way round.
"""

from __future__ import annotations

from krakn.catalog.textsearch import Configuration, Dictionary, Parser, Template
from krakn.ops.base import qualify, quote
from krakn.ops.objects import SchemaObjectKind
from krakn.ops.phases import Phase


class DictionaryKind(SchemaObjectKind[Dictionary]):
    kind = "text search dictionary"
    sql_kind = "TEXT SEARCH DICTIONARY"
    create_phase = Phase.CREATE_TEXT_SEARCH
    drop_phase = Phase.DROP_TEXT_SEARCH
    rank = 2

    def definition(self, obj: Dictionary) -> list[str]:
        parts = [f"TEMPLATE = {qualify(*obj.template)}"]
        parts += [f"{quote(k)} = {v}" for k, v in obj.options]
        return [f"CREATE TEXT SEARCH DICTIONARY {self.target(obj)} ({', '.join(parts)})"]

    def alter(self, new: Dictionary, old: Dictionary) -> list[str] | None:
        if new.template != old.template:
            return None
        sql = []
        if new.options != old.options:
            after = dict(new.options)
            parts = [f"{quote(k)} = {v}" for k, v in new.options]
            parts += [quote(k) for k, _ in old.options if k not in after]
            sql.append(f"ALTER TEXT SEARCH DICTIONARY {self.target(new)} ({', '.join(parts)})")
        return sql + self.alter_comment(new, old)


class ConfigurationKind(SchemaObjectKind[Configuration]):
    kind = "text search configuration"
    sql_kind = "TEXT SEARCH CONFIGURATION"
    create_phase = Phase.CREATE_TEXT_SEARCH
    drop_phase = Phase.DROP_TEXT_SEARCH
    rank = 3

    def definition(self, obj: Configuration) -> list[str]:
        sql = [f"CREATE TEXT SEARCH CONFIGURATION {self.target(obj)} "
               f"(PARSER = {qualify(*obj.parser)})"]
        return sql + self._mappings(obj, {}, dict(obj.mappings))

    def _mappings(self, obj: Configuration, old: dict[str, tuple[tuple[str, str], ...]],
                  new: dict[str, tuple[tuple[str, str], ...]]) -> list[str]:
        """ADD, ALTER and DROP MAPPING from old's mappings to new's, token types
        that go to the same dictionaries in one statement."""
        head = f"ALTER TEXT SEARCH CONFIGURATION {self.target(obj)}"
        groups: dict[tuple[str, tuple[tuple[str, str], ...]], list[str]] = {}
        for token, dicts in new.items():
            if token not in old:
                groups.setdefault(("ADD", dicts), []).append(token)
            elif old[token] != dicts:
                groups.setdefault(("ALTER", dicts), []).append(token)
        sql = [f"{head} {verb} MAPPING FOR {', '.join(quote(t) for t in tokens)} "
               f"WITH {', '.join(qualify(*d) for d in dicts)}"
               for (verb, dicts), tokens in groups.items()]
        gone = [t for t in old if t not in new]
        if gone:
            sql.append(f"{head} DROP MAPPING FOR {', '.join(quote(t) for t in gone)}")
        return sql

    def alter(self, new: Configuration, old: Configuration) -> list[str] | None:
        if new.parser != old.parser:
            return None
        sql = self._mappings(new, dict(old.mappings), dict(new.mappings))
        return sql + self.alter_comment(new, old)


class _FunctionsKind(SchemaObjectKind[Template | Parser]):
    """A template or a parser: its functions, and a comment."""

    create_phase = Phase.CREATE_TEXT_SEARCH
    drop_phase = Phase.DROP_TEXT_SEARCH
    rank = 1

    def definition(self, obj: Template | Parser) -> list[str]:
        parts = [f"{option} = {qualify(schema, fn)}" for option, schema, fn in obj.functions]
        return [f"CREATE {self.sql_kind} {self.target(obj)} ({', '.join(parts)})"]

    def alter(self, new: Template | Parser, old: Template | Parser) -> list[str] | None:
        if new.functions != old.functions:
            return None
        return self.alter_comment(new, old)


class TemplateKind(_FunctionsKind):
    kind = "text search template"
    sql_kind = "TEXT SEARCH TEMPLATE"


class ParserKind(_FunctionsKind):
    kind = "text search parser"
    sql_kind = "TEXT SEARCH PARSER"


TEMPLATES = TemplateKind()
PARSERS = ParserKind()
DICTIONARIES = DictionaryKind()
CONFIGURATIONS = ConfigurationKind()
