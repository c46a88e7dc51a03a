"""The batch runner: targets → documents → articles → de-duplicated → stored → analysed.

The CLI, the poller and the benchmarks call :func:`ingest`, then :func:`process`. Work is
committed every ``batch_size`` documents, so a crash or Ctrl-C loses nothing already committed, and because
documents are keyed by (external id, content hash) a rerun resumes without duplicates.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from sitrep import dedupe
from sitrep.analyze import Analyzer, Text
from sitrep.config import Settings
from sitrep.errors import InputError
from sitrep.extract import extract
from sitrep.ingest import Fetcher, iter_documents
from sitrep.ingest.http import Response, Validators
from sitrep.records import DEDUPE_VERSION, Article, Document, Rejection
from sitrep.store import Store
from sitrep.store.db import sha256, utcnow
from sitrep.store.models import ArticleRow, DocumentRow, HttpCacheRow

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

ProgressHook = Callable[[str, str], None]


@dataclass
class IngestReport:
    """What one ingest run did: counts, the new article ids, and every rejection."""

    stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    article_ids: list[int] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.rejections)

    def merge(self, other: IngestReport) -> None:
        self.stored += other.stored
        self.duplicates += other.duplicates
        self.unchanged += other.unchanged
        self.article_ids += other.article_ids
        self.rejections += other.rejections

    def to_json(self) -> dict[str, object]:
        return {
            "stored": self.stored,
            "duplicates": self.duplicates,
            "unchanged": self.unchanged,
            "rejected": len(self.rejections),
            "rejections": [
                {"input": r.origin, "reason": r.reason, "message": r.message}
                for r in self.rejections
            ],
        }


class _SessionHttpCache:
    """The store, as URL ingestion sees it (conditional GET validators, stored ids)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def validators(self, url: str) -> Validators | None:
        row = self.session.get(HttpCacheRow, url)
        return Validators(row.etag, row.last_modified) if row else None

    def remember(self, url: str, response: Response) -> None:
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if not (etag or modified):
            return
        self.session.merge(HttpCacheRow(url=url, etag=etag, last_modified=modified,
                                        checked_at=utcnow()))

    def is_stored(self, external_id: str) -> bool:
        found = self.session.execute(
            select(DocumentRow.id).where(DocumentRow.external_id == external_id).limit(1)
        ).first()
        return found is not None


class _Batch:
    """One ingest run's state: the session, the near-duplicate index, the counters."""

    def __init__(self, store: Store, session: Session, settings: Settings) -> None:
        self.store = store
        self.session = session
        self.settings = settings
        self.report = IngestReport()
        self.pending = 0
        self.deduper = dedupe.Deduper(threshold=settings.dedupe_threshold)
        for article_id, signature in session.execute(
            select(ArticleRow.id, ArticleRow.minhash).where(ArticleRow.minhash.is_not(None))
        ):
            if signature is not None:
                self.deduper.add(article_id, dedupe.from_bytes(signature))

    def reject(self, rejection: Rejection) -> None:
        self.store.record_rejection(self.session, rejection)
        self.report.rejections.append(rejection)
        self._tick()

    def add(self, document: Document) -> None:
        digest = sha256(document.raw)
        if self.store.has_document(self.session, document.external_id, digest):
            self.report.unchanged += 1
            return
        try:
            article = extract(document, min_chars=self.settings.min_text_chars)
        except InputError as exc:
            self.reject(Rejection(document.origin, exc.reason, exc.message))
            return
        self._store(document, digest, article)
        self._tick()

    def _store(self, document: Document, digest: str, article: Article) -> None:
        now = utcnow()
        doc_row = DocumentRow(
            external_id=document.external_id, sha256=digest, origin=document.origin[:2048],
            kind=document.kind, url=document.url, source=document.source,
            content_type=document.content_type, headers=document.headers,
            raw_zlib=zlib.compress(document.raw, 6), raw_size=len(document.raw),
            fetched_at=document.fetched_at, stored_at=now,
        )
        shingle_set = dedupe.shingles(article.text)
        signature = dedupe.minhash(shingle_set)
        hashed = dedupe.text_hash(article.text)
        match = self._exact_copy(hashed) or self.deduper.find(
            shingle_set, signature, self._text_of
        )
        row = ArticleRow(
            document=doc_row, title=article.title, text=article.text,
            published=article.published, published_precision=article.published_precision,
            author=article.author, site=article.site,
            lang=article.lang, non_english=not article.is_english, text_hash=hashed,
            minhash=dedupe.to_bytes(signature), extract_version=article.extract_version,
            dedupe_version=DEDUPE_VERSION, created_at=now,
        )
        self.session.add_all([doc_row, row])
        self.session.flush()
        if match is not None:
            self._link(row, match)
            self.report.duplicates += 1
        self.deduper.add(row.id, signature)
        self.report.stored += 1
        self.report.article_ids.append(row.id)

    def _exact_copy(self, hashed: str) -> dedupe.Match | None:
        found = self.session.execute(
            select(ArticleRow.id).where(ArticleRow.text_hash == hashed)
            .order_by(ArticleRow.id).limit(1)
        ).scalar_one_or_none()
        return dedupe.Match(found, 1.0) if found is not None else None

    def _text_of(self, article_id: int) -> str | None:
        row = self.session.get(ArticleRow, article_id)
        return row.text if row else None

    def _link(self, row: ArticleRow, match: dedupe.Match) -> None:
        """Link ``row`` into the copy group of ``match``, rooted at the earliest copy."""
        root = self.session.get(ArticleRow, match.article_id)
        if root is None:
            return
        while root.duplicate_of is not None:
            parent = self.session.get(ArticleRow, root.duplicate_of)
            if parent is None:
                break
            root = parent
        if _earlier(row.published, root.published):
            # The new copy was published first: it becomes the group's original.
            members = self.session.execute(
                select(ArticleRow).where(ArticleRow.duplicate_of == root.id)
            ).scalars()
            for member in [root, *members]:
                member.duplicate_of = row.id
            root.similarity = match.similarity
        else:
            row.duplicate_of = root.id
            row.similarity = match.similarity
        self.session.flush()

    def _tick(self) -> None:
        self.pending += 1
        if self.pending >= self.settings.batch_size:
            self.session.commit()
            self.pending = 0


def _earlier(new: date | None, old: date | None) -> bool:
    return new is not None and old is not None and new < old


def ingest(
    targets: Iterable[str],
    *,
    store: Store,
    settings: Settings,
    fetcher: Fetcher | None = None,
    progress: ProgressHook | None = None,
) -> IngestReport:
    """Ingest every target (path, directory, JSONL, WARC, page URL, feed URL) into ``store``.

    Bad inputs never stop the batch: each becomes a recorded rejection in the report.
    """
    own_fetcher = fetcher is None
    http = fetcher or Fetcher(settings)
    try:
        with store.session() as session:
            batch = _Batch(store, session, settings)
            cache = _SessionHttpCache(session)
            for target in targets:
                for item in iter_documents(target, settings=settings, fetcher=http, cache=cache):
                    if isinstance(item, Rejection):
                        batch.reject(item)
                    else:
                        batch.add(item)
                    if progress is not None:
                        progress("rejected" if isinstance(item, Rejection) else "document",
                                 item.origin)
            return batch.report
    finally:
        if own_fetcher:
            http.close()


@dataclass
class ProcessReport:
    """What one analysis run did."""

    analysed: int = 0
    mentions: int = 0
    version: str = ""

    def to_json(self) -> dict[str, object]:
        return {"analysed": self.analysed, "mentions": self.mentions, "version": self.version}


def process(
    *,
    store: Store,
    settings: Settings,
    redo_all: bool = False,
    analyzer: Analyzer | None = None,
    progress: ProgressHook | None = None,
) -> ProcessReport:
    """Run the analysis stage on every original English article not yet analysed by the current
    version (every one with ``redo_all``), committing every ``batch_size`` articles."""
    engine = analyzer or Analyzer(settings)
    report = ProcessReport(version=engine.version)
    after = 0
    chunk = max(1, min(settings.batch_size, 200))
    while True:
        rows = store.pending_analysis(engine.version, redo_all=redo_all, after=after, limit=chunk)
        if not rows:
            return report
        texts = [Text(text, published, precision) for _, text, published, precision in rows]
        with store.session() as session:
            for (article_id, *_), analysis in zip(rows, engine.analyze_many(texts), strict=True):
                store.save_analysis(session, article_id, analysis)
                report.analysed += 1
                report.mentions += len(analysis.mentions)
                if progress is not None:
                    progress("analysed", str(article_id))
        after = rows[-1][0]
