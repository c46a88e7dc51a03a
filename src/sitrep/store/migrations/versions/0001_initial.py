"""Documents, articles (with full-text search), rejections, sources, HTTP cache.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

_FTS = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
    "CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, title, text) "
    "VALUES ('delete', old.id, old.title, old.text); "
    "INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END",
]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("external_id", sa.String(2048), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(2048), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("url", sa.String(2048)),
        sa.Column("source", sa.String(512)),
        sa.Column("content_type", sa.String(255)),
        sa.Column("headers", sa.JSON, nullable=False),
        sa.Column("raw_zlib", sa.LargeBinary, nullable=False),
        sa.Column("raw_size", sa.Integer, nullable=False),
        sa.Column("fetched_at", sa.DateTime),
        sa.Column("stored_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("external_id", "sha256", name="uq_documents_id_sha"),
    )
    op.create_index("ix_documents_external_id", "documents", ["external_id"])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False,
                  unique=True),
        sa.Column("title", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("published", sa.Date),
        sa.Column("published_precision", sa.String(8), nullable=False),
        sa.Column("author", sa.String(512)),
        sa.Column("site", sa.String(512)),
        sa.Column("lang", sa.String(8)),
        sa.Column("non_english", sa.Boolean, nullable=False),
        sa.Column("text_hash", sa.String(40), nullable=False),
        sa.Column("minhash", sa.LargeBinary),
        sa.Column("duplicate_of", sa.Integer, sa.ForeignKey("articles.id")),
        sa.Column("similarity", sa.Float),
        sa.Column("extract_version", sa.String(32), nullable=False),
        sa.Column("dedupe_version", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_lang", "articles", ["lang"])
    op.create_index("ix_articles_text_hash", "articles", ["text_hash"])
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.create_table(
        "rejections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("origin", sa.String(2048), nullable=False),
        sa.Column("reason", sa.String(64), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.DateTime, nullable=False),
        sa.Column("last_seen", sa.DateTime, nullable=False),
        sa.UniqueConstraint("origin", "reason", name="uq_rejections_origin_reason"),
    )
    op.create_index("ix_rejections_reason", "rejections", ["reason"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("url", sa.String(2048), nullable=False, unique=True),
        sa.Column("every_seconds", sa.Float, nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.Column("last_polled", sa.DateTime),
        sa.Column("next_due", sa.DateTime, nullable=False),
        sa.Column("last_status", sa.String(255)),
        sa.Column("stored_total", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_sources_next_due", "sources", ["next_due"])
    op.create_table(
        "http_cache",
        sa.Column("url", sa.String(2048), primary_key=True),
        sa.Column("etag", sa.String(512)),
        sa.Column("last_modified", sa.String(128)),
        sa.Column("checked_at", sa.DateTime, nullable=False),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("http_cache", "sources", "rejections", "articles", "documents"):
        op.drop_table(table)
