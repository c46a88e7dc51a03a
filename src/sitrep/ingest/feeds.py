"""RSS and Atom feeds: recognising them and reading their entries (feedparser)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from xml.sax import SAXParseException

import feedparser

from sitrep.errors import InputError

_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
               "application/xml", "text/xml", "application/feed+json")
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry of a feed: where its article lives, and what the feed says about it."""

    id: str
    link: str | None
    title: str | None
    published: date | None
    content: str | None


def looks_like_feed(content: bytes, content_type: str = "") -> bool:
    """Return True when a response is a feed rather than a page."""
    if content_type.startswith(_FEED_TYPES):
        return True
    return bool(_FEED_ROOT.search(content[:4096]))


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its entries, and what was wrong with its XML if anything (entries that a
    lenient parse recovered from broken XML are still worth having)."""

    entries: list[FeedEntry]
    problem: str | None = None


def parse_feed(content: bytes, *, base_url: str | None = None) -> Feed:
    """Return the entries of a feed; raises :class:`InputError` for a hostile or broken feed."""
    if _ENTITY_DECL.search(content):
        # Feeds have no use for entity declarations; they are how "billion laughs" bombs work.
        raise InputError("the feed declares XML entities; refused as a possible entity bomb",
                         reason="xml_entities")
    parsed = feedparser.parse(content, response_headers={"content-location": base_url or ""})
    error = getattr(parsed, "bozo_exception", None) if parsed.bozo else None
    problem = None
    if isinstance(error, SAXParseException):
        problem = f"malformed feed XML: {str(error).splitlines()[0]}"
        if not parsed.entries:
            raise InputError(problem, reason="malformed_feed")
    if not parsed.entries and not parsed.feed:
        raise InputError("not a feed: no channel and no entries", reason="malformed_feed")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or None
        content_value = None
        if entry.get("content"):
            content_value = entry["content"][0].get("value")
        content_value = content_value or entry.get("summary") or None
        struct = entry.get("published_parsed") or entry.get("updated_parsed")
        published = date(struct.tm_year, struct.tm_mon, struct.tm_mday) if struct else None
        entry_id = entry.get("id") or link
        if not entry_id:
            continue
        entries.append(FeedEntry(id=str(entry_id), link=link, title=entry.get("title") or None,
                                 published=published, content=content_value))
    return Feed(entries, problem)
