"""Sitrep's store: every record in one database (SQLite by default, PostgreSQL for teams)."""

from sitrep.store.db import ArticleView, Stats, Store

__all__ = ["ArticleView", "Stats", "Store"]
