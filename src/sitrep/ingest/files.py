"""Local inputs: single files and directories of .html/.htm/.txt/.md, JSONL and WARC files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from sitrep.errors import InputError
from sitrep.ingest import jsonl, warc
from sitrep.ingest.decoding import decode_text, looks_like_html
from sitrep.records import Document, Rejection

PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
KNOWN_SUFFIXES = PAGE_SUFFIXES | TEXT_SUFFIXES | {".jsonl", ".warc", ".gz"}


def is_warc(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith((".warc", ".warc.gz", ".arc.gz", ".arc"))


def iter_path(path: Path, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """Yield documents (or rejections) for a file or, recursively, a directory."""
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                child = Path(root) / name
                if name.startswith(".") or not _ingestible(child):
                    continue
                yield from iter_file(child, max_bytes=max_bytes)
    elif path.exists():
        yield from iter_file(path, max_bytes=max_bytes)
    else:
        yield Rejection(str(path), "not_found", f"no such file or directory: {path}")


def _ingestible(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix == ".gz":
        return is_warc(path)
    return suffix in KNOWN_SUFFIXES


def iter_file(path: Path, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """Yield the documents of one file: one for a page or text, many for JSONL and WARC."""
    origin = str(path)
    try:
        if path.suffix.lower() == ".jsonl":
            yield from jsonl.iter_jsonl(path, max_bytes=max_bytes)
            return
        if is_warc(path):
            yield from warc.iter_warc(path, max_bytes=max_bytes)
            return
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"the file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                             reason="too_large")
        yield read_file(path)
    except InputError as exc:
        yield Rejection(origin, exc.reason, exc.message)
    except OSError as exc:
        yield Rejection(origin, "unreadable", f"cannot read {path}: {exc.strerror or exc}")


def read_file(path: Path) -> Document:
    """Return the document of one page or plain-text file."""
    raw = path.read_bytes()
    text = decode_text(raw)
    suffix = path.suffix.lower()
    is_html = suffix in PAGE_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(text))
    resolved = str(path.resolve())
    mtime = datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    return Document(
        external_id=resolved,
        raw=raw,
        origin=str(path),
        kind="html" if is_html else "text",
        url=path.resolve().as_uri(),
        fetched_at=mtime,
        content_type="text/html" if is_html else "text/plain",
        html=text if is_html else None,
        text=None if is_html else text,
    )
