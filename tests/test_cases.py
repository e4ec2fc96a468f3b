"""Round trips over the schema pairs in tests/cases/<name>/{source,target}.sql."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from case_flags import flags_of

from krakn import api
from krakn.db.database import Database
from krakn.options import CompareOptions
from krakn.plan import safety
from krakn.render.sql import _offline, step_sql

CASES_DIR = Path(__file__).parent / "cases"
README = Path(__file__).parent.parent / "README.md"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "source.sql").exists())


def documented_json_keys() -> set[str]:
    """The keys of diff --format json that the README's table documents."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("| key | present | meaning |")
    keys: set[str] = set()
    for line in lines[start + 2:]:
        if not line.startswith("|"):
            break
        keys.update(re.findall(r"`(\w+)`", line.split("|")[1]))
    return keys


def test_readme_documents_json_keys() -> None:
    """Every key of every case's diff --format json (its golden file) is in the README's table."""
    documented = documented_json_keys()
    assert {"action", "kind", "schema", "table", "name", "message", "old", "new"} <= documented
    assert not {"from", "to"} & documented
    # test_golden.py holds these files to what krakn prints, byte for byte.
    used = {key for case in CASES
            for change in json.loads((case / "expected" / "diff.json").read_text())
            for key in change}
    assert used - documented == set(), "keys missing from the README's table"
    assert {"old", "new"} <= used


def _load_pair(case: Path, case_db, make_db):
    """The shared source and a target of the test's own (the test applies a script to it)."""
    tgt = make_db()
    tgt.load((case / "target.sql").read_text())
    return case_db(case, "source"), tgt


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_round_trip(case: Path, case_db, make_db, krakn) -> None:
    """migrate --force, applied with psql, leaves krakn diff with nothing to say."""
    src, tgt = _load_pair(case, case_db, make_db)
    flags = flags_of(case)
    first = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
    assert first.exit_code == 1, f"no difference found:\n{first.output}"
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, "--force", *flags)
    assert migration.exit_code == 0, migration.stderr
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"
    again = krakn("diff", "--from", src.url, "--to", tgt.url, *flags)
    assert again.exit_code == 0, f"left over:\n{again.stdout}\n---\n{migration.stdout}"


def _statement_lines(src_url: str, tgt_url: str, flags: tuple[str, ...] = (),
                     ) -> tuple[Counter[str], Counter[str]]:
    """The SQL lines of the steps the plan's safety flags hold back, and of the others;
    every step that can lose data is among the held."""
    options = CompareOptions(privileges="--with-privileges" in flags,
                             owners="--with-owners" in flags)
    plan = api.compare(Database.from_raw(src_url, "--from"), Database.from_raw(tgt_url, "--to"),
                       options)
    operations, buf = _offline()
    held: Counter[str] = Counter()
    kept: Counter[str] = Counter()
    for step in plan.steps:
        if safety.verdict(step.op):
            assert step.destructive and step.loses_data, (step.op, step.reason)
        lines = [line for line in step_sql(step, operations, buf).splitlines() if line]
        (held if step.destructive else kept).update(lines)
    return held, kept


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_safe_without_force(case: Path, case_db, make_db, krakn) -> None:
    """Without --force every step that can lose data is held back (commented out),
    and the script still applies."""
    src, tgt = _load_pair(case, case_db, make_db)
    flags = flags_of(case)
    held, kept = _statement_lines(src.url, tgt.url, flags)
    migration = krakn("migrate", "--from", src.url, "--to", tgt.url, *flags)
    assert migration.exit_code == 0, migration.stderr
    script = Counter(migration.stdout.splitlines())
    for line in held:
        # Present only as a comment, unless a step that runs has the same line.
        assert script[f"-- {line}"] >= held[line], line
        assert script[line] <= kept[line], line
    applied = tgt.psql(migration.stdout)
    assert applied.returncode == 0, f"{applied.stderr}\n---\n{migration.stdout}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_identical_copy(case: Path, case_db, make_db, krakn) -> None:
    """A database compared with an identical copy shows no difference."""
    a, b = case_db(case, "source"), make_db()
    b.load((case / "source.sql").read_text())
    result = krakn("diff", "--from", a.url, "--to", b.url, *flags_of(case))
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""
