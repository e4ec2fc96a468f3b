"""The phases of a migration, in the order they run.

The order follows migra's idea: make schemas, take down what stands on what
changes, create sequences, types, routines and tables, alter columns, add
constraints and indexes, then foreign keys, views and grants, then drop what
is gone. Each operation declares its phase (a class attribute, or a property
where the object decides it); inside a phase, steps sort by their key, so the
same inputs always give the same script. The numbers only order; the gaps
leave room for phases to come.
"""

from __future__ import annotations

from enum import IntEnum


class Phase(IntEnum):
    # Before any other DDL, which an event trigger would see (krakn.ops.events);
    # a publication lets go of what changes under it (krakn.ops.publications).
    DROP_EVENT_TRIGGERS = -4
    DROP_PUBLICATIONS = -3
    CREATE_SCHEMAS = -2
    CREATE_EXTENSIONS = -1
    MOVE_EXTENSIONS = 0
    # Before the domains, columns and indexes that use them.
    CREATE_COLLATIONS = 1
    # Rules, a view's triggers and extended statistics go before the views,
    # columns and tables under them change (krakn.plan.view_parts).
    DROP_RULES = 3
    DROP_VIEW_TRIGGERS = 3
    DROP_STATISTICS = 3
    # What stands on what changes goes first (krakn.plan.dependents).
    DROP_VIEWS = 4
    # A profile's renames (krakn.ops.renames): after the views that go (whose
    # rollback makes them again once the names are back), before everything
    # that names a renamed object by its new name.
    RENAMES = 5
    DROP_POLICIES = 6
    DROP_USER_DEFAULTS = 7  # defaults, domain checks, generated expressions
    DROP_TRIGGERS = 8  # triggers go first and come back last
    # Before the domains, columns and indexes that use them.
    CREATE_TEXT_SEARCH = 9
    DROP_FOREIGN_KEYS = 10
    DROP_CONSTRAINTS = 11
    DROP_INDEXES = 12
    # A table rebuilt for its partitioning sets its rows aside before it is
    # dropped (krakn.ops.table_rows), once what stands on it is gone.
    STASH_ROWS = 13
    DROP_USER_ROUTINES = 14
    # An identity's sequence goes with it, before a serial sequence of the
    # same name is created and before the column gets a default.
    DROP_IDENTITIES = 19
    CREATE_SEQUENCES = 20
    ALTER_SEQUENCES = 21
    # Wrappers, servers and user mappings, before the foreign tables on them.
    FOREIGN_SERVERS = 22
    ADD_ENUM_VALUES = 23
    REBUILD_ENUMS = 24
    CREATE_TYPES = 25
    REPLACE_TYPES = 26
    ALTER_DOMAINS = 27
    ALTER_COMPOSITES = 27
    UNMIGRATED_TYPES = 28
    # Before tables (bodies are not checked: check_function_bodies = off),
    # after the types their signatures use.
    CREATE_ROUTINES = 29
    CREATE_TABLES = 30
    # Storage parameters and access method of tables that exist (krakn.ops.storage).
    TABLE_STORAGE = 35
    # Domain checks calling a routine: after routines and tables.
    LATE_DOMAIN_CHECKS = 31
    ADD_COLUMNS = 40
    ALTER_FOREIGN_TABLES = 41
    DROP_EXPRESSIONS = 49
    # One aspect of a column at a time: the old default goes before the
    # type changes under it.
    DROP_DEFAULTS = 50
    ALTER_COLUMN_TYPES = 51
    SET_DEFAULTS = 52
    ALTER_NULLABILITY = 53
    # A serial's sequence whose name an identity takes over: once its column's
    # default no longer calls it, before the identity is added.
    DROP_REUSED_SEQUENCES = 53
    ALTER_IDENTITIES = 54
    # BEGIN ATOMIC bodies and tables' row types need tables and columns;
    # partitions attach once both tables have their columns.
    LATE_ROUTINES = 55
    ATTACH_PARTITIONS = 55
    GENERATED_COLUMNS = 56
    # After a column's type changes or it is made again: both reset its storage.
    COLUMN_STORAGE = 57
    # After their support functions (late ones too), before the views calling them.
    CREATE_AGGREGATES = 58
    # Into the rebuilt table and its partitions, before its keys, indexes,
    # triggers and the foreign keys pointing at it are made.
    RESTORE_ROWS = 59
    ADD_CONSTRAINTS = 60
    CREATE_INDEXES = 61
    CREATE_STATISTICS = 62
    # USING INDEX needs its index.
    REPLICA_IDENTITY = 65
    ADD_FOREIGN_KEYS = 70
    CREATE_TRIGGERS = 75
    CREATE_VIEWS = 76
    CREATE_POLICIES = 77
    ROW_SECURITY = 78
    # On views, and reading any table or view.
    CREATE_RULES = 79
    CREATE_VIEW_TRIGGERS = 79
    OWN_SEQUENCES = 80
    # Once their tables have every column a row filter or column list names.
    CREATE_PUBLICATIONS = 81
    COMMENTS = 90
    # After everything is created and altered; owners last, so grants are
    # made by the owner the target has then.
    GRANTS = 95
    OWNERS = 96
    DROP_COLUMNS = 100
    # Once the views calling them are gone; before their support functions
    # (and a state type that is a table's row type).
    DROP_AGGREGATES = 104
    # Routines on a table's row type or body: before their tables go.
    DROP_EARLY_ROUTINES = 105
    DROP_TABLES = 110
    # A domain whose checks call a routine: before that routine.
    DROP_LATE_CHECKED_DOMAINS = 117
    DROP_ROUTINES = 118
    # After routines, whose signatures may use the types.
    DROP_TYPES = 119
    DROP_SEQUENCES = 120
    DROP_TEXT_SEARCH = 121
    DROP_COLLATIONS = 122
    # Before an extension that brings their wrapper.
    DROP_FOREIGN_SERVERS = 123
    DROP_EXTENSIONS = 125
    DROP_SCHEMAS = 130
    # After every other statement, which a new event trigger would see.
    CREATE_EVENT_TRIGGERS = 140
