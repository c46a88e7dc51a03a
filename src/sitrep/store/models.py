"""Database tables (SQLAlchemy 2 declarative models). The schema itself is made by Alembic."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """A raw input as fetched or read, compressed; never deleted, so reprocessing never refetches."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("external_id", "sha256", name="uq_documents_id_sha"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(2048), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    origin: Mapped[str] = mapped_column(String(2048))
    kind: Mapped[str] = mapped_column(String(32))
    url: Mapped[str | None] = mapped_column(String(2048))
    source: Mapped[str | None] = mapped_column(String(512))
    content_type: Mapped[str | None] = mapped_column(String(255))
    headers: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    raw_zlib: Mapped[bytes] = mapped_column(LargeBinary)
    raw_size: Mapped[int] = mapped_column(Integer)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    stored_at: Mapped[datetime] = mapped_column(DateTime)

    article: Mapped[ArticleRow | None] = relationship(back_populates="document", uselist=False)


class ArticleRow(Base):
    """Clean text and metadata of one document, with its de-duplication group."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    published_precision: Mapped[str] = mapped_column(String(8), default="day")
    author: Mapped[str | None] = mapped_column(String(512))
    site: Mapped[str | None] = mapped_column(String(512))
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    non_english: Mapped[bool] = mapped_column(Boolean, default=False)
    text_hash: Mapped[str] = mapped_column(String(40), index=True)
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id"), index=True)
    similarity: Mapped[float | None] = mapped_column(Float)
    extract_version: Mapped[str] = mapped_column(String(32))
    dedupe_version: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    analysis_version: Mapped[str | None] = mapped_column(String(255), index=True)
    reference_date: Mapped[date | None] = mapped_column(Date)
    reference_inferred: Mapped[bool | None] = mapped_column(Boolean)

    document: Mapped[DocumentRow] = relationship(back_populates="article")


class MentionRow(Base):
    """An actor, place or date the analysis stage found in an article, with its span."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16))
    ref: Mapped[str | None] = mapped_column(String(255))
    name: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(String(255))
    admin2: Mapped[str | None] = mapped_column(String(255))
    precision: Mapped[str | None] = mapped_column(String(8))
    actor_type: Mapped[str | None] = mapped_column(String(32))
    inter: Mapped[int | None] = mapped_column(Integer)
    affiliation: Mapped[str | None] = mapped_column(String(255))
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    inferred: Mapped[bool] = mapped_column(Boolean, default=False)


class RejectionRow(Base):
    """An input that could not be used: one row per (input, reason), counted on repeats."""

    __tablename__ = "rejections"
    __table_args__ = (UniqueConstraint("origin", "reason", name="uq_rejections_origin_reason"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(String(2048))
    reason: Mapped[str] = mapped_column(String(64), index=True)
    message: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)


class SourceRow(Base):
    """A feed or page polled on a schedule by ``sitrep poll``."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    every_seconds: Mapped[float] = mapped_column(Float)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    last_polled: Mapped[datetime | None] = mapped_column(DateTime)
    next_due: Mapped[datetime] = mapped_column(DateTime, index=True)
    last_status: Mapped[str | None] = mapped_column(String(255))
    stored_total: Mapped[int] = mapped_column(BigInteger, default=0)


class HttpCacheRow(Base):
    """Validators of the last response per URL, for conditional GET."""

    __tablename__ = "http_cache"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    checked_at: Mapped[datetime] = mapped_column(DateTime)


class EventRow(Base):
    """A fused event. ``event_id`` (ACLED's event_id_cnty) never changes once given."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(64))
    actor1: Mapped[str | None] = mapped_column(String(255))
    actor2: Mapped[str | None] = mapped_column(String(255))
    actors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(String(255))
    admin2: Mapped[str | None] = mapped_column(String(255))
    location: Mapped[str | None] = mapped_column(String(255))
    place_ref: Mapped[str | None] = mapped_column(String(32))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    date_start: Mapped[date | None] = mapped_column(Date, index=True)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    sources: Mapped[int] = mapped_column(Integer, default=0)
    reports: Mapped[int] = mapped_column(Integer, default=0)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EventReportRow(Base):
    """One report of an event in one article (replaced when the article is analysed again)."""

    __tablename__ = "event_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    event_pk: Mapped[int | None] = mapped_column(ForeignKey("events.id"), index=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(64))
    actor1: Mapped[str | None] = mapped_column(String(255))
    actor2: Mapped[str | None] = mapped_column(String(255))
    actors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    location: Mapped[str | None] = mapped_column(String(255))
    place_ref: Mapped[str | None] = mapped_column(String(32))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(8))
    admin1: Mapped[str | None] = mapped_column(String(255))
    admin2: Mapped[str | None] = mapped_column(String(255))
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    victims: Mapped[list[str]] = mapped_column(JSON, default=list)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text)
    trigger: Mapped[str] = mapped_column(String(64))
    inherited: Mapped[list[str]] = mapped_column(JSON, default=list)
    confidence: Mapped[float] = mapped_column(Float)
    version: Mapped[str] = mapped_column(String(32))


class EventChangeRow(Base):
    """A change to an event's fields: what changed, when, and which article's report did it."""

    __tablename__ = "event_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    article_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(32))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
