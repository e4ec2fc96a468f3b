"""Round trips over the schema pairs in tests/cases/<name>/{source,target}.sql."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "source.sql").exists())

# Statements that lose data; without --force none may run uncommented.
DESTRUCTIVE = re.compile(
    r"^\s*(DROP\s+(TABLE|SCHEMA|TYPE|SEQUENCE|DOMAIN)|ALTER\s+TABLE\s.*\sDROP\s+COLUMN)",
    re.IGNORECASE | re.MULTILINE,
)


@pytest.fixture(scope="module")
def source_of(make_module_db):
    """Each case's source database, loaded once: krakn only ever reads it."""
    loaded = {}

    def get(case: Path):
        if case.name not in loaded:
            db = make_module_db()
            db.load((case / "source.sql").read_text())
            loaded[case.name] = db
        return loaded[case.name]

    return get


def _load_pair(case: Path, source_of, make_db):
    tgt = make_db()
    tgt.load((case / "target.sql").read_text())
    return source_of(case), tgt


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round_trip(case: Path, source_of, make_db, krakn) -> None:
    """migrate --force, applied with psql, leaves krakn diff with nothing to say."""
    src, tgt = _load_pair(case, source_of, make_db)
    first = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert first.exit_code == 1, f"no difference found:\n{first.output}"
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force")
    assert migration.exit_code == 0, migration.stderr
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{migration.stdout}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_safe_without_force(case: Path, source_of, make_db, krakn) -> None:
    """Without --force the script drops nothing and still applies."""
    src, tgt = _load_pair(case, source_of, make_db)
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url)
    assert migration.exit_code == 0, migration.stderr
    assert not DESTRUCTIVE.search(migration.stdout), migration.stdout
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_identical_copy(case: Path, source_of, make_db, krakn) -> None:
    """A database compared with an identical copy shows no difference."""
    a, b = source_of(case), make_db()
    b.load((case / "source.sql").read_text())
    result = krakn("diff", "--from", a.url, "--to", b.url)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
