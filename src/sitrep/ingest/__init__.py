"""The ingest stage: sources (files, directories, JSONL, WARC, pages, feeds) to documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sitrep.config import Settings
from sitrep.ingest.files import iter_path
from sitrep.ingest.http import Fetcher
from sitrep.ingest.web import HttpCache, iter_url
from sitrep.records import Document, Rejection

__all__ = ["Fetcher", "HttpCache", "is_url", "iter_documents"]


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def iter_documents(target: str, *, settings: Settings, fetcher: Fetcher,
                   cache: HttpCache) -> Iterator[Document | Rejection]:
    """Yield every document behind one ingest target, and a rejection for each bad input.

    Never raises for a bad input: what cannot be read is yielded as a :class:`Rejection`.
    """
    if is_url(target):
        yield from iter_url(target, fetcher=fetcher, cache=cache)
        return
    if "://" in target:
        yield Rejection(target, "bad_url", f"unsupported URL scheme: {target}")
        return
    yield from iter_path(Path(target).expanduser(), max_bytes=settings.max_document_bytes)
