"""WARC and WARC.gz files (e.g. Common Crawl News): HTML responses and text conversions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from sitrep.records import Document, Rejection

_HTML_TYPES = ("text/html", "application/xhtml")


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


def iter_warc(path: Path, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """Yield a document for each HTML response (or text conversion) record of a WARC file.

    A truncated or corrupt record ends the file with a ``warc_truncated`` rejection; the
    records read before it are kept.
    """
    count = 0
    try:
        with path.open("rb") as fh:
            for record in ArchiveIterator(fh):
                count += 1
                origin = f"{path}#{count}"
                doc_or_rejection = _document(record, origin, max_bytes=max_bytes)
                if doc_or_rejection is not None:
                    yield doc_or_rejection
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as exc:
        # zlib, gzip and warcio all signal a cut-off stream differently.
        yield Rejection(f"{path}#{count + 1}", "warc_truncated",
                        f"WARC record {count + 1} is truncated or corrupt ({exc.__class__.__name__})")


def _document(record: object, origin: str, *, max_bytes: int) -> Document | Rejection | None:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            return None
        status = http.get_statuscode()
        content_type = (http.get_header("Content-Type") or "").lower()
        if status != "200" or not content_type.startswith(_HTML_TYPES):
            return None
        kind = "html"
    elif rec_type in ("conversion", "resource"):
        content_type = (headers.get_header("Content-Type") or "").lower()
        if not content_type.startswith(("text/plain", *_HTML_TYPES)):
            return None
        kind = "html" if content_type.startswith(_HTML_TYPES) else "text"
    else:
        return None
    stream = record.content_stream()  # type: ignore[attr-defined]
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        return Rejection(origin, "too_large", f"WARC record for {url} is over the size limit")
    if getattr(record.raw_stream, "limit", 0) > 0:  # type: ignore[attr-defined]
        # The file ended before the record's declared Content-Length: a cut-off download.
        raise EOFError(f"record for {url} ends early")
    external_id = url or headers.get_header("WARC-Record-ID") or origin
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip() or None
    return Document(
        external_id=external_id,
        raw=raw,
        origin=origin,
        kind=kind,
        url=url,
        fetched_at=_warc_date(headers.get_header("WARC-Date")),
        content_type=content_type or None,
        headers={"charset": charset} if charset else {},
    )
