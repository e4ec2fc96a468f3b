"""${VAR} in config values: replaced from the environment after YAML parsing."""

from __future__ import annotations

import pytest

from krakn.config import TableName


def test_variable_set(load, monkeypatch):
    """${VAR} takes the variable's value."""
    monkeypatch.setenv("PROD_URL", "postgresql://u@prod/app")
    profile = load("profiles:\n  p:\n    from: ${PROD_URL}\n")
    assert profile.from_url == "postgresql://u@prod/app"


def test_variable_inside_text(load, monkeypatch):
    """${VAR} may be part of a longer value, several times."""
    monkeypatch.setenv("DB_HOST", "db1")
    monkeypatch.setenv("DB_NAME", "app")
    profile = load("profiles:\n  p:\n    to: postgresql://u@${DB_HOST}:5432/${DB_NAME}_test\n")
    assert profile.to_url == "postgresql://u@db1:5432/app_test"


def test_unset_variable_names_it_and_its_line(fails):
    """An unset variable is an error naming the variable, the key and its line."""
    message = fails("""
        profiles:
          p:
            to: postgresql://h/db
            from: ${PROD_URL}
        """)
    assert message.startswith("krakn.yml:4: profiles.p.from: environment variable PROD_URL "
                              "is not set")


def test_unset_variable_in_a_nested_value(fails):
    """Variables in rules, lists and subsets are replaced too, and their errors located."""
    message = fails("""
        profiles:
          p:
            mask_salt: s3
            columns:
              users.country: {value: "${COUNTRY_CODE}"}
        """)
    assert message.startswith("krakn.yml:5: profiles.p.columns[users.country].value: "
                              "environment variable COUNTRY_CODE is not set")


def test_nested_values_substituted(load, monkeypatch):
    """Values inside lists, mappings and rules all get their variables."""
    monkeypatch.setenv("APP_SCHEMA", "Billing")
    monkeypatch.setenv("CUTOFF", "90")
    profile = load("""
        profiles:
          p:
            tables: ["${APP_SCHEMA}.invoices"]
            where:
              orders: "created_at > now() - interval '${CUTOFF} days'"
            columns:
              users.country: {value: "${APP_SCHEMA}"}
        """)
    assert profile.tables == (TableName("billing", "invoices"),)
    assert profile.where[TableName("public", "orders")] == \
        "created_at > now() - interval '90 days'"
    assert profile.columns[0].literal == "Billing"


def test_value_cannot_change_the_yaml_structure(load, monkeypatch):
    """A value full of YAML syntax stays one text value."""
    monkeypatch.setenv("KRAKN_MASK_SALT", "a: b\n  strict: false\n- [x, {y}]  # no comment")
    profile = load("profiles:\n  p:\n    strict: true\n    mask_salt: ${KRAKN_MASK_SALT}\n")
    assert profile.strict is True
    assert profile.mask_salt is not None
    assert profile.mask_salt.get_secret_value() == \
        "a: b\n  strict: false\n- [x, {y}]  # no comment"


def test_substituted_number_and_boolean(load, monkeypatch):
    """A variable can give a whole number or a boolean key its value."""
    monkeypatch.setenv("JOBS", "4")
    monkeypatch.setenv("TRUNCATE", "true")
    profile = load("profiles:\n  p:\n    jobs: ${JOBS}\n    truncate: ${TRUNCATE}\n")
    assert (profile.jobs, profile.truncate) == (4, True)


@pytest.mark.parametrize("env,text,expected", [
    ({}, "${MISSING:-fallback}", "fallback"),
    ({"EMPTY": ""}, "${EMPTY:-fallback}", "fallback"),
    ({"EMPTY": ""}, "${EMPTY-fallback}", ""),
    ({}, "${MISSING-fallback}", "fallback"),
    ({"SET": "v"}, "${SET:-fallback}", "v"),
    ({"EMPTY": ""}, "x${EMPTY}y", "xy"),
    ({}, "$${NOT_A_VAR}", "${NOT_A_VAR}"),
    ({}, "pa$word$1 $$ $HOME", "pa$word$1 $$ $HOME"),
    ({}, "$$body$$", "$$body$$"),
])
def test_defaults_and_literal_dollars(load, monkeypatch, env, text, expected):
    """:- and - defaults as in POSIX; $${ is a literal ${; any other $ is kept."""
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("MISSING", raising=False)
    profile = load(f"profiles:\n  p:\n    columns:\n      t.c: {{value: '{text}'}}\n")
    assert profile.columns[0].literal == expected


@pytest.mark.parametrize("text", ["${}", "${1ABC}", "${A B}", "${UNCLOSED"])
def test_malformed_reference(fails, text):
    """A ${ that is not ${NAME} or ${NAME:-default} is an error on its line."""
    message = fails(f"profiles:\n  p:\n    to: '{text}'\n")
    assert message.startswith("krakn.yml:3: profiles.p.to: malformed ${...}")


def test_other_profiles_are_not_substituted(load):
    """An unset variable in another profile does not stop this one."""
    profile = load("""
        profiles:
          prod:
            from: ${PROD_URL}
          p:
            to: postgresql://h/db
        """)
    assert profile.to_url == "postgresql://h/db"


def test_keys_are_not_substituted(fails, monkeypatch):
    """${VAR} in a key stays literal text (and is then not a valid name)."""
    monkeypatch.setenv("T", "users")
    message = fails("profiles:\n  p:\n    where:\n      ${T}: 'id > 0'\n")
    assert message.startswith("krakn.yml:4: profiles.p.where[${T}]:")
