"""Every bulk read of the PostgreSQL catalog, and the dataclasses they fill.

``snapshot`` gathers what diff and migrate compare (``tables``, ``types``,
``routines``, ``views``, ``security``, ``depends``; ``privileges`` when
asked); ``data`` reads what sync-data needs to move rows; ``filters`` holds
the rules every read shares; ``version_table`` takes Alembic's bookkeeping
out of a snapshot.
"""
