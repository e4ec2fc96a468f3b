"""The flags a case folder asks for: ``tests/cases/<name>/flags``, if present.

One line of krakn options (``--with-privileges``, ``--with-owners``) that
every command the case tests run gets: migrate, its rollback, the diffs
before and after, the identical-copy check and the golden outputs.
"""

from __future__ import annotations

from pathlib import Path

ALLOWED = {"--with-privileges", "--with-owners"}


def flags_of(case: Path) -> tuple[str, ...]:
    """The case's flags, in the file's order; none without the file."""
    path = case / "flags"
    if not path.exists():
        return ()
    flags = tuple(path.read_text().split())
    unknown = set(flags) - ALLOWED
    assert not unknown, f"{path}: unknown flags {sorted(unknown)}"
    return flags
