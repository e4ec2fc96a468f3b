"""Names: a table's as the catalog spells it, and names as people write them.

One parser of PostgreSQL's identifier rules serves every place a user names
a table or column (sync-data's --tables, a profile's keys): an unquoted part
folds ASCII letters to lower case (as the server does for UTF-8) and must
be a plain identifier, a letter or _ first, then letters, digits, _ or $; a
"Quoted" part is taken as written ("" stands for one double quote) and may
hold dots, commas and blanks. A dot separates a name's parts, blanks around
a part do not count, and in a list a comma outside quotes separates names.
Where a flag and a profile once parsed names apart, the stricter rule won:
an empty name in a list and an unquoted part such as e-mail or 2fa are
errors in both.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from typing import Literal, NamedTuple

from krakn.quoting import qualify, quote


class TableName(NamedTuple):
    """A table's schema and name, exactly as the catalog has them."""

    schema: str
    name: str

    def __str__(self) -> str:
        return f"{self.schema}.{self.name}"

    @property
    def sql(self) -> str:
        return qualify(self.schema, self.name)


# What is wrong with a name, for callers that word their own messages (sync-data's).
Flaw = Literal["empty", "unbalanced", "dots", "adjacent", "unquoted", "parts"]


class BadName(ValueError):
    """A name that does not parse; str() says what to fix, flaw which rule it broke."""

    def __init__(self, text: str, detail: str, flaw: Flaw) -> None:
        super().__init__(text, detail, flaw)
        self.text, self.detail, self.flaw = text, detail, flaw

    def __str__(self) -> str:
        return f"{self.text.strip()!r}: {self.detail}" if self.text.strip() else "empty name"


class Part(NamedTuple):
    """One part of a dotted name, folded and unquoted; wildcard: a whole unquoted `*`."""

    text: str
    wildcard: bool = False


_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
# PostgreSQL's lexer: ident_start [A-Za-z\200-\377_], ident_cont adds 0-9 and $.
# Any non-ASCII character as [^\x00-\x7f]: the same set as \u0080-\U0010ffff,
# which re compiles fifty times slower (a hundredth of a second every start).
_UNQUOTED = re.compile(r"(?:[A-Za-z_]|[^\x00-\x7f])(?:[A-Za-z0-9_$]|[^\x00-\x7f])*")
_PLAIN = re.compile(r"[a-z_][a-z0-9_$]*")
# A quoted part, an unquoted one, blanks (the server's [ \t\n\r\f\v]: any other
# character may be a name's), a separator, a quote that never closes.
_LIST_TOKENS = re.compile(r'"((?:[^"]|"")*)"|([^",. \t\n\r\f\v]+)|([ \t\n\r\f\v]+)|([,.])|(")')
_NAME_TOKENS = re.compile(r'"((?:[^"]|"")*)"|([^". \t\n\r\f\v]+)|([ \t\n\r\f\v]+)|([.])|(")')
_BLANKS = " \t\n\r\f\v"
_NEEDS_QUOTES = ("needs double quotes (unquoted, a name starts with a letter or _ and holds "
                 "only letters, digits, _ and $)")


def split_names(text: str, *, wildcards: bool = False) -> list[list[Part]]:
    """The comma-separated names in text (`a,b."C",app."d,e"`), each as its parts."""
    return [parts for _raw, parts in _Lexer(text, _LIST_TOKENS, wildcards).names()]


def split_list(text: str) -> list[str]:
    """The comma-separated names in text, each as written (blanks around it dropped).

    Each is checked as split_names checks it, `*` parts allowed (the caller's
    own parser decides where they may stand): an empty name is an error,
    never "every table".
    """
    return [raw for raw, _parts in _Lexer(text, _LIST_TOKENS, True).names()]


def split_name(text: str, *, wildcards: bool = False) -> list[Part]:
    """One dotted name: a comma, like any character but a dot, belongs to its part."""
    return _Lexer(text, _NAME_TOKENS, wildcards).names()[0][1]


def spell(parts: Sequence[str]) -> str:
    """How to write a name so that it parses back as these parts: quoted only where needed."""
    return ".".join(p if _PLAIN.fullmatch(p) else quote(p) for p in parts)


class _Lexer:
    """PostgreSQL's rules for dotted names, token by token, failing at the first fault."""

    def __init__(self, text: str, tokens: re.Pattern[str], wildcards: bool) -> None:
        self.text, self.tokens, self.wildcards = text, tokens, wildcards
        self.found: list[tuple[str, list[Part]]] = []  # each name as written, and its parts
        self.parts: list[Part] = []
        self.start = 0  # where the current name's text starts
        self.last = ""  # the kind of the last token that counts: "part", "quoted" or "."

    def names(self) -> list[tuple[str, list[Part]]]:
        for token in self.tokens.finditer(self.text):
            quoted, bare, _blank, mark, stray = token.groups()
            if stray:
                raise self.bad("unclosed double quote", "unbalanced")
            if quoted is not None:
                self.part(quoted, quoted=True)
            elif bare is not None:
                self.part(bare, quoted=False)
            elif mark == ".":
                self.dot()
            elif mark == ",":
                self.end(token.start())
                self.start = token.end()
        self.end(len(self.text))
        return self.found

    def part(self, raw: str, *, quoted: bool) -> None:
        if self.last == "quoted":
            raise self.bad("expected '.' after a quoted name", "adjacent")
        if self.last == "part":
            raise self.bad("a double quote must enclose a whole part" if quoted else
                           f"a name holding blanks {_NEEDS_QUOTES}", "adjacent")
        if quoted:
            if not raw:
                raise self.bad('"" is an empty name', "empty")
            self.parts.append(Part(raw.replace('""', '"')))
        else:
            self.parts.append(self.unquoted(raw))
        self.last = "quoted" if quoted else "part"

    def unquoted(self, raw: str) -> Part:
        if raw == "*" and self.wildcards:
            return Part("*", True)
        if "*" in raw and self.wildcards:
            raise self.bad("'*' stands alone for a whole schema or table, not part of a name",
                           "unquoted")
        if not _UNQUOTED.fullmatch(raw):
            raise self.bad(f"{raw!r} {_NEEDS_QUOTES}", "unquoted")
        return Part(raw.translate(_FOLD))

    def dot(self) -> None:
        if self.last in ("", "."):
            raise self.bad("empty part between dots", "dots")
        self.last = "."

    def end(self, stop: int) -> None:
        """A comma or the end of the text: the name so far is complete."""
        if self.last == ".":
            raise self.bad("ends with '.'", "dots")
        if not self.parts:
            raise self.bad("empty name in the list", "empty")
        self.found.append((self.text[self.start:stop].strip(_BLANKS), self.parts))
        self.parts, self.last = [], ""

    def bad(self, detail: str, flaw: Flaw) -> BadName:
        return BadName(self.text, detail, flaw)
