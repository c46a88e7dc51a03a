"""URLs: a page becomes one document; a feed becomes one document per entry's page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from sitrep.errors import InputError
from sitrep.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from sitrep.ingest.http import Fetcher, Response, Validators
from sitrep.records import Document, Rejection


class HttpCache(Protocol):
    """What URL ingestion needs from the store: validators and what is already stored."""

    def validators(self, url: str) -> Validators | None: ...

    def remember(self, url: str, response: Response) -> None: ...

    def is_stored(self, external_id: str) -> bool: ...


def iter_url(url: str, *, fetcher: Fetcher, cache: HttpCache) -> Iterator[Document | Rejection]:
    """Yield the documents behind ``url``: the page itself, or each new entry of a feed."""
    response = _fetch(url, fetcher=fetcher, cache=cache)
    if not isinstance(response, Response):
        if response is not None:
            yield response
        return
    content = response.content or b""
    if looks_like_feed(content, response.content_type):
        try:
            feed = parse_feed(content, base_url=response.url)
        except InputError as exc:
            yield Rejection(url, exc.reason, exc.message)
            return
        if feed.problem:
            yield Rejection(url, "malformed_feed",
                            f"{feed.problem} ({len(feed.entries)} entries recovered)")
        for entry in feed.entries:
            yield from _iter_entry(entry, feed_url=response.url, fetcher=fetcher, cache=cache)
        return
    yield _page_document(response, origin=url)


def _fetch(url: str, *, fetcher: Fetcher, cache: HttpCache) -> Response | Rejection | None:
    """Return the fetched response, a rejection saying why not, or None when unchanged."""
    try:
        response = fetcher.get(url, validators=cache.validators(url))
    except InputError as exc:
        return Rejection(url, exc.reason, exc.message)
    if response.not_modified:
        return None
    cache.remember(url, response)
    if not response.content:
        return Rejection(url, "empty", f"{url} returned an empty body")
    return response


def _page_document(response: Response, *, origin: str, entry: FeedEntry | None = None,
                   feed_url: str | None = None) -> Document:
    charset = None
    if "charset=" in response.content_type:
        charset = response.content_type.split("charset=", 1)[1].split(";")[0].strip()
    is_text = response.content_type.startswith("text/plain")
    return Document(
        external_id=response.url,
        raw=response.content or b"",
        origin=origin,
        kind="text" if is_text else "html",
        url=response.url,
        fetched_at=response.fetched_at,
        content_type=response.content_type or None,
        headers={k: v for k, v in response.headers.items()
                 if k in ("etag", "last-modified", "content-type", "date")}
        | ({"charset": charset} if charset else {}),
        title=entry.title if entry else None,
        published=entry.published if entry else None,
        source=feed_url,
    )


def _iter_entry(entry: FeedEntry, *, feed_url: str, fetcher: Fetcher,
                cache: HttpCache) -> Iterator[Document | Rejection]:
    if entry.link is None:
        if entry.content:
            yield Document(external_id=entry.id, raw=entry.content.encode("utf-8"),
                           origin=feed_url, kind="feed-entry", title=entry.title,
                           published=entry.published, source=feed_url, html=entry.content)
        return
    if cache.is_stored(entry.link):
        return  # articles rarely change; polling must not refetch every entry every time
    response = _fetch(entry.link, fetcher=fetcher, cache=cache)
    if not isinstance(response, Response):
        if response is not None:
            yield response
        return
    yield _page_document(response, origin=entry.link, entry=entry, feed_url=feed_url)
