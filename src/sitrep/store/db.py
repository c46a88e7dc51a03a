"""The :class:`Store`: opening and migrating the database, and the queries the surfaces need."""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, delete, event, func, insert, or_, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from sitrep.errors import NotFoundError, QueryError, StoreError
from sitrep.records import Analysis, Mention, Rejection
from sitrep.store import events as event_store
from sitrep.store.events import EventFilter, EventView, ReportView
from sitrep.store.models import (
    ArticleRow,
    DocumentRow,
    EventReportRow,
    EventRow,
    MentionRow,
    RejectionRow,
    SourceRow,
)

_MIGRATIONS = Path(__file__).parent / "migrations"


def utcnow() -> datetime:
    """Return the current UTC time as a naive datetime (how the store keeps times)."""
    return datetime.now(UTC).replace(tzinfo=None)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class ArticleView:
    """An article as the surfaces show it: article fields plus its document's identity."""

    id: int
    doc_id: str
    url: str | None
    source: str | None
    title: str | None
    published: date | None
    published_precision: str
    lang: str | None
    non_english: bool
    text: str
    duplicate_of: int | None
    duplicate_of_doc_id: str | None
    similarity: float | None
    extract_version: str
    stored_at: datetime

    @property
    def published_text(self) -> str | None:
        """Return the publication date at its known precision: 2017-11-03, 2016-05 or 2016."""
        if self.published is None:
            return None
        cut = {"year": 4, "month": 7}.get(self.published_precision, 10)
        return self.published.isoformat()[:cut]

    def to_json(self) -> dict[str, Any]:
        """Return the public JSONL export shape of an article (see the README)."""
        return {
            "doc_id": self.doc_id,
            "article_id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published_text,
            "lang": self.lang,
            "text": self.text,
            "duplicate_of": self.duplicate_of_doc_id,
        }


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    articles: int
    originals: int
    duplicates: int
    non_english: int
    raw_bytes: int
    stored_bytes: int
    by_lang: dict[str, int]
    rejections: dict[str, int]
    sources: int
    analysed: int = 0
    mentions: dict[str, int] | None = None
    events: int = 0
    event_reports: int = 0


@dataclass(frozen=True, slots=True)
class MentionCount:
    """One place or actor and how often the (original) articles mention it."""

    ref: str | None
    name: str
    country: str | None
    admin1: str | None
    precision: str | None
    actor_type: str | None
    lat: float | None
    lon: float | None
    mentions: int
    articles: int

    def to_json(self) -> dict[str, Any]:
        return {"ref": self.ref, "name": self.name, "country": self.country, "admin1": self.admin1,
                "precision": self.precision, "actor_type": self.actor_type, "lat": self.lat,
                "lon": self.lon, "mentions": self.mentions, "articles": self.articles}


_MENTION_FIELDS = ("kind", "start", "end", "text", "source", "ref", "name", "lat", "lon", "country",
                   "admin1", "admin2", "precision", "actor_type", "inter", "affiliation",
                   "date_start", "date_end", "inferred")


def _mention_fields(mention: Mention) -> dict[str, Any]:
    return {name: getattr(mention, name) for name in _MENTION_FIELDS}


def _mention_of(row: MentionRow) -> Mention:
    return Mention(**{name: getattr(row, name) for name in _MENTION_FIELDS})


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Store:
    """A migrated database and the queries over it. Open with :meth:`Store.open`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str) -> Store:
        """Return a store on database ``url``, creating and migrating the schema as needed."""
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"not a database URL: {url!r}") from exc
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            folder = Path(parsed.database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreError(f"cannot create database {parsed.database}: no folder {folder}")
        try:
            engine = create_engine(parsed)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use database {url!r}: {exc}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        store.migrate()
        return store

    def migrate(self) -> None:
        """Bring the schema up to the newest Alembic revision."""
        cfg = Config()
        cfg.set_main_option("script_location", str(_MIGRATIONS))
        try:
            with self.engine.begin() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, "head")
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database: {exc.__class__.__name__}: {exc}") from exc

    def close(self) -> None:
        self.engine.dispose()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """Yield a session committed on success and rolled back on any exception."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- documents ------------------------------------------------------------------------

    @staticmethod
    def has_document(session: Session, external_id: str, digest: str) -> bool:
        row = session.execute(
            select(DocumentRow.id).where(
                DocumentRow.external_id == external_id, DocumentRow.sha256 == digest
            )
        ).first()
        return row is not None

    def raw_bytes(self, document_id: int) -> bytes:
        """Return the raw bytes of a stored document, as first fetched or read."""
        with self.session() as session:
            row = session.get(DocumentRow, document_id)
            if row is None:
                raise NotFoundError(f"no document {document_id}")
            return zlib.decompress(row.raw_zlib)

    # -- rejections -----------------------------------------------------------------------

    @staticmethod
    def record_rejection(session: Session, rejection: Rejection) -> None:
        """Record (or count again) that an input was rejected, with its reason."""
        now = utcnow()
        row = session.execute(
            select(RejectionRow).where(
                RejectionRow.origin == rejection.origin[:2048],
                RejectionRow.reason == rejection.reason,
            )
        ).scalar_one_or_none()
        if row is None:
            session.add(RejectionRow(origin=rejection.origin[:2048], reason=rejection.reason,
                                     message=rejection.message, count=1, first_seen=now,
                                     last_seen=now))
        else:
            row.count += 1
            row.message = rejection.message
            row.last_seen = now
        session.flush()

    def rejections(self, *, limit: int = 50) -> list[RejectionRow]:
        with self.session() as session:
            rows = session.execute(
                select(RejectionRow).order_by(RejectionRow.last_seen.desc()).limit(limit)
            ).scalars()
            return list(rows)

    # -- articles -------------------------------------------------------------------------

    def _article_query(self) -> Any:
        original = ArticleRow.__table__.alias("original")
        original_doc = DocumentRow.__table__.alias("original_doc")
        return (
            select(ArticleRow, DocumentRow, original_doc.c.external_id)
            .join(DocumentRow, ArticleRow.document_id == DocumentRow.id)
            .outerjoin(original, ArticleRow.duplicate_of == original.c.id)
            .outerjoin(original_doc, original.c.document_id == original_doc.c.id)
        )

    @staticmethod
    def _view(article: ArticleRow, document: DocumentRow, original_doc: str | None) -> ArticleView:
        return ArticleView(
            id=article.id, doc_id=document.external_id, url=document.url, source=document.source,
            title=article.title, published=article.published,
            published_precision=article.published_precision, lang=article.lang,
            non_english=article.non_english, text=article.text,
            duplicate_of=article.duplicate_of, duplicate_of_doc_id=original_doc,
            similarity=article.similarity, extract_version=article.extract_version,
            stored_at=document.stored_at,
        )

    def articles(self, *, limit: int | None = 50, offset: int = 0,
                 include_duplicates: bool = True) -> list[ArticleView]:
        """Return articles, newest publication first (undated last)."""
        query = self._article_query()
        if not include_duplicates:
            query = query.where(ArticleRow.duplicate_of.is_(None))
        query = query.order_by(ArticleRow.published.is_(None), ArticleRow.published.desc(),
                               ArticleRow.id.desc()).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.session() as session:
            return [self._view(*row) for row in session.execute(query)]

    def iter_articles(self, *, chunk: int = 500) -> Iterator[ArticleView]:
        """Yield every article in id order, a chunk at a time (for exports)."""
        last = 0
        while True:
            query = self._article_query().where(ArticleRow.id > last).order_by(ArticleRow.id)
            with self.session() as session:
                rows = [self._view(*row) for row in session.execute(query.limit(chunk))]
            if not rows:
                return
            yield from rows
            last = rows[-1].id

    def article(self, key: str | int) -> ArticleView:
        """Return one article by its number or by its document's external id."""
        query = self._article_query()
        key_text = str(key)
        if key_text.isdigit():
            query = query.where(or_(ArticleRow.id == int(key_text),
                                    DocumentRow.external_id == key_text))
        else:
            query = query.where(DocumentRow.external_id == key_text)
        with self.session() as session:
            row = session.execute(query.order_by(ArticleRow.id.desc()).limit(1)).first()
        if row is None:
            raise NotFoundError(f"no article with id or doc_id {key_text!r}")
        return self._view(*row)

    def duplicates_of(self, article_id: int) -> list[ArticleView]:
        query = self._article_query().where(ArticleRow.duplicate_of == article_id)
        with self.session() as session:
            return [self._view(*row) for row in session.execute(query.order_by(ArticleRow.id))]

    def search(self, query_text: str, *, limit: int = 20) -> list[tuple[ArticleView, str]]:
        """Return articles matching a full-text query, best first, each with a text snippet."""
        if not query_text.strip():
            raise QueryError("empty search query")
        if not self.is_sqlite:
            return self._search_like(query_text, limit=limit)
        try:
            return self._search_fts(query_text, limit=limit)
        except OperationalError:
            # Not valid FTS5 syntax (a stray quote, a lone operator): search the words literally.
            words = re.findall(r"\w+", query_text)
            if not words:
                raise QueryError(f"nothing to search for in {query_text!r}") from None
            return self._search_fts(" ".join(f'"{w}"' for w in words), limit=limit)

    def _search_fts(self, match: str, *, limit: int) -> list[tuple[ArticleView, str]]:
        sql = text(
            "SELECT rowid, snippet(articles_fts, 1, '[', ']', ' … ', 16) FROM articles_fts "
            "WHERE articles_fts MATCH :q ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT :n"
        )
        with self.session() as session:
            hits = session.execute(sql, {"q": match, "n": limit}).all()
            ids = [h[0] for h in hits]
            rows = {r[0].id: self._view(*r)
                    for r in session.execute(self._article_query().where(ArticleRow.id.in_(ids)))}
        return [(rows[i], snippet) for i, snippet in hits if i in rows]

    def _search_like(self, query_text: str, *, limit: int) -> list[tuple[ArticleView, str]]:
        words = re.findall(r"\w+", query_text)
        query = self._article_query()
        for word in words:
            query = query.where(or_(ArticleRow.title.ilike(f"%{word}%"),
                                    ArticleRow.text.ilike(f"%{word}%")))
        with self.session() as session:
            views = [self._view(*r) for r in session.execute(query.limit(limit))]
        return [(v, v.text[:160]) for v in views]

    # -- analysis -------------------------------------------------------------------------

    def pending_analysis(self, version: str, *, redo_all: bool = False, after: int = 0,
                         limit: int = 100) -> list[tuple[int, str, date | None, str]]:
        """Return (id, text, published, precision) of original English articles, in id order,
        that the analysis stage at ``version`` has not done yet (every one with ``redo_all``)."""
        query = (select(ArticleRow.id, ArticleRow.text, ArticleRow.published,
                        ArticleRow.published_precision)
                 .where(ArticleRow.id > after, ArticleRow.duplicate_of.is_(None),
                        ArticleRow.non_english.is_(False))
                 .order_by(ArticleRow.id).limit(limit))
        if not redo_all:
            query = query.where(or_(ArticleRow.analysis_version.is_(None),
                                    ArticleRow.analysis_version != version))
        with self.session() as session:
            return [(r[0], r[1], r[2], r[3]) for r in session.execute(query)]

    @staticmethod
    def save_analysis(session: Session, article_id: int, analysis: Analysis) -> None:
        """Replace an article's mentions with a new analysis (within the caller's transaction)."""
        session.execute(delete(MentionRow).where(MentionRow.article_id == article_id))
        rows = [{"article_id": article_id, **_mention_fields(m)} for m in analysis.mentions]
        if rows:
            session.execute(insert(MentionRow), rows)
        session.execute(update(ArticleRow).where(ArticleRow.id == article_id).values(
            analysis_version=analysis.version, reference_date=analysis.reference_date,
            reference_inferred=analysis.reference_inferred))
        event_store.save_event_reports(session, article_id, analysis.reports, utcnow())

    def mentions(self, article_id: int, *, kind: str | None = None) -> list[Mention]:
        """Return an article's mentions in text order."""
        query = select(MentionRow).where(MentionRow.article_id == article_id)
        if kind:
            query = query.where(MentionRow.kind == kind)
        with self.session() as session:
            rows = session.execute(query.order_by(MentionRow.start, MentionRow.id)).scalars()
            return [_mention_of(row) for row in rows]

    def iter_mentions(self, *, kind: str | None = None, chunk: int = 2000
                      ) -> Iterator[tuple[str, Mention]]:
        """Yield (document external id, mention) for every stored mention, article by article."""
        last = 0
        while True:
            query = (select(MentionRow, DocumentRow.external_id)
                     .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
                     .join(DocumentRow, DocumentRow.id == ArticleRow.document_id)
                     .where(MentionRow.id > last).order_by(MentionRow.id).limit(chunk))
            if kind:
                query = query.where(MentionRow.kind == kind)
            with self.session() as session:
                rows = [(doc_id, _mention_of(row), row.id) for row, doc_id in session.execute(query)]
            if not rows:
                return
            for doc_id, mention, _ in rows:
                yield doc_id, mention
            last = rows[-1][2]

    def mention_counts(self, kind: str, *, limit: int = 50, country: str | None = None,
                       include_unresolved: bool = False) -> list[MentionCount]:
        """Count mentions of each place or actor over original articles, most mentioned first."""
        label = func.coalesce(MentionRow.ref, func.lower(MentionRow.text))
        query = (select(label, func.max(MentionRow.name), func.max(MentionRow.country),
                        func.max(MentionRow.admin1), func.max(MentionRow.precision),
                        func.max(MentionRow.actor_type), func.max(MentionRow.lat),
                        func.max(MentionRow.lon), func.count(MentionRow.id),
                        func.count(func.distinct(MentionRow.article_id)),
                        func.max(MentionRow.text), MentionRow.ref.is_(None))
                 .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
                 .where(MentionRow.kind == kind, ArticleRow.duplicate_of.is_(None))
                 .group_by(label, MentionRow.ref.is_(None))
                 .order_by(func.count(func.distinct(MentionRow.article_id)).desc(),
                           func.count(MentionRow.id).desc(), label)
                 .limit(limit))
        if country:
            query = query.where(MentionRow.country == country.upper())
        if not include_unresolved:
            query = query.where(MentionRow.ref.is_not(None) | (MentionRow.actor_type == "unknown"))
        with self.session() as session:
            return [MentionCount(ref=None if r[11] else r[0], name=r[1] or r[10], country=r[2],
                                 admin1=r[3], precision=r[4], actor_type=r[5], lat=r[6], lon=r[7],
                                 mentions=r[8], articles=r[9])
                    for r in session.execute(query)]

    # -- sources --------------------------------------------------------------------------

    # -- events ---------------------------------------------------------------------------

    def events(self, where: EventFilter | None = None, *, limit: int | None = 50,
               order: str = "date") -> list[EventView]:
        """Events (not withdrawn) matching a filter, latest first (or deadliest first)."""
        with self.session() as session:
            return event_store.events(session, where or EventFilter(), limit=limit, order=order)

    def event(self, event_id: str) -> EventView:
        """One event with its reports, their articles and the changes made to it."""
        with self.session() as session:
            return event_store.event(session, event_id)

    def event_provenance(self, event_ids: list[str]) -> dict[str, tuple[list[str], str]]:
        """Each event's sources (publisher, else document id) and the evidence of its most
        confident report, by event id."""
        with self.session() as session:
            rows = session.execute(select(EventRow.id, EventRow.event_id)
                                   .where(EventRow.event_id.in_(event_ids))).all()
            found = event_store.provenance(session, [pk for pk, _ in rows])
            return {str(eid): found.get(pk, ([], "")) for pk, eid in rows}

    def iter_event_reports(self) -> Iterator[ReportView]:
        """Every event report, in the order they were made."""
        with self.session() as session:
            yield from event_store.report_views(session)

    def sources(self) -> list[SourceRow]:
        with self.session() as session:
            return list(session.execute(select(SourceRow).order_by(SourceRow.id)).scalars())

    # -- stats ----------------------------------------------------------------------------

    def stats(self) -> Stats:
        """Return counts of what the store holds, rejections by reason included."""
        with self.session() as session:
            documents, raw_bytes, stored_bytes = session.execute(
                select(func.count(DocumentRow.id), func.coalesce(func.sum(DocumentRow.raw_size), 0),
                       func.coalesce(func.sum(func.length(DocumentRow.raw_zlib)), 0))
            ).one()
            articles = session.scalar(select(func.count(ArticleRow.id))) or 0
            duplicates = session.scalar(
                select(func.count(ArticleRow.id)).where(ArticleRow.duplicate_of.is_not(None))
            ) or 0
            non_english = session.scalar(
                select(func.count(ArticleRow.id)).where(ArticleRow.non_english.is_(True))
            ) or 0
            by_lang = {lang or "unknown": n for lang, n in session.execute(
                select(ArticleRow.lang, func.count(ArticleRow.id)).group_by(ArticleRow.lang)
            )}
            rejections = {reason: int(n) for reason, n in session.execute(
                select(RejectionRow.reason, func.sum(RejectionRow.count))
                .group_by(RejectionRow.reason).order_by(func.sum(RejectionRow.count).desc())
            )}
            sources = session.scalar(select(func.count(SourceRow.id))) or 0
            analysed = session.scalar(
                select(func.count(ArticleRow.id)).where(ArticleRow.analysis_version.is_not(None))
            ) or 0
            mentions = {kind: int(n) for kind, n in session.execute(
                select(MentionRow.kind, func.count(MentionRow.id)).group_by(MentionRow.kind))}
            events = session.scalar(select(func.count(EventRow.id))
                                    .where(EventRow.withdrawn.is_(False))) or 0
            event_reports = session.scalar(select(func.count(EventReportRow.id))) or 0
        return Stats(documents=documents, articles=articles, originals=articles - duplicates,
                     duplicates=duplicates, non_english=non_english, raw_bytes=int(raw_bytes),
                     stored_bytes=int(stored_bytes), by_lang=by_lang, rejections=rejections,
                     sources=sources, analysed=analysed, mentions=mentions, events=events,
                     event_reports=event_reports)
