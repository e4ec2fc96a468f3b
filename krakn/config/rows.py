"""A profile's where, subset and references as the RowFilter sync-data and verify take."""

from __future__ import annotations

from krakn.config.model import Profile
from krakn.options import Reference, RowFilter, Subset


def row_filter(profile: Profile) -> RowFilter:
    """The profile's row selection (an empty RowFilter when it sets none)."""
    subset = None
    if profile.subset is not None:
        root = profile.subset.root
        subset = Subset(root, profile.subset.where or "true")
    return RowFilter(
        where=tuple(profile.where.items()),
        subset=subset,
        references=tuple(Reference(ref.child.table_name, (ref.child.column,),
                                   ref.parent.table_name, (ref.parent.column,), key=ref.key)
                         for ref in profile.references))
