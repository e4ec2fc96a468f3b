"""Every kind of config error: one line with file, line and key path; never a secret."""

from __future__ import annotations

import pytest

from krakn.config import check_masks, load_profile
from krakn.config.source import scrub
from krakn.errors import EXIT_ERROR, UsageError


def test_bad_yaml_gives_the_parser_line(fails):
    """A YAML syntax error names the file and the line the parser stopped at."""
    message = fails("profiles:\n  p:\n    to: x\n    tables: [users, orders\n    truncate: true\n")
    assert message.startswith("krakn.yml:5: bad YAML: ")


def test_bad_yaml_does_not_quote_the_line(fails):
    """The parser's snippet of the offending line (which may hold a password) is left out."""
    message = fails("profiles:\n  p:\n    from: postgresql://u:hunter22@h/db\n\tto: x\n")
    assert message.startswith("krakn.yml:4: bad YAML: found character '\\t'")
    assert "hunter22" not in message and "postgresql" not in message


def test_duplicate_key(fails):
    """A key given twice is an error (YAML parsers otherwise keep the last silently)."""
    message = fails("profiles:\n  p:\n    to: a\n    truncate: true\n    to: b\n")
    assert message == "krakn.yml:5: duplicate key 'to' (first at line 3)"


@pytest.mark.parametrize("text,expected", [
    ("profiles:\n  p:\n    to: x\n    colums: {}\n",
     "krakn.yml:4: profiles.p.colums: unknown key (did you mean 'columns'?)"),
    ("profiles:\n  p:\n    columns:\n      users.email: {maks: email}\n",
     "krakn.yml:4: profiles.p.columns[users.email].maks: unknown key (did you mean 'mask'?)"),
    ("profiles:\n  p:\n    subset:\n      root: users\n      wher: id < 5\n",
     "krakn.yml:5: profiles.p.subset.wher: unknown key (did you mean 'where'?)"),
    ("profile:\n  p: {}\n",
     "krakn.yml:1: profile: unknown key (did you mean 'profiles'?)"),
    ("profiles:\n  p:\n    zzz: 1\n",
     "krakn.yml:3: profiles.p.zzz: unknown key (known: from, to, scratch, schemas, "
     "exclude_schemas, tables, exclude, truncate, jobs, mask_salt, strict, locale, renames, "
     "columns, where, subset, references)"),
])
def test_unknown_key(fails, text, expected):
    """An unknown key is named with its line and the closest known key."""
    assert fails(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("profiles:\n  p:\n    jobs: many\n", "krakn.yml:3: profiles.p.jobs: expected a whole number"),
    ("profiles:\n  p:\n    jobs: 0\n", "krakn.yml:3: profiles.p.jobs: must be at least 1"),
    ("profiles:\n  p:\n    truncate: maybe\n",
     "krakn.yml:3: profiles.p.truncate: expected true or false"),
    ("profiles:\n  p:\n    tables: users\n",
     "krakn.yml:3: profiles.p.tables: expected a list, e.g. [a, b]"),
    ("profiles:\n  p:\n    tables:\n      - users\n      - 5\n",
     "krakn.yml:5: profiles.p.tables[1]: expected text"),
    ("profiles:\n  p:\n    to: {host: h}\n", "krakn.yml:3: profiles.p.to: expected text"),
    ("profiles:\n  p:\n    columns:\n      users.email: email\n",
     "krakn.yml:4: profiles.p.columns[users.email]: expected a mapping (key: value lines)"),
    ("profiles:\n  p:\n    columns:\n      users.tags: {value: [a, b]}\n",
     "krakn.yml:4: profiles.p.columns[users.tags].value: expected one value (text, number, "
     "true/false or null), not a list"),
    ("profiles:\n  p:\n    subset: {where: id < 5}\n",
     "krakn.yml:3: profiles.p.subset.root: required key missing"),
    ("profiles:\n  p:\n    locale: german\n",
     "krakn.yml:3: profiles.p.locale: expected a locale such as de_DE or en_US"),
    ("profiles:\n  p:\n    mask_salt: ''\n",
     "krakn.yml:3: profiles.p.mask_salt: must not be empty"),
    ("profiles:\n  p: 5\n", "krakn.yml:2: profiles.p: expected a mapping (key: value lines)"),
])
def test_wrong_type(fails, text, expected):
    """A value of the wrong kind is named with its key and line, in krakn's words."""
    assert fails(text) == expected


def test_several_errors_report_the_first_and_count_the_rest(fails):
    """The first problem in file order is reported, with how many more there are."""
    message = fails("profiles:\n  p:\n    jobs: 0\n    colums: 1\n    x: 1\n")
    assert message == "krakn.yml:3: profiles.p.jobs: must be at least 1 (and 2 more errors)"


@pytest.mark.parametrize("rule,words", [
    ("{mask: email, value: x}", "a rule has one of mask, sql, value, fill; this one has "
                                "mask and value"),
    ("{sql: now(), fill: 1}", "this one has sql and fill"),
    ("{from: nick, sql: upper(nick)}", "'from' combines with 'mask' only, not with 'sql'"),
    ("{from: nick, value: 1}", "'from' combines with 'mask' only, not with 'value'"),
    ("{}", "a rule needs one of mask, sql, value, fill or from"),
    ("{locale: de_DE}", "a rule needs one of mask"),
    ("{locale: de_DE, value: x}", "'locale' belongs to a mask rule"),
    ("{mask: null}", 'write mask: "null" (quoted)'),
    ("{mask: ''}", "must not be empty"),
])
def test_bad_rule_combinations(fails, rule, words):
    """A rule with two kinds, none, or a stray key is an error on the rule's line."""
    message = fails(f"profiles:\n  p:\n    mask_salt: s\n    columns:\n      users.x: {rule}\n")
    assert message.startswith("krakn.yml:5: profiles.p.columns[users.x]")
    assert words in message


def test_unknown_mask(fails):
    """A mask the registry does not know is named, with the closest known one."""
    message = fails("profiles:\n  p:\n    mask_salt: s\n    columns:\n"
                    "      users.email: {mask: emial}\n")
    assert message == ("krakn.yml:5: profiles.p.columns[users.email].mask: unknown mask "
                       "'emial' (did you mean 'email'?)")


def test_unknown_mask_lists_known_ones(fails):
    """With no close match the error lists the known masks."""
    message = fails("profiles:\n  p:\n    mask_salt: s\n    columns:\n"
                    "      users.email: {mask: scramble}\n")
    assert message.endswith("unknown mask 'scramble' (known: email, first_name, hash, "
                            "last_name, name, null, phone)")


def test_masks_checked_in_a_separate_step(write):
    """Without known_masks the profile loads; check_masks then reports the unknown mask."""
    write("profiles:\n  p:\n    mask_salt: s\n    columns:\n      users.a: {mask: plugin_x}\n")
    profile = load_profile("p")
    assert profile is not None
    check_masks(profile, {"plugin_x"})
    with pytest.raises(UsageError, match=r"krakn\.yml:5: .*unknown mask 'plugin_x'"):
        check_masks(profile, {"email"})


def test_known_masks_not_asked_without_mask_rules(write):
    """The mask registry (entry points) is not loaded for a profile without masks."""
    write("profiles:\n  p:\n    columns:\n      users.a: {value: 1}\n")

    def registry() -> set[str]:
        raise AssertionError("asked for masks")

    assert load_profile("p", known_masks=registry) is not None


def test_mask_needs_salt(fails):
    """A profile that masks without mask_salt is an error naming mask_salt."""
    message = fails("profiles:\n  p:\n    columns:\n      users.email: {mask: email}\n")
    assert message.startswith("krakn.yml:2: profiles.p.mask_salt: required when a rule uses "
                              "a mask")


@pytest.mark.parametrize("renames,words", [
    ("users: a.b.c", "expected table.column: new_column (a column) or schema.table: "
                     "schema.table (a table)"),
    ("a.b.c: d.e", "expected table.column"),
    ("customer: public.client", "expected table.column"),
    ("users.email: '*'", "no '*' in renames"),
    ("users..email: e", "empty part"),
    ("public.customer: billing.customer", "moves the table to another schema"),
    ("users.email: email", "renames the column to itself"),
])
def test_bad_rename_shape(fails, renames, words):
    """A rename that is neither table.column: column nor table: table is an error."""
    message = fails(f"profiles:\n  p:\n    renames:\n      {renames}\n")
    assert message.startswith("krakn.yml:4: profiles.p.renames")
    assert words in message


@pytest.mark.parametrize("renames,words", [
    ("a: b\n      b: c", "chains and swaps of table names are not supported"),
    ("a: b\n      b: a", "chains and swaps of table names are not supported"),
    ("t.x: y\n      t.y: z", "chains and swaps of column names are not supported"),
    ("t.x: z\n      t.y: z", "names the same new column name as 't.x'"),
    ("t.x: z\n      public.T.x: w", "names the same column as 't.x'"),
])
def test_conflicting_renames(fails, renames, words):
    """Two renames of one name, onto one name, or in a chain are errors."""
    message = fails(f"profiles:\n  p:\n    renames:\n      {renames}\n")
    assert message.startswith(("krakn.yml:4: profiles.p.renames[",
                               "krakn.yml:5: profiles.p.renames["))
    assert words in message


def test_rule_keyed_by_a_renamed_away_column(fails):
    """Column rules name the target: a rule on a column's old name is an error."""
    message = fails("""
        profiles:
          p:
            renames:
              users.full_name: name
            columns:
              users.full_name: {value: x}
        """)
    assert message == ("krakn.yml:6: profiles.p.columns[users.full_name]: column full_name is "
                       "renamed to name; column rules name the target's columns")


def test_rule_keyed_by_a_renamed_away_table(fails):
    """A rule on a renamed table's old name is an error naming the new one."""
    message = fails("""
        profiles:
          p:
            renames:
              customer: client
            columns:
              customer.email: {value: x}
        """)
    assert "table public.customer is renamed to public.client" in message


@pytest.mark.parametrize("section", [
    "where:\n      client: 'id > 0'",
    "subset:\n      root: client",
    "references:\n      client.user_id: users.id",
    "references:\n      users.name: customer.id",
])
def test_source_keys_use_source_names(fails, section):
    """where, subset and references run on the source: a target-only name is an error."""
    message = fails("profiles:\n  p:\n    renames:\n      customer: client\n"
                    f"      users.full_name: name\n    {section}\n")
    assert "is the target's name of" in message
    assert "names the source's" in message


def test_duplicate_rule_after_name_folding(fails):
    """Two keys that name the same column once folded and qualified are an error."""
    message = fails("""
        profiles:
          p:
            columns:
              users.email: {value: a}
              public.Users.EMAIL: {value: b}
        """)
    assert message == ("krakn.yml:5: profiles.p.columns[public.Users.EMAIL]: names the same "
                       "column as 'users.email'")


def test_overlapping_wildcards_need_an_exact_rule(fails, load):
    """billing.*.email and *.users.email both match billing.users.email: say which applies."""
    text = """
        profiles:
          p:
            columns:
              billing.*.email: {value: a}
              "*.users.email": {value: b}
        """
    assert "both this and 'billing.*.email' match billing.users.email" in fails(text)
    profile = load(text + "      billing.users.email: {value: c}\n")
    assert profile.rule_for("billing", "users", "email").literal == "c"


@pytest.mark.parametrize("key,words", [
    ("users.*", "a rule names one column"),
    ("email", "expected table.column"),
    ('"users.email', "unclosed double quote"),
    ("users.e-mail", "needs double quotes"),
])
def test_bad_column_key(fails, key, words):
    """A columns key that is not a valid (pattern) name is an error on its line."""
    message = fails(f"profiles:\n  p:\n    columns:\n      '{key}': {{value: 1}}\n")
    assert message.startswith(f"krakn.yml:4: profiles.p.columns[{key}]: ")
    assert words in message


@pytest.mark.parametrize("text,expected", [
    ("", "krakn.yml: empty file: expected 'profiles:' with at least one profile"),
    ("- a\n", "krakn.yml:1: expected a mapping with the key 'profiles'"),
    ("profiles: []\n", "krakn.yml:1: profiles: expected a mapping of profile names to profiles"),
    ("profiles:\n  p:\n    to: !!python/object:os.system x\n",
     "krakn.yml:3: bad YAML: could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/object:os.system'"),
    ("a: &x [*x]\n", "krakn.yml:1: bad YAML: an alias refers to itself"),
])
def test_bad_file_shapes(fails, text, expected):
    """Empty files, wrong top levels, unsafe tags and recursive aliases are one-line errors."""
    assert fails(text) == expected


def test_not_utf8(write):
    """A file that is not UTF-8 says so."""
    write("profiles: {}\n").write_bytes(b"profiles:\n  p:\n    to: caf\xe9\n")
    with pytest.raises(UsageError, match=r"^krakn\.yml: not UTF-8 text$"):
        load_profile("p")


def test_errors_exit_2(fails, write):
    """Config errors are usage errors: exit status 2."""
    write("profiles:\n  p:\n    colums: 1\n")
    with pytest.raises(UsageError) as caught:
        load_profile("p")
    assert caught.value.exit_code == EXIT_ERROR


SECRETS = ("profiles:\n  p:\n    from: postgresql://app:Hunter2pw@prod/app\n"
           "    mask_salt: PepperSalt99\n")


@pytest.mark.parametrize("extra", [
    "    to: {a: 1}\n",
    "    jobs: x\n",
    "    mask_salt: again\n",
    "    columns:\n      users.x: {from: 'PepperSalt99.x', mask: email}\n",
    "    tables: ['postgresql://app:Hunter2pw@prod/app']\n",
    "    columns:\n      users.x: {from: 'x', mask: PepperSalt99}\n",
])
def test_errors_never_show_salt_or_password(fails, extra):
    """No error message shows the mask salt or a URL's password, even when quoting input."""
    message = fails(SECRETS + extra)
    assert "Hunter2pw" not in message
    assert "PepperSalt99" not in message


def test_secret_from_environment_not_shown(fails, monkeypatch):
    """A salt that came from ${VAR} is kept out of messages too."""
    monkeypatch.setenv("KRAKN_MASK_SALT", "EnvSalt-123456")
    message = fails("profiles:\n  p:\n    mask_salt: ${KRAKN_MASK_SALT}\n    columns:\n"
                    "      users.x: {from: '${KRAKN_MASK_SALT}', mask: email}\n")
    assert "EnvSalt-123456" not in message


def test_scrub():
    """scrub() hides URL passwords and secrets of six characters or more."""
    assert scrub("postgresql://u:pw@h/db and the salt longsalt", ["longsalt"]) == \
        "postgresql://u:***@h/db and the salt ***"
    assert scrub("short s", ["s"]) == "short s"


def test_repr_hides_urls_and_salt(load):
    """A profile's repr shows neither its URLs nor its salt."""
    profile = load(SECRETS)
    assert "Hunter2pw" not in repr(profile)
    assert "PepperSalt99" not in repr(profile)
    assert profile.mask_salt is not None
    assert profile.mask_salt.get_secret_value() == "PepperSalt99"
