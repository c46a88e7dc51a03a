"""The typed records that flow through Sitrep's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

#: Stage names and versions stored with what they made, so reprocessing can redo only what changed.
EXTRACT_VERSION = "extract.v1"
DEDUPE_VERSION = "dedupe.v1"


@dataclass(frozen=True, slots=True)
class Document:
    """One fetched or read input, raw bytes included: the unit the store keeps forever."""

    external_id: str
    raw: bytes
    origin: str
    kind: str  # html | text | jsonl | warc | feed-entry
    url: str | None = None
    fetched_at: datetime | None = None
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    # Metadata an input format already gives (JSONL fields, feed entries); they beat extraction.
    title: str | None = None
    published: date | None = None
    published_precision: str = "day"  # day | month | year, for ISO dates like 2016-05
    source: str | None = None
    text: str | None = None
    html: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """Clean article text and metadata extracted from one :class:`Document`."""

    title: str | None
    text: str
    published: date | None
    lang: str | None
    published_precision: str = "day"
    author: str | None = None
    site: str | None = None
    extract_version: str = EXTRACT_VERSION

    @property
    def is_english(self) -> bool:
        return self.lang == "en"


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input that could not be used, with the stable reason code recorded in the store."""

    origin: str
    reason: str
    message: str
