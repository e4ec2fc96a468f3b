"""The kinds compared whole, each by its own reader: collations, text search,
foreign data (wrappers, servers, user mappings, foreign tables), event
triggers and publications. The last three families are database-wide and
read whatever the schema selection."""

from __future__ import annotations

from dataclasses import dataclass, field

from krakn.catalog.collations import Collation, read_collations
from krakn.catalog.events import EventTrigger, read_event_triggers
from krakn.catalog.foreign import ForeignSnapshot, read_foreign
from krakn.catalog.publications import Publication, read_publications
from krakn.catalog.textsearch import TextSearchSnapshot, read_text_search
from krakn.db.query import Query


@dataclass
class ExtrasSnapshot:
    collations: dict[tuple[str, str], Collation] = field(default_factory=dict)
    text_search: TextSearchSnapshot = field(default_factory=TextSearchSnapshot)
    foreign: ForeignSnapshot = field(default_factory=ForeignSnapshot)
    event_triggers: dict[str, EventTrigger] = field(default_factory=dict)
    publications: dict[str, Publication] = field(default_factory=dict)


def read_extras(query: Query, schemas: list[str]) -> ExtrasSnapshot:
    return ExtrasSnapshot(read_collations(query, schemas), read_text_search(query, schemas),
                          read_foreign(query, schemas), read_event_triggers(query),
                          read_publications(query))
