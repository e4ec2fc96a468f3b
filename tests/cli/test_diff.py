"""krakn diff: its lines, its JSON, its exit status and its colours."""

from __future__ import annotations

import json

from cli_helpers import (
    ANSI,
    EXPECTED_LINES,
    SOURCE_SQL,
    lines,
    run_on_tty,
)


def test_diff_lines_for_the_issue_example(pair, krakn):
    """diff prints one signed line per change of the issue's example, in plan order."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert lines(result.stdout) == EXPECTED_LINES, result.stdout
    assert result.stderr == ""


def test_diff_exit_1_on_differences(pair, krakn):
    """diff exits 1 when the databases differ."""
    src, tgt = pair
    assert krakn("diff", "--from", src.url, "--to", tgt.url).exit_code == 1


def test_diff_exit_0_when_identical(make_db, krakn):
    """diff exits 0 and prints nothing for two identical schemas."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("diff", "--from", a.url, "--to", b.url)
    assert result.exit_code == 0, result.stdout
    assert result.stdout == ""


def test_diff_reversed_swaps_signs(pair, krakn):
    """Swapping --from and --to turns added into removed and reverses the type change."""
    src, tgt = pair
    result = krakn("diff", "--from", tgt.url, "--to", src.url)
    assert result.exit_code == 1
    out = lines(result.stdout)
    assert "- Removed column 'email_verified' from 'users'" in out, out
    assert "+ Added column 'temp_flag' to 'orders'" in out, out
    assert "~ Changed type of 'price' in 'products' from numeric(10,2) → integer" in out, out


def test_diff_json_lists_the_same_changes(pair, krakn):
    """--format json is a JSON list whose messages and actions match the text lines."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    signs = {"add": "+", "remove": "-", "change": "~"}
    assert [f"{signs[c['action']]} {c['message']}" for c in data] == EXPECTED_LINES
    by_name = {c["name"]: c for c in data}
    # old: what --to has now; new: what --from has, which migrate gives --to.
    assert by_name["price"]["old"] == "integer"
    assert by_name["price"]["new"] == "numeric(10,2)"
    assert "from" not in by_name["price"] and "to" not in by_name["price"]
    assert by_name["temp_flag"]["table"] == "orders"


def test_diff_json_empty_list_when_identical(make_db, krakn):
    """--format json prints [] and exits 0 for identical schemas."""
    a, b = make_db(), make_db()
    a.load(SOURCE_SQL)
    b.load(SOURCE_SQL)
    result = krakn("diff", "--from", a.url, "--to", b.url, "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_no_colour_when_piped(pair, krakn):
    """With the default --color auto, output that is not a terminal has no ANSI codes."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url)
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_no_colour_with_no_color_env_when_piped(pair, krakn):
    """NO_COLOR=1 leaves no ANSI codes in the output."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_color_never_has_no_ansi(pair, krakn):
    """--color never prints plain text."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--color", "never")
    assert result.exit_code == 1
    assert not ANSI.search(result.output), repr(result.output)


def test_color_always_colours_even_when_piped(pair, krakn):
    """--color always colours the diff lines even though stdout is not a terminal."""
    src, tgt = pair
    result = krakn("diff", "--from", src.url, "--to", tgt.url, "--color", "always")
    assert result.exit_code == 1
    assert ANSI.search(result.stdout), repr(result.stdout)
    assert [ANSI.sub("", line) for line in lines(result.stdout)] == EXPECTED_LINES


def test_colour_on_a_terminal(pair):
    """On a terminal, --color auto colours the lines (green +, yellow ~, red -)."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url)
    assert code == 1, out
    assert "\x1b[32m+ Added column 'email_verified'" in out, repr(out)
    assert "\x1b[31m- Removed column 'temp_flag'" in out, repr(out)


def test_no_color_env_on_a_terminal(pair):
    """On a terminal, NO_COLOR=1 turns colour off."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, env={"NO_COLOR": "1"})
    assert code == 1, out
    assert "Added column 'email_verified'" in out, repr(out)
    assert not ANSI.search(out), repr(out)


def test_color_never_on_a_terminal(pair):
    """On a terminal, --color never turns colour off."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, "--color", "never")
    assert code == 1, out
    assert "Added column 'email_verified'" in out, repr(out)
    assert not ANSI.search(out), repr(out)


def test_color_always_beats_no_color_on_a_terminal(pair):
    """An explicit --color always overrides NO_COLOR (as no-color.org recommends)."""
    src, tgt = pair
    code, out = run_on_tty("diff", "--from", src.url, "--to", tgt.url, "--color", "always",
                           env={"NO_COLOR": "1"})
    assert code == 1, out
    assert ANSI.search(out), repr(out)
