"""Golden outputs: each case's script, rollback and JSON diff, byte for byte.

``tests/cases/<name>/expected/`` holds what ``migrate --force``, plain
``migrate`` (steps held back for want of --force, with their reasons),
``migrate --force --rollback`` and ``diff --format json`` print for the
case. A change that alters one must be deliberate: regenerate them with
``pytest tests/test_golden.py --update-golden`` and explain the change in
its commit. Database names and krakn's version are replaced by
placeholders, so the files do not depend on the server or the release.
A case's ``flags`` file (``--with-privileges``) applies to each command.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from case_flags import flags_of

from krakn import __version__

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if (p / "source.sql").exists())

OUTPUTS = {
    "migrate.sql": ("migrate", "--force"),
    # Without --force: which steps are held back, and why, is part of the contract.
    "migrate-safe.sql": ("migrate",),
    "rollback.sql": ("migrate", "--force", "--rollback"),
    "diff.json": ("diff", "--format", "json"),
}


def normalise(text: str, names: dict[str, str]) -> str:
    """The output with database URLs and krakn's version as placeholders."""
    for dbname, placeholder in names.items():
        text = re.sub(rf"\S*/{re.escape(dbname)}\b", placeholder, text)
    return text.replace(f"krakn {__version__}", "krakn <version>")


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_golden_outputs(case: Path, case_db, krakn, request) -> None:
    """migrate, its rollback and the JSON diff print exactly the committed files."""
    src, tgt = case_db(case, "source"), case_db(case, "target")
    names = {src.name: "<source>", tgt.name: "<target>"}
    expected_dir = case / "expected"
    update = request.config.getoption("--update-golden")
    for file_name, args in OUTPUTS.items():
        result = krakn(*args, "--from", src.url, "--to", tgt.url, *flags_of(case))
        assert result.exit_code in (0, 1), result.stderr
        got = normalise(result.stdout, names)
        path = expected_dir / file_name
        if update:
            expected_dir.mkdir(exist_ok=True)
            path.write_text(got)
            continue
        assert path.exists(), f"{path} missing: run pytest --update-golden"
        assert got == path.read_text(), f"{case.name}/{file_name} changed"
