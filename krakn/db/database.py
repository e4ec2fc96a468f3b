"""The two sides krakn works on: which flag named each, where it is, what to hide."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL

from krakn.db.urls import parse_url, redact, safe_url, secrets_of

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Database:
    """One side of a comparison: which flag named it and where it is."""

    side: str  # "--from" or "--to"
    url: URL

    @classmethod
    def from_raw(cls, raw: str | None, side: str) -> Database:
        return cls(side=side, url=parse_url(raw, side))

    @property
    def label(self) -> str:
        """The URL to show: no password, no secret query parameter."""
        return safe_url(self.url)

    @property
    def secrets(self) -> list[str]:
        """The password and every secret query parameter (password=, passfile=...)."""
        return secrets_of(self.url)

    def scrub(self, text: str) -> str:
        """text without any URL's password, nor any of this database's secrets."""
        return redact(text, self.secrets)
