"""Finding the config file: --config, ./krakn.yml, ./.kraknrc, and --profile's needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from krakn.config import find_config, load_profile, read_config
from krakn.errors import EXIT_ERROR, UsageError

ONE = "profiles:\n  p:\n    to: postgresql://h/{name}\n"


def test_krakn_yml_before_kraknrc(write):
    """With both files present, ./krakn.yml is read and ./.kraknrc is not."""
    write(ONE.format(name="from_yml"))
    write(ONE.format(name="from_rc"), ".kraknrc")
    assert find_config(None) == Path("krakn.yml")
    assert load_profile("p").to_url == "postgresql://h/from_yml"


def test_kraknrc_alone(write):
    """./.kraknrc is read when there is no ./krakn.yml; it is YAML too."""
    write(ONE.format(name="from_rc"), ".kraknrc")
    assert load_profile("p").to_url == "postgresql://h/from_rc"


def test_explicit_config_wins(write, workdir):
    """--config FILE is read even when ./krakn.yml exists."""
    write(ONE.format(name="from_yml"))
    other = write(ONE.format(name="explicit"), "team.yaml")
    assert find_config(str(other)) == other
    assert load_profile("p", other).to_url == "postgresql://h/explicit"


def test_lookup_is_in_the_current_directory_only(write, workdir, monkeypatch):
    """A krakn.yml in a parent directory is not found."""
    write(ONE.format(name="parent"))
    child = workdir / "sub"
    child.mkdir()
    monkeypatch.chdir(child)
    assert find_config(None) is None


def test_missing_explicit_config(workdir):
    """--config naming a missing file is an error naming the file, exit 2."""
    with pytest.raises(UsageError, match=r"--config nowhere\.yml: no such file") as caught:
        load_profile("p", "nowhere.yml")
    assert caught.value.exit_code == EXIT_ERROR


def test_config_that_is_a_directory(workdir):
    """--config naming a directory says so."""
    (workdir / "conf").mkdir()
    with pytest.raises(UsageError, match="is a directory"):
        load_profile("p", "conf")


def test_no_file_no_profile_is_fine(workdir):
    """Without a file and without --profile there is simply no profile."""
    assert load_profile(None) is None


def test_no_profile_means_the_file_is_not_read(write):
    """Without --profile a broken ./krakn.yml does not stop the command."""
    write("profiles: [this is: not: valid\n")
    assert load_profile(None) is None


def test_profile_without_file(workdir):
    """--profile without any config file is an error naming the three ways to give one."""
    with pytest.raises(UsageError) as caught:
        load_profile("staging")
    assert caught.value.message == ("no config file: --profile staging needs krakn.yml, "
                                    ".kraknrc or --config FILE")


def test_profile_without_file_hints_at_krakn_yaml(write):
    """A krakn.yaml (not .yml) is not read, and the error says so."""
    write(ONE.format(name="x"), "krakn.yaml")
    with pytest.raises(UsageError, match=r"krakn\.yaml is not read"):
        load_profile("p")


def test_config_without_profile(write):
    """--config without --profile is an error listing the file's profiles."""
    path = write("profiles:\n  dev: {truncate: true}\n  staging: {truncate: false}\n", "k.yml")
    with pytest.raises(UsageError, match=r"needs --profile NAME \(profiles: dev, staging\)"):
        load_profile(None, path)


def test_missing_profile_lists_the_available_ones(write):
    """An unknown profile name is an error that lists the file's profiles."""
    write("profiles:\n  dev: {truncate: true}\n  staging: {truncate: false}\n")
    with pytest.raises(UsageError) as caught:
        load_profile("prod")
    assert caught.value.message == "krakn.yml: no profile 'prod' (profiles: dev, staging)"


def test_missing_profile_suggests_a_close_name(write):
    """A misspelt profile name gets a suggestion."""
    write("profiles:\n  dev: {truncate: true}\n  staging: {truncate: false}\n")
    with pytest.raises(UsageError, match="did you mean 'staging'"):
        load_profile("stagign")


def test_read_config_lists_profiles(write):
    """read_config gives the profile names in file order without validating them."""
    path = write("profiles:\n  b: {colums: 1}\n  a: {truncate: true}\n")
    assert read_config(path).names == ["b", "a"]
