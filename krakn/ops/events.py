"""Event triggers: CREATE/DROP EVENT TRIGGER, ALTER EVENT TRIGGER ENABLE/DISABLE.

An event trigger fires on the script's own DDL: the ones that go are dropped
before any other statement, the new ones made after every other, so none
sees the migration. Its event, tags or function cannot be altered: a changed
one is dropped and made again (at both ends of the script).
"""

from __future__ import annotations

from krakn.catalog.events import EventTrigger
from krakn.ops.base import literal, qualify, quote
from krakn.ops.objects import ObjectKind
from krakn.ops.phases import Phase

_STATES = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}


class EventTriggerKind(ObjectKind[EventTrigger]):
    kind = "event trigger"
    sql_kind = "EVENT TRIGGER"
    create_phase = Phase.CREATE_EVENT_TRIGGERS
    drop_phase = Phase.DROP_EVENT_TRIGGERS
    split_replace = True

    def alter_phase(self, new: EventTrigger, old: EventTrigger) -> Phase:
        # Disabled before the script's DDL; enabled after it.
        return Phase.DROP_EVENT_TRIGGERS if new.enabled == "D" else Phase.CREATE_EVENT_TRIGGERS

    def name(self, obj: EventTrigger) -> str:
        return obj.name

    def target(self, obj: EventTrigger) -> str:
        return quote(obj.name)

    def definition(self, obj: EventTrigger) -> list[str]:
        when = (f" WHEN TAG IN ({', '.join(literal(t) for t in obj.tags)})"
                if obj.tags else "")
        sql = [f"CREATE EVENT TRIGGER {quote(obj.name)} ON {quote(obj.event)}{when} "
               f"EXECUTE FUNCTION {qualify(*obj.function)}()"]
        if obj.enabled != "O":
            sql.append(self._state(obj))
        return sql

    def _state(self, obj: EventTrigger) -> str:
        return f"ALTER EVENT TRIGGER {quote(obj.name)} {_STATES[obj.enabled]}"

    def alter(self, new: EventTrigger, old: EventTrigger) -> list[str] | None:
        if (new.event, new.tags, new.function) != (old.event, old.tags, old.function):
            return None
        state = [self._state(new)] if new.enabled != old.enabled else []
        return state + self.alter_comment(new, old)


EVENT_TRIGGERS = EventTriggerKind()
