"""migrate -o FILE and the Alembic revision file: the user's path, mode and links respected.

Files are written whole or not at all (a temporary file in the real target's
folder, then a rename), keep an existing file's mode, get the umask's mode
when new, and a symlink's target is written while the link stays a link.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SOURCE_SQL = "CREATE TABLE users (id integer PRIMARY KEY, email text);"
TARGET_SQL = "CREATE TABLE users (id integer PRIMARY KEY);"


@pytest.fixture(scope="module")
def pair(make_module_db):
    """A source with one more column than the target; tests only read them."""
    src, tgt = make_module_db(), make_module_db()
    src.load(SOURCE_SQL)
    tgt.load(TARGET_SQL)
    return src, tgt


@contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def migrate_to(krakn, pair, output: Path | str, *extra: str):
    src, tgt = pair
    return krakn("migrate", "--from", src.url, "--to", tgt.url, "-o", str(output), *extra)


@pytest.mark.parametrize("where", ["/nonexistent/dir/x.sql", "{tmp}/missing/x.sql"])
def test_missing_directory_names_the_users_path(where, pair, krakn, tmp_path: Path):
    """-o into a folder that does not exist: one line naming the user's path, exit 2."""
    output = where.format(tmp=tmp_path)
    result = migrate_to(krakn, pair, output)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("krakn: error: --output ") and output in line, line
    assert ".krakn" not in line and ".tmp" not in line and "unexpected" not in line, line
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("mask,expected", [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_file_follows_the_umask(mask, expected, pair, krakn, tmp_path: Path):
    """A new -o file gets 0666 less the umask, as any editor's file would."""
    out = tmp_path / "m.sql"
    with umask(mask):
        result = migrate_to(krakn, pair, out)
    assert result.exit_code == 0, result.stderr
    assert mode(out) == expected, oct(mode(out))
    assert "email" in out.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["m.sql"]


@pytest.mark.parametrize("existing", [0o640, 0o604, 0o755])
def test_existing_file_keeps_its_mode(existing, pair, krakn, tmp_path: Path):
    """An existing -o file is replaced whole and keeps its mode."""
    out = tmp_path / "m.sql"
    out.write_text("old content\n")
    out.chmod(existing)
    with umask(0o077):
        result = migrate_to(krakn, pair, out)
    assert result.exit_code == 0, result.stderr
    assert mode(out) == existing, oct(mode(out))
    assert "old content" not in out.read_text() and "email" in out.read_text()
    assert [p.name for p in tmp_path.iterdir()] == ["m.sql"]


def test_symlink_writes_the_file_it_points_to(pair, krakn, tmp_path: Path):
    """-o through a symlink (into another folder) writes its target; the link stays a link."""
    real_dir, link_dir = tmp_path / "real", tmp_path / "links"
    real_dir.mkdir()
    link_dir.mkdir()
    real = real_dir / "m.sql"
    real.write_text("old\n")
    real.chmod(0o640)
    link = link_dir / "m.sql"
    link.symlink_to(os.path.relpath(real, link_dir))
    result = migrate_to(krakn, pair, link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert "email" in real.read_text() and mode(real) == 0o640
    assert [p.name for p in real_dir.iterdir()] == ["m.sql"]
    assert [p.name for p in link_dir.iterdir()] == ["m.sql"]


def test_dangling_symlink_creates_its_target(pair, krakn, tmp_path: Path):
    """A symlink to a file not yet there: the file is made, the link kept."""
    link = tmp_path / "link.sql"
    link.symlink_to(tmp_path / "new.sql")
    result = migrate_to(krakn, pair, link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and "email" in (tmp_path / "new.sql").read_text()


def test_failed_run_leaves_the_existing_file_alone(krakn, tmp_path: Path):
    """A run that fails writes nothing: the old file is intact and no temporary file stays."""
    out = tmp_path / "m.sql"
    out.write_text("old content\n")
    result = krakn("migrate", "--from", "postgresql://postgres@127.0.0.1:1/x",
                   "--to", "postgresql://postgres@127.0.0.1:1/y", "-o", str(out))
    assert result.exit_code == 2
    assert out.read_text() == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["m.sql"]


def test_revision_file_follows_the_umask_and_links(pair, krakn, tmp_path: Path):
    """The Alembic revision: umask mode, written into the folder a symlinked DIR points to."""
    real = tmp_path / "versions"
    real.mkdir()
    link = tmp_path / "versions-link"
    link.symlink_to(real)
    src, tgt = pair
    with umask(0o022):
        result = krakn("migrate", "--format", "alembic", "-o", str(link), "--rev-id", "abc1",
                       "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 0, result.stderr
    (written,) = real.iterdir()
    assert written.name.startswith("abc1_") and mode(written) == 0o644, oct(mode(written))
    assert "email" in written.read_text()
    assert link.is_symlink()


def test_revision_into_missing_directory_names_it(pair, krakn, tmp_path: Path):
    """--format alembic -o into a folder that does not exist: one line naming it."""
    src, tgt = pair
    missing = tmp_path / "no" / "versions"
    result = krakn("migrate", "--format", "alembic", "-o", str(missing),
                   "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert str(missing) in line and "unexpected" not in line, line
