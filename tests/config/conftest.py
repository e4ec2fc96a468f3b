"""Fixtures for the config tests: a config file in a fresh current directory.

No database is needed: these tests read YAML files and build profiles.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from krakn.config import Profile, load_profile
from krakn.errors import UsageError

BUILTIN_MASKS = {"email", "name", "first_name", "last_name", "phone", "hash", "null"}


@pytest.fixture
def builtin_masks() -> set[str]:
    """The mask names krakn ships (the registry itself is another package's)."""
    return set(BUILTIN_MASKS)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory, with no KRAKN_* or test variables set."""
    monkeypatch.chdir(tmp_path)
    for name in ("KRAKN_FROM", "KRAKN_TO", "PROD_URL", "KRAKN_MASK_SALT"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def write(workdir: Path) -> Callable[..., Path]:
    """write(text, name="krakn.yml"): a dedented config file in the current directory."""

    def _write(text: str, name: str = "krakn.yml") -> Path:
        path = workdir / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load(write: Callable[..., Path]) -> Callable[..., Profile]:
    """load(text, profile="p"): write ./krakn.yml and load one profile from it."""

    def _load(text: str, profile: str = "p") -> Profile:
        write(text)
        found = load_profile(profile, known_masks=lambda: BUILTIN_MASKS)
        assert found is not None
        return found

    return _load


@pytest.fixture
def fails(load: Callable[..., Profile]) -> Callable[..., str]:
    """fails(text): the one-line message loading the profile fails with."""

    def _fails(text: str, profile: str = "p") -> str:
        with pytest.raises(UsageError) as caught:
            load(text, profile)
        message = caught.value.message
        assert "\n" not in message
        return message

    return _fails
