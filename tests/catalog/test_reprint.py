"""PostgreSQL's two prints of one check (krakn.catalog.reprint), as text and on a server."""

from __future__ import annotations

from krakn.catalog.reprint import canonical, restated

FIRST = ("CHECK (((status)::text = ANY ((ARRAY['new'::character varying, "
         "'paid'::character varying])::text[])))")
AGAIN = ("CHECK (((status)::text = ANY (ARRAY[('new'::character varying)::text, "
         "('paid'::character varying)::text])))")


def test_both_prints_have_one_canonical_form() -> None:
    """The cast of the whole array and the cast of each element compare equal."""
    assert canonical(FIRST) == canonical(AGAIN) == AGAIN


def test_text_without_the_pattern_is_left_alone() -> None:
    """A call's own parenthesis, quoted text and plain arrays are not rewritten."""
    call = "CHECK ((f(ARRAY[1, 2]))::text[] IS NOT NULL)"
    quoted = "CHECK ((note <> '(ARRAY[1])::text[]'::text))"
    plain = "CHECK ((n = ANY (ARRAY[1, 2])))"
    for text in (call, quoted, plain):
        assert canonical(text) == restated(text) == text


def test_restated_casts_the_elements_type_first() -> None:
    """The elements' own array type is named, so the outer cast stays on the array."""
    assert restated(FIRST) == ("CHECK (((status)::text = ANY ((ARRAY['new'::character varying, "
                               "'paid'::character varying]::character varying[])::text[])))")
    assert restated("((n)::text = ANY ((ARRAY[1, 2])::text[]))") == (
        "((n)::text = ANY ((ARRAY[1, 2]::integer[])::text[]))")
    # Elements of no evident type: left as printed.
    untyped = "((n)::text = ANY ((ARRAY[a.x, 2])::text[]))"
    assert restated(untyped) == untyped


def test_restated_prints_back_the_same(make_db) -> None:
    """PostgreSQL reads restated text back into the print it came from."""
    db = make_db()
    db.load("CREATE TABLE t (status varchar(20), CONSTRAINT c CHECK (status IN ('new', 'paid')));")
    first = db.query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'c'")
    assert first == [(FIRST,)]
    db.load(f"ALTER TABLE t DROP CONSTRAINT c; ALTER TABLE t ADD CONSTRAINT c {restated(FIRST)};")
    again = db.query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'c'")
    assert again == first


def test_two_prints_show_no_difference(make_db, krakn) -> None:
    """A check, an index and a domain in each print: krakn diff finds nothing."""
    a, b = make_db(), make_db()
    a.load("CREATE DOMAIN d AS varchar(5) CHECK (VALUE IN ('S', 'M'));"
           "CREATE TABLE t (status varchar(20), CONSTRAINT c CHECK (status IN ('new', 'paid')));"
           "CREATE INDEX t_open ON t (status) WHERE status IN ('new', 'paid');")
    b.load("CREATE DOMAIN d AS varchar(5) CONSTRAINT d_check CHECK "
           "(((VALUE)::text = ANY ((ARRAY['S'::varchar, 'M'::varchar])::text[])));"
           f"CREATE TABLE t (status varchar(20), CONSTRAINT c {FIRST});"
           "CREATE INDEX t_open ON t (status) WHERE ((status)::text = ANY "
           "((ARRAY['new'::varchar, 'paid'::varchar])::text[]));")
    printed = b.query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'c'")
    assert printed == [(AGAIN,)]  # b holds the other print
    result = krakn("diff", "--from", a.url, "--to", b.url)
    assert (result.exit_code, result.stdout) == (0, ""), result.stdout
