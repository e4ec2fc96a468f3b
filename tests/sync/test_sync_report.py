"""How sync-data words sizes (krakn.sync.report)."""

from __future__ import annotations

from krakn.sync.report import human_bytes


def test_sizes_are_binary_units_named_as_such() -> None:
    """Bytes below 1 KiB stay bytes; larger sizes use KiB, MiB and GiB."""
    assert human_bytes(1023) == "1023 B"
    assert human_bytes(1536) == "1.5 KiB"
    assert human_bytes(392 * 1024 * 1024) == "392.0 MiB"
    assert human_bytes(5 * 1024**4) == "5120.0 GiB"
