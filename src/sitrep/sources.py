"""Sources polled on a schedule: ``sitrep sources add URL --every 10m`` and ``sitrep poll``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from sitrep.config import Settings
from sitrep.errors import ConfigError, NotFoundError
from sitrep.ingest import Fetcher, is_url
from sitrep.pipeline import IngestReport, ProgressHook, ingest
from sitrep.store import Store
from sitrep.store.db import utcnow
from sitrep.store.models import SourceRow

#: Polling a source more often than this is impolite to its server.
MIN_EVERY_SECONDS = 60.0


def add_source(store: Store, url: str, *, every_seconds: float) -> SourceRow:
    """Add a feed or page URL to poll every ``every_seconds``; due at once."""
    if not is_url(url):
        raise ConfigError(f"a source must be an http(s) URL: {url!r}")
    if every_seconds < MIN_EVERY_SECONDS:
        raise ConfigError(f"polling more often than every {MIN_EVERY_SECONDS:.0f}s is not allowed")
    now = utcnow()
    row = SourceRow(url=url, every_seconds=every_seconds, added_at=now, next_due=now,
                    stored_total=0)
    try:
        with store.session() as session:
            session.add(row)
    except IntegrityError:
        raise ConfigError(f"source already added: {url}") from None
    return row


def remove_source(store: Store, key: str) -> None:
    """Remove a source by number or URL (what it stored stays stored)."""
    with store.session() as session:
        query = select(SourceRow).where(
            SourceRow.id == int(key) if key.isdigit() else SourceRow.url == key
        )
        row = session.execute(query).scalar_one_or_none()
        if row is None:
            raise NotFoundError(f"no source {key!r}")
        session.delete(row)


@dataclass(frozen=True, slots=True)
class PollResult:
    url: str
    report: IngestReport


def poll(store: Store, *, settings: Settings, now: datetime | None = None,
         fetcher: Fetcher | None = None, progress: ProgressHook | None = None) -> list[PollResult]:
    """Fetch every source that is due, once, and schedule its next poll."""
    moment = now or utcnow()
    with store.session() as session:
        due = list(session.execute(
            select(SourceRow).where(SourceRow.next_due <= moment).order_by(SourceRow.next_due)
        ).scalars())
    results = []
    http = fetcher or Fetcher(settings)
    try:
        for source in due:
            report = ingest([source.url], store=store, settings=settings, fetcher=http,
                            progress=progress)
            with store.session() as session:
                row = session.get(SourceRow, source.id)
                if row is not None:
                    row.last_polled = moment
                    row.next_due = moment + timedelta(seconds=row.every_seconds)
                    row.stored_total += report.stored
                    row.last_status = (
                        f"{report.rejections[0].reason}: {report.rejections[0].message}"[:255]
                        if report.rejections else f"ok: {report.stored} new"
                    )
            results.append(PollResult(source.url, report))
    finally:
        if fetcher is None:
            http.close()
    return results
