"""--config and --profile on every command: lookup order and which value wins."""

from __future__ import annotations

import textwrap

import pytest
from cli_helpers import APP_LINE, PUBLIC_LINE, assert_one_line_error

NO_ENV = {"KRAKN_FROM": None, "KRAKN_TO": None}


def _write(folder, name: str, text: str):
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.fixture
def here(tmp_path, monkeypatch):
    """An empty current directory."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _profiles(src, tgt, schemas: str = "[app]") -> str:
    return f"""
        profiles:
          p:
            from: {src.url}
            to: {tgt.url}
            schemas: {schemas}
        """


def test_diff_takes_from_to_and_schemas_from_the_profile(schema_pair, krakn, here):
    """krakn diff --profile p compares the profile's databases and schemas."""
    src, tgt = schema_pair
    _write(here, "krakn.yml", _profiles(src, tgt))
    result = krakn("diff", "--profile", "p", env=NO_ENV)
    assert result.exit_code == 1, result.stderr
    assert result.stdout.splitlines() == [APP_LINE]


def test_flag_wins_over_profile(schema_pair, krakn, here):
    """--schema on the command line wins over the profile's schemas."""
    src, tgt = schema_pair
    _write(here, "krakn.yml", _profiles(src, tgt))
    result = krakn("diff", "--profile", "p", "--schema", "public", env=NO_ENV)
    assert result.stdout.splitlines() == [PUBLIC_LINE]


def test_profile_wins_over_environment(schema_pair, krakn, here, make_db):
    """KRAKN_TO in the environment loses to the profile's to:."""
    src, tgt = schema_pair
    _write(here, "krakn.yml", _profiles(src, tgt))
    elsewhere = make_db()
    result = krakn("diff", "--profile", "p", env={"KRAKN_FROM": None, "KRAKN_TO": elsewhere.url})
    assert result.stdout.splitlines() == [APP_LINE]


def test_lookup_order_krakn_yml_before_kraknrc_and_config_flag(schema_pair, krakn, here):
    """./krakn.yml is read before ./.kraknrc; --config FILE before both."""
    src, tgt = schema_pair
    _write(here, ".kraknrc", _profiles(src, tgt, "[public]"))
    assert krakn("diff", "--profile", "p", env=NO_ENV).stdout.splitlines() == [PUBLIC_LINE]
    _write(here, "krakn.yml", _profiles(src, tgt, "[app]"))
    assert krakn("diff", "--profile", "p", env=NO_ENV).stdout.splitlines() == [APP_LINE]
    other = _write(here, "other.yml", _profiles(src, tgt, "[public]"))
    result = krakn("diff", "--config", str(other), "--profile", "p", env=NO_ENV)
    assert result.stdout.splitlines() == [PUBLIC_LINE]


def test_migrate_takes_the_profile(schema_pair, krakn, here):
    """migrate --profile p writes the script for the profile's schemas only."""
    src, tgt = schema_pair
    _write(here, "krakn.yml", _profiles(src, tgt))
    result = krakn("migrate", "--profile", "p", env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    assert '"app"."items"' in result.stdout and '"public"."users"' not in result.stdout


def test_config_errors_are_one_line(krakn, here):
    """A bad file, an unknown profile, --config without --profile: one line, exit 2."""
    _write(here, "krakn.yml", "profiles:\n  p:\n    colums: {}\n")
    line = assert_one_line_error(krakn("diff", "--profile", "p", env=NO_ENV))
    assert "krakn.yml:3" in line and "unknown key" in line, line
    line = assert_one_line_error(krakn("sync-data", "--profile", "q", env=NO_ENV))
    assert "no profile 'q'" in line, line
    line = assert_one_line_error(krakn("migrate", "--config", "krakn.yml", env=NO_ENV))
    assert "needs --profile" in line, line


def test_sync_flags_win_over_the_profile(krakn, here, make_db):
    """sync-data: --tables and --no-truncate on the command line beat the profile."""
    src, tgt = make_db(), make_db()
    schema = "CREATE TABLE a (id int); CREATE TABLE b (id int);"
    src.load(schema + "INSERT INTO a VALUES (1); INSERT INTO b VALUES (2);")
    tgt.load(schema + "INSERT INTO a VALUES (9);")
    _write(here, "krakn.yml", f"""
        profiles:
          p:
            from: {src.url}
            to: {tgt.url}
            tables: [a]
            truncate: true
        """)
    assert krakn("sync-data", "--profile", "p", env=NO_ENV).exit_code == 0
    assert tgt.query("SELECT id FROM a") == [(1,)] and tgt.query("SELECT id FROM b") == []
    result = krakn("sync-data", "--profile", "p", "--tables", "b", "--no-truncate", "-y",
                   env=NO_ENV)
    assert result.exit_code == 0, result.stderr
    assert tgt.query("SELECT id FROM a") == [(1,)] and tgt.query("SELECT id FROM b") == [(2,)]


def test_readme_example_file_loads(here, monkeypatch):
    """The README's complete example file loads, both profiles, with krakn's masks."""
    from pathlib import Path

    from krakn.config import load_profile
    from krakn.masking import known_masks

    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    block = readme.split("### A complete example", 1)[1].split("```yaml\n", 1)[1]
    (here / "krakn.yml").write_text(block.split("```", 1)[0], encoding="utf-8")
    monkeypatch.setenv("PROD_URL", "postgresql://reader@prod.example.com/app")
    monkeypatch.setenv("KRAKN_MASK_SALT", "a salt for the readme test")
    staging = load_profile("staging", known_masks=known_masks)
    assert staging is not None and len(staging.columns) == 11 and staging.strict
    assert load_profile("dev", known_masks=known_masks) is not None
