"""Row-level security switches and policies."""

from __future__ import annotations

from krakn.catalog.security import Policy
from krakn.ops.base import Change, SQLOp, display, literal, qualify, quote
from krakn.ops.phases import Phase

_COMMANDS = {"r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE", "*": "ALL"}


def _where(p: Policy) -> str:
    return display(p.schema, p.table)


class SetRowSecurityOp(SQLOp):
    phase = Phase.ROW_SECURITY

    def __init__(self, schema: str, table: str, new: tuple[bool, bool],
                 old: tuple[bool, bool]) -> None:
        self.schema, self.table = schema, table
        self.new, self.old = new, old

    def statements(self) -> list[str]:
        head = f"ALTER TABLE {qualify(self.schema, self.table)}"
        out = []
        if self.new[0] != self.old[0]:
            out.append(f"{head} {'ENABLE' if self.new[0] else 'DISABLE'} ROW LEVEL SECURITY")
        if self.new[1] != self.old[1]:
            out.append(f"{head} {'FORCE' if self.new[1] else 'NO FORCE'} ROW LEVEL SECURITY")
        return out

    def reverse(self) -> SetRowSecurityOp:
        return SetRowSecurityOp(self.schema, self.table, self.old, self.new)

    def describe(self) -> list[Change]:
        def words(flags: tuple[bool, bool]) -> str:
            return ("forced" if flags[1] else "enabled") if flags[0] else (
                "disabled, forced" if flags[1] else "disabled")

        table = display(self.schema, self.table)
        return [Change("~", "row level security",
                       f"Changed row level security on '{table}' from {words(self.old)} → "
                       f"{words(self.new)}", self.schema, self.table, None,
                       {"old": words(self.old), "new": words(self.new)})]

    def sort_key(self) -> tuple[str, ...]:
        return (self.schema, self.table)


class CreatePolicyOp(SQLOp):
    phase = Phase.CREATE_POLICIES

    def __init__(self, policy: Policy, replaces: Policy | None = None,
                 rebuild: bool = False) -> None:
        self.policy, self.replaces, self.rebuild = policy, replaces, rebuild

    def statements(self) -> list[str]:
        p = self.policy
        table = qualify(p.schema, p.table)
        sql = (f"CREATE POLICY {quote(p.name)} ON {table} "
               f"AS {'PERMISSIVE' if p.permissive else 'RESTRICTIVE'} "
               f"FOR {_COMMANDS[p.command]} TO {', '.join(p.roles)}")
        if p.using is not None:
            sql += f" USING ({p.using})"
        if p.check is not None:
            sql += f" WITH CHECK ({p.check})"
        out = [sql]
        if p.comment is not None:
            out.append(f"COMMENT ON POLICY {quote(p.name)} ON {table} IS {literal(p.comment)}")
        return out

    def reverse(self) -> DropPolicyOp:
        return DropPolicyOp(self.policy)

    def describe(self) -> list[Change]:
        if self.rebuild:
            return []
        p = self.policy
        if self.replaces is not None:
            return [Change("~", "policy", f"Changed policy '{p.name}' on '{_where(p)}'",
                           p.schema, p.table, p.name)]
        return [Change("+", "policy", f"Added policy '{p.name}' to '{_where(p)}'",
                       p.schema, p.table, p.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.policy.schema, self.policy.table, self.policy.name)


class DropPolicyOp(SQLOp):
    phase = Phase.DROP_POLICIES

    def __init__(self, policy: Policy, replaced: bool = False) -> None:
        self.policy, self.replaced = policy, replaced

    def statements(self) -> list[str]:
        p = self.policy
        return [f"DROP POLICY {quote(p.name)} ON {qualify(p.schema, p.table)}"]

    def reverse(self) -> CreatePolicyOp:
        return CreatePolicyOp(self.policy)

    def describe(self) -> list[Change]:
        if self.replaced:
            return []
        p = self.policy
        return [Change("-", "policy", f"Removed policy '{p.name}' from '{_where(p)}'",
                       p.schema, p.table, p.name)]

    def sort_key(self) -> tuple[str, ...]:
        return (self.policy.schema, self.policy.table, self.policy.name)
