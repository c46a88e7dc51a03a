"""The library's public surface: what `import sitrep` offers is pinned."""

from __future__ import annotations

import sitrep


def test_public_names_are_pinned() -> None:
    assert sorted(sitrep.__all__) == sorted([
        "Article", "ConfigError", "Document", "ExtractError", "FetchError", "IngestReport",
        "InputError", "NotFoundError", "QueryError", "Rejection", "Settings", "SitrepError",
        "Store", "StoreError", "__version__", "extract", "ingest", "load_settings",
    ])


def test_every_library_error_is_a_sitrep_error_with_a_reason() -> None:
    for name in ("ConfigError", "ExtractError", "FetchError", "InputError", "NotFoundError",
                 "QueryError", "StoreError"):
        error = getattr(sitrep, name)("x")
        assert isinstance(error, sitrep.SitrepError)
        assert error.reason and error.message == "x"
