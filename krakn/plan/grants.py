"""What the plan makes anew keeps the grants and owner it must end with.

A view or routine dropped and created again loses its grants and owner. With
--with-privileges or --with-owners the source's are wanted; without them the
target's own are kept, as CREATE OR REPLACE would have kept them (read with
the target's side, for views and routines only).
"""

from __future__ import annotations

from dataclasses import replace

from krakn.catalog.privileges import PUBLIC, ObjectKey, PrivilegesSnapshot
from krakn.compare.privileges import created, new_grants, privilege_ops, recreated
from krakn.compare.session import Session
from krakn.ops.base import Change
from krakn.ops.default_privileges import DefaultGrantOp, DefaultRevokeOp
from krakn.ops.privileges import GrantOp, PrivilegeOp, SetOwnerOp
from krakn.plan.model import Context, Plan, Step
from krakn.plan.place import place


def restore_grants(steps: list[Step], ctx: Context) -> None:
    """The pass: grants and owners of what is made anew, as they must end."""
    session = ctx.session
    if session.privileges or session.owners:
        restore_recreated(steps, session)
    elif ctx.target_grants is not None and any(recreated(step.op) for step in steps):
        theirs = ctx.target_grants
        restore_recreated(steps, replace(session, source_privileges=theirs,
                                         target_privileges=theirs, privileges=True,
                                         owners=True))


def restore_recreated(steps: list[Step], session: Session) -> None:
    """Give objects the steps create again the grants and owner they must end with.

    The new steps go at the end: the passes sort the plan last.
    """
    src, tgt = session.source_privileges, session.target_privileges
    if src is None or tgt is None:
        return
    keys = {k for step in steps for k in recreated(step.op)}
    if not keys:
        return
    relations = {k[1:3] for k in keys if k[0] in ("view", "materialized view")}

    def affected(key: ObjectKey) -> bool:
        return key in keys or (key[0] == "column" and key[1:3] in relations)

    kept = []
    words: dict[ObjectKey, list[Change]] = {}
    for step in steps:
        op = step.op
        if isinstance(op, PrivilegeOp) and affected(op.key):
            words.setdefault(_group(op.key), []).extend(op.describe())
        else:
            kept.append(step)
    fresh = PrivilegesSnapshot(grants={k: new_grants(k, tgt) for k in src.grants if affected(k)},
                               owners={}, current_user=tgt.current_user)
    wanted = PrivilegesSnapshot(grants={k: v for k, v in src.grants.items() if affected(k)},
                                owners={k: v for k, v in src.owners.items() if k in keys})
    told: set[ObjectKey] = set()
    for op in privilege_ops(wanted, fresh, session.privileges, session.owners):
        assert isinstance(op, PrivilegeOp)
        group = _group(op.key)
        # diff words the object's change once, on its first grant.
        op.words = [] if group in told else words.get(group, [])
        # The rollback makes the old object again and gives it its own grants
        # (krakn.plan.rollback): undoing these would only touch the new one.
        op.restores = True
        told.add(group)
        kept.append(place(op, session))
    steps[:] = kept


def grant_again(forward: Plan, steps: list[Step]) -> list[tuple[Step, PrivilegeOp]]:
    """The grants and owner changes that give what the rollback (``steps``,
    reversed) makes again the target's own, each with the step making its
    object: the objects the forward plan dropped, and those it made anew.
    They run after everything else; the default privileges are the
    target's again by then (their changes are undone first)."""
    tgt = forward.target_privileges
    if tgt is None or not (forward.grants_back or forward.owners_back):
        return []
    made: dict[ObjectKey, Step] = {}
    for step in steps:
        for key in created(step.op):
            made.setdefault(key, step)
    relations = {k[1:3]: step for k, step in made.items() if k[0] != "column"}
    for key in tgt.grants:
        if key[0] == "column" and key[1:3] in relations:
            made.setdefault(key, relations[key[1:3]])
    grants = {k: tgt.grants[k] for k in made if k in tgt.grants}
    wanted = PrivilegesSnapshot(grants=grants,
                                owners={k: tgt.owners[k] for k in made if k in tgt.owners})
    fresh = PrivilegesSnapshot(grants={k: new_grants(k, tgt) for k in grants},
                               current_user=tgt.current_user)
    out: list[tuple[Step, PrivilegeOp]] = []
    for op in privilege_ops(wanted, fresh, forward.grants_back, forward.owners_back):
        assert isinstance(op, PrivilegeOp)
        op.words = []  # part of making the object again
        out.append((made[op.key], op))
    return out


def _group(key: ObjectKey) -> ObjectKey:
    """A view's column grants are worded with the view."""
    return key if key[0] != "column" else ("view", *key[1:3], "")


def missing_roles(plan: Plan, session: Session) -> list[str]:
    """Roles the script grants to or makes owners that the target's server lacks."""
    tgt = session.target_privileges
    if tgt is None:
        return []
    named = set()
    for step in plan.steps:
        op = step.op
        if isinstance(op, GrantOp) and op.grantee != PUBLIC:
            named.add(op.grantee)
        elif isinstance(op, SetOwnerOp):
            named.add(op.owner)
        elif isinstance(op, (DefaultGrantOp, DefaultRevokeOp)):
            named |= {op.key[0], op.grantee} - {PUBLIC}
    return sorted(named - tgt.roles)
