"""krakn.compare.constraints on hand-built snapshots: keys and checks by definition."""

from __future__ import annotations

from compare_helpers import add_constraint, add_table, ops_of, said, snapshot


def test_added_removed_and_changed_constraints():
    """Source-only constraints are added, target-only dropped, changed ones replaced."""
    src, tgt = add_table(snapshot(), "t"), add_table(snapshot(), "t")
    add_constraint(src, "t", "t_pkey", "p", "PRIMARY KEY (id)", columns=("id",))
    add_constraint(src, "t", "t_id_check", "c", "CHECK ((id > 0))")
    add_constraint(tgt, "t", "t_id_check", "c", "CHECK ((id >= 0))")
    add_constraint(tgt, "t", "t_id_key", "u", "UNIQUE (id)", columns=("id",))
    assert sorted(said(src, tgt)) == sorted([
        "+ Added primary key 't_pkey' to 't': PRIMARY KEY (id)",
        "~ Changed check constraint 't_id_check' on 't' from CHECK ((id >= 0)) "
        "→ CHECK ((id > 0))",
        "- Removed unique constraint 't_id_key' from 't'",
    ])


def test_foreign_key_names_its_table():
    """A new foreign key is added with its definition and the table it references."""
    src = add_table(add_table(snapshot(), "parent"), "child")
    tgt = add_table(add_table(snapshot(), "parent"), "child")
    fk = add_constraint(src, "child", "child_id_fkey", "f",
                        "FOREIGN KEY (id) REFERENCES parent(id)",
                        references=("public", "parent"), columns=("id",))
    found = ops_of(src, tgt)
    assert len(found) == 1
    assert found[0].con == fk and found[0].replaces is None
    assert said(src, tgt) == [
        "+ Added foreign key 'child_id_fkey' to 'child': FOREIGN KEY (id) REFERENCES parent(id)"]


def test_same_constraints_make_no_operation():
    """Equal definitions on both sides: nothing to do."""
    src, tgt = add_table(snapshot(), "t"), add_table(snapshot(), "t")
    for snap in (src, tgt):
        add_constraint(snap, "t", "t_pkey", "p", "PRIMARY KEY (id)", columns=("id",))
    assert ops_of(src, tgt) == []
