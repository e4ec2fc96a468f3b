"""ALTER DEFAULT PRIVILEGES: what a role's new objects are granted (--with-privileges).

They run with the other grants, after everything the script creates: what it
creates starts from the target's default privileges as they were
(krakn.catalog.default_privileges.fresh_grants), not the source's.
"""

from __future__ import annotations

from krakn.catalog.default_privileges import DefaultKey
from krakn.ops.base import Change, SQLOp, quote
from krakn.ops.phases import Phase
from krakn.ops.privileges import role, role_words

# pg_default_acl's letters, as ALTER DEFAULT PRIVILEGES names them.
OBJECTS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS"}
# After the grants on objects (their keys start with a kind word).
_ORDER = "~default privileges"


def head(key: DefaultKey) -> str:
    """``ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s]``."""
    owner, schema, _letter = key
    where = f" IN SCHEMA {quote(schema)}" if schema else ""
    return f"ALTER DEFAULT PRIVILEGES FOR ROLE {quote(owner)}{where}"


def objects_words(key: DefaultKey) -> str:
    owner, schema, letter = key
    where = f" in schema '{schema}'" if schema else ""
    return f"new {OBJECTS[letter].lower()} of '{owner}'{where}"


def _details(key: DefaultKey, grantee: str) -> dict[str, object]:
    return {"grantee": grantee or "PUBLIC", "role": key[0], "objects": OBJECTS[key[2]].lower()}


class DefaultGrantOp(SQLOp):
    """Grant a privilege by default, or only add its grant option (``existing``)."""

    phase = Phase.GRANTS

    def __init__(self, key: DefaultKey, grantee: str, privilege: str, grantable: bool,
                 existing: bool = False) -> None:
        self.key, self.grantee, self.privilege = key, grantee, privilege
        self.grantable, self.existing = grantable, existing

    def statements(self) -> list[str]:
        option = " WITH GRANT OPTION" if self.grantable else ""
        return [f"{head(self.key)} GRANT {self.privilege} ON {OBJECTS[self.key[2]]} "
                f"TO {role(self.grantee)}{option}"]

    def reverse(self) -> DefaultRevokeOp:
        return DefaultRevokeOp(self.key, self.grantee, self.privilege,
                               option_only=self.existing)

    def describe(self) -> list[Change]:
        what = f"{self.privilege} on {objects_words(self.key)}"
        schema = self.key[1] or None
        details = _details(self.key, self.grantee)
        if self.existing:
            return [Change("~", "default privilege", f"Changed grant option of {what} for "
                           f"{role_words(self.grantee)} from no → yes", schema, None,
                           self.privilege, {**details, "old": False, "new": True})]
        option = " with grant option" if self.grantable else ""
        return [Change("+", "default privilege", f"Granted {what} to "
                       f"{role_words(self.grantee)}{option}", schema, None, self.privilege,
                       details)]

    def sort_key(self) -> tuple[str, ...]:
        return (_ORDER, *self.key, self.grantee, self.privilege)


class DefaultRevokeOp(SQLOp):
    """Revoke a privilege granted by default, or only its grant option."""

    phase = Phase.GRANTS

    def __init__(self, key: DefaultKey, grantee: str, privilege: str,
                 option_only: bool = False, grantable: bool = False) -> None:
        self.key, self.grantee, self.privilege = key, grantee, privilege
        self.option_only, self.grantable = option_only, grantable

    def statements(self) -> list[str]:
        what = "GRANT OPTION FOR " if self.option_only else ""
        return [f"{head(self.key)} REVOKE {what}{self.privilege} ON {OBJECTS[self.key[2]]} "
                f"FROM {role(self.grantee)}"]

    def reverse(self) -> DefaultGrantOp:
        if self.option_only:
            return DefaultGrantOp(self.key, self.grantee, self.privilege, True, existing=True)
        return DefaultGrantOp(self.key, self.grantee, self.privilege, self.grantable)

    def describe(self) -> list[Change]:
        what = f"{self.privilege} on {objects_words(self.key)}"
        schema = self.key[1] or None
        details = _details(self.key, self.grantee)
        if self.option_only:
            return [Change("~", "default privilege", f"Changed grant option of {what} for "
                           f"{role_words(self.grantee)} from yes → no", schema, None,
                           self.privilege, {**details, "old": True, "new": False})]
        return [Change("-", "default privilege", f"Revoked {what} from "
                       f"{role_words(self.grantee)}", schema, None, self.privilege, details)]

    def sort_key(self) -> tuple[str, ...]:
        return (_ORDER, *self.key, self.grantee, self.privilege)
