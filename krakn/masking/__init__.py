"""Deterministic masking inside the source query: see api (what a mask is),
keys (the keyed hash and its seeds), pools (Faker vocabularies), builtin and
registry (masks by name, plugins through the ``krakn.masks`` entry points)."""

from __future__ import annotations

from krakn.masking.api import Mask, MaskContext, MaskInput, for_display
from krakn.masking.keys import derive_seeds, seed_statements, set_seeds
from krakn.masking.registry import check_allowed, get_mask, known_masks, render

__all__ = ["Mask", "MaskContext", "MaskInput", "check_allowed", "derive_seeds", "for_display",
           "get_mask", "known_masks", "render", "seed_statements", "set_seeds"]
