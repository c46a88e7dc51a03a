"""The store: raw bytes kept, search, rejections recorded, interrupted batches resumable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep import Settings, Store, ingest
from sitrep import pipeline as pipeline_module
from sitrep.errors import NotFoundError

from .conftest import SEED_MONITOR, sample_records


def test_raw_bytes_of_every_document_are_kept_for_reprocessing(
        store: Store, settings: Settings) -> None:
    ingest([str(SEED_MONITOR)], store=store, settings=settings)
    view = store.article(str(SEED_MONITOR.resolve()))
    assert store.raw_bytes(view.id) == SEED_MONITOR.read_bytes()
    stats = store.stats()
    assert stats.stored_bytes < stats.raw_bytes  # kept compressed


def test_full_text_search_finds_articles_by_words_in_title_or_text(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in sample_records("wikinews")))
    ingest([str(path)], store=store, settings=settings)
    hits = store.search("Kurds Assad")
    assert hits and "Kurds" in (hits[0][0].title or "")
    assert "[" in hits[0][1]  # the snippet marks the matched words


def test_search_with_unbalanced_quote_searches_the_words_literally(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in sample_records("wikinews")))
    ingest([str(path)], store=store, settings=settings)
    assert [v.doc_id for v, _ in store.search('parliament "expulsion')][:1] == ["wn-41d7016a23"]


def test_search_with_fts_syntax_characters_does_not_fail(store: Store) -> None:
    assert store.search('"Mosul AND (') == []


def test_unknown_article_is_a_not_found_error(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.article("no-such-doc")


def test_interrupted_batch_keeps_committed_work_and_rerun_resumes_without_duplicates(
        tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(db=str(store.engine.url), batch_size=3)
    records = sample_records("us_state_department")
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    real_extract = pipeline_module.extract
    calls = {"n": 0}

    def flaky_extract(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] == 8:
            raise KeyboardInterrupt  # Ctrl-C in the middle of the batch
        return real_extract(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "extract", flaky_extract)
    with pytest.raises(KeyboardInterrupt):
        ingest([str(path)], store=store, settings=settings)
    assert store.stats().articles == 6  # two committed batches of three
    monkeypatch.setattr(pipeline_module, "extract", real_extract)
    report = ingest([str(path)], store=store, settings=settings)
    assert (report.stored, report.unchanged) == (4, 6)
    assert store.stats().articles == len(records) == 10


def test_rejections_are_recorded_once_per_input_and_counted(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 10)
    ingest([str(junk)], store=store, settings=settings)
    ingest([str(junk)], store=store, settings=settings)
    assert store.stats().rejections == {"binary": 2}
    assert len(store.rejections()) == 1
