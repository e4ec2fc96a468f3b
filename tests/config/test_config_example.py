"""The README's complete example file, and YAML reading details."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import MappingProxyType

from pydantic import SecretStr

from krakn.config import (
    ColumnName,
    ColumnPattern,
    ColumnRename,
    ColumnRule,
    Profile,
    Reference,
    Renames,
    Subset,
    TableName,
    TableRename,
    load_profile,
    parse_column_pattern,
)

EXAMPLE = Path(__file__).with_name("example.yml")
PROD_URL = "postgresql://reader:Pr0d-pw@prod.example.com/app"


def _rule(key: str, kind: str, **fields) -> ColumnRule:
    return ColumnRule(parse_column_pattern(key), key, kind, **fields)  # type: ignore[arg-type]


def public(name: str) -> TableName:
    return TableName("public", name)


def test_complete_example_loads(workdir, monkeypatch, builtin_masks):
    """Every key of the example file lands in the expected typed profile."""
    shutil.copy(EXAMPLE, workdir / "krakn.yml")
    monkeypatch.setenv("PROD_URL", PROD_URL)
    monkeypatch.setenv("KRAKN_MASK_SALT", "0123456789abcdef")
    profile = load_profile("staging", known_masks=lambda: builtin_masks)
    expected = Profile(
        name="staging", config=profile.config if profile else None,  # type: ignore[arg-type]
        from_url=PROD_URL, to_url="postgresql://postgres@127.0.0.1/app_test",
        schemas=("public", "billing"),
        tables=(public("users"), public("orders"), TableName("billing", "invoices")),
        exclude=(public("audit_log"),), truncate=True, jobs=2,
        mask_salt=SecretStr("0123456789abcdef"), strict=True, locale="de_DE",
        renames=Renames(
            tables=(TableRename(public("customer"), public("client"), "public.customer"),),
            columns=(ColumnRename(public("users"), "full_name", "name", "users.full_name"),)),
        columns=(
            _rule("users.email", "mask", mask="email"),
            _rule("users.name", "mask", mask="name"),
            _rule("users.phone", "mask", mask="phone"),
            _rule("users.ssn", "mask", mask="null"),
            _rule("users.notes", "mask", mask="hash"),
            _rule("users.password_hash", "sql", sql="'x'"),
            _rule("users.country", "value", literal="ZZ"),
            _rule("*.ip_address", "mask", mask="null"),
            _rule("users.email_verified", "fill", literal=False),
            _rule("users.display_name", "mask", mask="name", source_column="nickname",
                  locale="fr_FR"),
            _rule("billing.*.email", "mask", mask="email"),
        ),
        where=MappingProxyType({public("orders"): "created_at > now() - interval '90 days'"}),
        subset=Subset(public("users"), "id % 10 = 0"),
        references=(Reference(ColumnName("public", "events", "user_id"),
                              ColumnName("public", "users", "id"), "events.user_id"),),
    )
    assert profile == expected
    assert profile.where_is("columns", "users.ssn") == "krakn.yml:24"


def test_second_profile_uses_default_and_anchor(workdir, monkeypatch):
    """The dev profile: ${VAR:-default}, the shared anchor, and its own override."""
    shutil.copy(EXAMPLE, workdir / "krakn.yml")
    monkeypatch.delenv("DEV_SOURCE_URL", raising=False)
    profile = load_profile("dev")
    assert profile is not None
    assert profile.from_url == "postgresql://postgres@127.0.0.1/app"
    assert profile.to_url == "postgresql://postgres@127.0.0.1/app_test"
    assert profile.scratch_url == "postgresql://postgres@127.0.0.1/postgres"
    assert profile.truncate is False
    assert profile.columns == () and not profile.renames and profile.subset is None


def test_rule_for_picks_the_most_specific(workdir, monkeypatch):
    """An exact rule beats billing.*.email, which beats *.email; no rule gives None."""
    shutil.copy(EXAMPLE, workdir / "krakn.yml")
    monkeypatch.setenv("PROD_URL", PROD_URL)
    monkeypatch.setenv("KRAKN_MASK_SALT", "0123456789abcdef")
    profile = load_profile("staging")
    assert profile is not None
    assert profile.rule_for("public", "users", "email").key == "users.email"
    assert profile.rule_for("billing", "invoices", "email").key == "billing.*.email"
    assert profile.rule_for("audit", "hits", "ip_address").key == "*.ip_address"
    assert profile.rule_for("public", "orders", "email") is None


def test_renames_lookups(load):
    """Renames map source names to target names and back."""
    profile = load("profiles:\n  p:\n    renames:\n      customer: client\n"
                   "      customer.Full_Name: name\n")
    renames = profile.renames
    assert renames.new_table(public("customer")) == public("client")
    assert renames.old_table(public("client")) == public("customer")
    assert renames.new_table(public("users")) == public("users")
    assert renames.new_column(public("customer"), "full_name") == "name"
    assert renames.new_column(public("customer"), "email") == "email"


def test_yaml_12_scalars(load):
    """Only true/false are booleans; NO, on, dates stay text; 012 is twelve."""
    profile = load("""
        profiles:
          p:
            jobs: 012
            columns:
              users.country: {value: NO}
              users.flag: {value: on}
              users.born: {value: 2024-01-31}
              users.ok: {fill: true}
              users.gone: {value: null}
              users.ratio: {value: 1.5}
        """)
    literals = {rule.key: rule.literal for rule in profile.columns}
    assert profile.jobs == 12
    assert literals == {"users.country": "NO", "users.flag": "on", "users.born": "2024-01-31",
                        "users.ok": True, "users.gone": None, "users.ratio": 1.5}


def test_keys_keep_their_text(load):
    """Keys that YAML 1.1 would read as booleans or null stay names."""
    profile = load("profiles:\n  p:\n    where:\n      on: 'true'\n      null: 'false'\n")
    assert list(profile.where) == [public("on"), public("null")]


def test_merge_key_overridden_by_own_key(load):
    """A profile's own key wins over one merged in from an anchor."""
    profile = load("x-base: &base\n  truncate: true\n  jobs: 2\n"
                   "profiles:\n  p:\n    <<: *base\n    truncate: false\n")
    assert (profile.truncate, profile.jobs) == (False, 2)


def test_error_for_later_checks(load):
    """profile.error() gives the same one-line format for checks made against the catalog."""
    profile = load("profiles:\n  p:\n    columns:\n      users.email: {value: x}\n")
    error = profile.error(("columns", "users.email"), "no column email in public.users")
    assert error.message == ("krakn.yml:4: profiles.p.columns[users.email]: no column email "
                             "in public.users")


def test_unused_keys_are_none(load):
    """Keys a profile does not set are None, so defaults and flags can apply."""
    profile = load("profiles:\n  p:\n    to: postgresql://h/db\n")
    assert (profile.from_url, profile.tables, profile.truncate, profile.jobs,
            profile.strict, profile.mask_salt, profile.subset) == (None,) * 7
    assert not profile.uses_masks
    assert ColumnPattern("public", "a", "b").exact
