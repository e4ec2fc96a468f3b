"""diff --format html and sync-data --dry-run --format html: one self-contained page each."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from ui_helpers import SALT, write_profile

# A src= or href= that would fetch something: any URL with a scheme or a host.
_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:|//)""", re.I)


def self_contained(html: str) -> None:
    """Nothing in the page is fetched: no external src/href, no @import, no url()."""
    assert not _EXTERNAL.search(html), _EXTERNAL.search(html)
    assert "@import" not in html and "url(" not in html
    assert "<link" not in html.lower()
    assert "<style>" in html and "<script>" in html


def test_diff_html_file(krakn, shop, tmp_path):
    """diff --format html -o FILE: exit 1 (differences), every change, SQL and download inside."""
    source, target = shop
    out = tmp_path / "report.html"
    result = krakn("diff", "--from", source.url, "--to", target.url, "--format", "html",
                   "-o", str(out))
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    html = out.read_text(encoding="utf-8")
    self_contained(html)
    assert "Removed table &#39;wishlist&#39;" in html
    bodies = json.loads(re.search(r'id="krakn-bodies">(.*?)</script>', html, re.S).group(1))
    assert any('DROP TABLE "public"."wishlist"' in b["sql"] for b in bodies.values())
    assert any("definitions" in b for b in bodies.values())
    texts = json.loads(re.search(r'id="krakn-downloads">(.*?)</script>', html, re.S).group(1))
    assert set(texts) == {"migration.sql", "revision.py"}
    assert "-- needs --force" in texts["migration.sql"] and "def upgrade()" in texts["revision.py"]


def test_diff_html_no_script_breakout(krakn, make_db, tmp_path):
    """A definition holding </script> stays data: the page's script is not ended early."""
    source, target = make_db(), make_db()
    source.load("CREATE VIEW v AS SELECT '</script><script>alert(1)</script>'::text AS x;")
    target.load("CREATE VIEW v AS SELECT 'old'::text AS x;")
    out = tmp_path / "report.html"
    result = krakn("diff", "--from", source.url, "--to", target.url, "--format", "html",
                   "-o", str(out))
    assert result.exit_code == 1, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html
    assert html.count("<script") == 3  # the bodies, the downloads, the page's own


def test_diff_html_stdout_no_differences(krakn, shop):
    """No -o: the page on stdout; the same side twice gives exit 0 and says so."""
    source, _target = shop
    result = krakn("diff", "--from", source.url, "--to", source.url, "--format", "html")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("<!doctype html>")
    assert "No differences" in result.stdout


def test_diff_output_missing_folder(krakn, shop, tmp_path):
    """-o into a folder that does not exist fails before any work, in one line."""
    source, target = shop
    result = krakn("diff", "--from", source.url, "--to", target.url, "--format", "html",
                   "-o", str(tmp_path / "nope" / "r.html"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr and result.stderr.count("\n") == 1


def test_diff_json_to_file(krakn, shop, tmp_path):
    """-o works for the other formats too: the JSON list in the file."""
    source, target = shop
    out = tmp_path / "diff.json"
    result = krakn("diff", "--from", source.url, "--to", target.url, "--format", "json",
                   "-o", str(out))
    assert result.exit_code == 1
    assert any(c["message"] == "Removed table 'wishlist'" for c in json.loads(out.read_text()))


def test_sync_html_needs_dry_run(krakn, users):
    """sync-data --format html without --dry-run is refused before connecting."""
    source, target = users
    result = krakn("sync-data", "--from", source.url, "--to", target.url, "--format", "html")
    assert result.exit_code == 2
    assert "add --dry-run" in result.stderr


def test_sync_output_needs_html(krakn, users, tmp_path):
    """--output belongs to --format html."""
    source, target = users
    result = krakn("sync-data", "--from", source.url, "--to", target.url, "--dry-run",
                   "-o", str(tmp_path / "p.txt"))
    assert result.exit_code == 2 and "--output is for --format html" in result.stderr


@pytest.mark.parametrize("strict", [False, True])
def test_sync_html_masked_profile(krakn, users, tmp_path, strict):
    """The masked profile's plan as a page: each column's rule, the filter, nothing written."""
    source, target = users
    config = write_profile(tmp_path, source.url, target.url)
    out = tmp_path / "plan.html"
    args = ["sync-data", "--config", str(config), "--profile", "masked", "--dry-run",
            "--format", "html", "-o", str(out)] + (["--strict"] if strict else [])
    result = krakn(*args, env={"KRAKN_MASK_SALT": SALT})
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    html = out.read_text(encoding="utf-8")
    self_contained(html)
    assert ">email</td><td>&rarr;</td><td class=\"mono\">email</td>" in html
    assert "mask email" in html and "mask name" in html and "mask phone" in html
    assert "how-value\">value" in html and "&#39;ZZ&#39;" in html
    assert "how-fill\">fill" in html
    assert "total &gt; 1" in html
    # nickname looks personal (a *name) and nothing masks it: highlighted.
    assert "looks personal: nickname" in html
    assert ("--strict stops the run here" in html) is strict
    assert target.query("SELECT count(*) FROM users") == [(0,)]


def _without(blocked: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    """krakn ARGS in a process where the blocked packages cannot be imported."""
    code = ("import sys\n"
            f"for name in {blocked!r}: sys.modules[name] = None\n"
            "from krakn.cli import main\n"
            f"main({list(args)!r})\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRAKN_")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, timeout=120)


def test_export_needs_jinja2_only(shop, tmp_path):
    """--format html works without Starlette and uvicorn installed."""
    source, target = shop
    out = tmp_path / "report.html"
    done = _without(["starlette", "uvicorn"], "diff", "--from", source.url, "--to", target.url,
                    "--format", "html", "-o", str(out))
    assert done.returncode == 1, done.stderr
    assert "Removed table &#39;wishlist&#39;" in out.read_text()


def test_missing_jinja2_is_one_line(shop):
    """Without Jinja2: one line naming the extra, exit 2, before reading anything."""
    source, target = shop
    done = _without(["jinja2"], "diff", "--from", source.url, "--to", target.url,
                    "--format", "html")
    assert done.returncode == 2
    assert done.stderr == "krakn: error: --format html needs Jinja2: pip install 'krakn[ui]'\n"
    ui = _without(["uvicorn"], "ui", "--from", source.url, "--to", target.url, "--no-open")
    assert ui.returncode == 2
    assert ui.stderr == "krakn: error: krakn ui needs uvicorn: pip install 'krakn[ui]'\n"
