"""Masks by name: krakn's own, the unique-column rule, and a third-party plugin."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from masking_helpers import column, masked

from krakn.errors import UsageError
from krakn.masking import check_allowed, for_display, get_mask, known_masks, render
from krakn.masking.builtin import email

PLUGIN = '''
from krakn.masking import MaskInput


def username(column: MaskInput) -> str:
    """user_ and 12 hex digits: 48 bits, so not for unique columns."""
    return "'user_' || left(" + column.context.hex128(column.text, "username") + ", 12)"


def token(column: MaskInput) -> str:
    """tok_ and 32 hex digits: 128 bits, declared safe for unique columns."""
    return "'tok_' || " + column.context.hex128(column.text, "token")


token.unique_safe = True


def nothing(column: MaskInput) -> object:
    return None
'''

ENTRY_POINTS = '''
[krakn.masks]
username = krakn_mask_example:username
token = krakn_mask_example:token
nothing = krakn_mask_example:nothing
email = krakn_mask_example:username
missing = krakn_mask_example_gone:mask
'''


@pytest.fixture
def plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed distribution registering masks: a dist-info beside its module."""
    (tmp_path / "krakn_mask_example.py").write_text(PLUGIN)
    info = tmp_path / "krakn_mask_example-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: krakn-mask-example\n"
                                   "Version: 1.0\n")
    (info / "entry_points.txt").write_text(textwrap.dedent(ENTRY_POINTS))
    monkeypatch.syspath_prepend(str(tmp_path))


def test_unknown_mask_lists_the_known() -> None:
    """An unknown name is a one-line error naming every known mask."""
    with pytest.raises(UsageError) as caught:
        get_mask("emial")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("unknown mask 'emial' (known: email, ")
    assert all(name in message for name in ("hash", "null", "name", "phone"))


@pytest.mark.parametrize("name", ["name", "first_name", "last_name", "phone", "city", "null"])
def test_repeating_masks_refused_on_unique_columns(name: str) -> None:
    """Only email and hash may mask a unique column; the others are a usage error."""
    check_allowed(name, unique=False)
    with pytest.raises(UsageError, match=f"mask {name} repeats values, so it cannot mask a "
                       "UNIQUE or primary-key column"):
        check_allowed(name, unique=True)
    with pytest.raises(UsageError, match="UNIQUE"):
        render(name, column("v", unique=True))


def test_email_and_hash_allowed_on_unique_columns() -> None:
    """email and hash pass the unique-column check."""
    for name in ("email", "hash"):
        check_allowed(name, unique=True)


def test_plugin_mask_runs_on_the_server(source: Any, plugin: None) -> None:
    """A mask from the krakn.masks entry point group is listed and used like a built-in."""
    assert {"username", "token"} <= set(known_masks())
    rows = masked(source, "people", "username", column("email"))
    outs = [out for value, out in rows if value is not None]
    assert len(outs) == 2001 and all(re.fullmatch(r"user_[0-9a-f]{12}", o) for o in outs)
    assert [out for value, out in rows if value is None] == [None]
    check_allowed("token", unique=True)
    with pytest.raises(UsageError, match="mask username repeats values"):
        check_allowed("username", unique=True)


def test_plugin_cannot_take_a_builtin_name_and_failures_are_one_line(plugin: None) -> None:
    """email stays krakn's; a plugin that fails to load or returns no SQL is a usage error."""
    assert get_mask("email") is email
    assert known_masks().count("email") == 1
    with pytest.raises(UsageError, match=r"^mask 'missing' \(krakn_mask_example_gone:mask\) "
                       r"could not be loaded: ModuleNotFoundError"):
        get_mask("missing")
    with pytest.raises(UsageError, match="mask 'nothing' returned no SQL expression for t.v"):
        render("nothing", column("v"))


def test_for_display_shortens_pools_only() -> None:
    """Shown SQL keeps the hash and the column but not 2,000 names, quotes included."""
    sql = render("last_name", column("v"))
    shown = for_display(sql)
    assert len(sql) > 5000 > len(shown)
    assert "'[... " in shown and 'hashtextextended(("v")::text COLLATE "C"' in shown
    quoted = for_display("""'["O''Brien","x"]'::jsonb ->> 1, 'keep me'""")
    assert quoted.endswith(" characters ...]'::jsonb ->> 1, 'keep me'")
