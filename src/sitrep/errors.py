"""The exceptions Sitrep raises.

Every library error is a :class:`SitrepError`. Errors about one input carry a short, stable
``reason`` code (``binary``, ``too_large``, ``fetch_timeout`` ...) that the store records and
``sitrep stats`` counts; only the CLI and the web app turn them into messages for people.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class of every error Sitrep raises on purpose."""

    reason = "error"

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        if reason is not None:
            self.reason = reason

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.reason


class ConfigError(SitrepError):
    """A setting has a value Sitrep cannot use."""

    reason = "config"


class InputError(SitrepError):
    """One input (file, record, page, feed) could not be turned into a document."""

    reason = "bad_input"


class FetchError(InputError):
    """A URL could not be fetched (timeout, refused address, HTTP error, robots.txt...)."""

    reason = "fetch_failed"


class ExtractError(InputError):
    """A document held no article text that Sitrep could extract."""

    reason = "no_text"


class StoreError(SitrepError):
    """The database could not be opened, migrated or queried."""

    reason = "store"


class NotFoundError(SitrepError):
    """A record asked for by id does not exist."""

    reason = "not_found"


class QueryError(SitrepError):
    """A search query or filter could not be understood."""

    reason = "bad_query"
