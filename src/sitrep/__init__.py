"""Sitrep: open, self-hostable news intelligence for conflict regions."""

from sitrep.config import Settings, load_settings
from sitrep.errors import (
    ConfigError,
    ExtractError,
    FetchError,
    InputError,
    NotFoundError,
    QueryError,
    SitrepError,
    StoreError,
)
from sitrep.extract import extract
from sitrep.pipeline import IngestReport, ingest
from sitrep.records import Article, Document, Rejection
from sitrep.store import Store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ConfigError",
    "Document",
    "ExtractError",
    "FetchError",
    "IngestReport",
    "InputError",
    "NotFoundError",
    "QueryError",
    "Rejection",
    "Settings",
    "SitrepError",
    "Store",
    "StoreError",
    "__version__",
    "extract",
    "ingest",
    "load_settings",
]
