"""The two sides krakn works on: which flag named each, where it is, what to hide."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

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

    def connect_params(self, application_name: str) -> dict[str, Any]:
        """psycopg2.connect()'s keywords: the URL's parts and query parameters,
        with a connect timeout and application name unless the URL gives them."""
        params: dict[str, Any] = self.url.translate_connect_args(username="user",
                                                                 database="dbname")
        params.update({k: v for k, v in self.url.query.items() if isinstance(v, str)})
        params.setdefault("connect_timeout", 10)
        params.setdefault("application_name", application_name)
        return params

    def scrub(self, text: str) -> str:
        """text without any URL's password, nor any of this database's secrets."""
        return redact(text, self.secrets)
