"""De-duplication: copies linked to the earliest original, different articles kept apart."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep import Settings, Store, ingest

from .conftest import SHARED, record, sample_records


def _jsonl(path: Path, *records: dict[str, str]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def _syndicated(rec: dict[str, str], new_id: str, published: str) -> dict[str, str]:
    """A republished copy: new header and footer, one sentence edited, one line dropped."""
    lines = [ln for ln in rec["text"].split("\n") if ln.strip()]
    lines[0] = lines[0].replace("the", "THE", 1)
    del lines[len(lines) // 2]
    text = ("This article was originally published by Example Wire.\n\n" + "\n\n".join(lines)
            + "\n\n(Reporting by staff; editing by the desk)")
    return {"id": new_id, "title": rec["title"] + " | Example Wire", "published": published,
            "text": text}


def test_syndicated_copy_is_linked_to_the_original_and_both_are_stored(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    original = record("re3d-6646f63f6ac6")
    copy = _syndicated(original, "wire-copy-1", "2016-12-12")
    report = ingest([_jsonl(tmp_path / "a.jsonl", original, copy)], store=store,
                    settings=settings)
    assert (report.stored, report.duplicates) == (2, 1)
    stored_copy = store.article("wire-copy-1")
    assert stored_copy.duplicate_of_doc_id == "re3d-6646f63f6ac6"
    assert store.article("re3d-6646f63f6ac6").duplicate_of is None


def test_copy_published_earlier_but_ingested_later_becomes_the_original(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    rec = record("re3d-6646f63f6ac6")
    later = _syndicated(rec, "late-copy", "2016-12-20")
    ingest([_jsonl(tmp_path / "a.jsonl", later)], store=store, settings=settings)
    ingest([_jsonl(tmp_path / "b.jsonl", rec)], store=store, settings=settings)
    assert store.article("late-copy").duplicate_of_doc_id == "re3d-6646f63f6ac6"
    assert store.article("re3d-6646f63f6ac6").duplicate_of is None


def test_exact_copy_under_another_id_is_a_duplicate(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    rec = record("re3d-b2e5f55f5d7e")
    twin = {**rec, "id": "mirror-1", "text": rec["text"].replace("\n", "\n\n  ")}
    report = ingest([_jsonl(tmp_path / "a.jsonl", rec, twin)], store=store, settings=settings)
    assert report.duplicates == 1
    assert store.article("mirror-1").similarity == 1.0


def test_daily_strike_releases_of_the_same_template_are_not_duplicates(
        store: Store, settings: Settings) -> None:
    path = SHARED / "data" / "corpus" / "centcom_strike_lines_derived" / "articles.jsonl"
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    identical = len(texts) - len({" ".join(t.split()) for t in texts})
    report = ingest([str(path)], store=store, settings=settings)
    assert report.stored == 98
    # The scraped data repeats one release's lines under two dates: only such twins are copies.
    assert identical == 1
    assert report.duplicates == identical
    assert all(v.similarity == 1.0 for v in store.articles(limit=None) if v.duplicate_of)


def test_different_reports_of_the_same_event_are_not_duplicates(
        store: Store, settings: Settings) -> None:
    # Qaim's liberation in Nov. 2017, told by CJTF-OIR and by a State Department statement.
    report = ingest([str(p) for p in (Path(__file__).parents[1] / "data/sample/articles").glob(
        "*.jsonl")], store=store, settings=settings)
    assert report.stored == sum(len(sample_records(n)) for n in (
        "centcom_cjtf_oir", "dod_defense_gov", "us_state_department", "uk_government_ogl",
        "australia_dfat", "wikinews"))
    assert report.duplicates == 0


def test_ingesting_the_same_input_twice_stores_nothing_new(
        tmp_path: Path, store: Store, settings: Settings) -> None:
    path = _jsonl(tmp_path / "a.jsonl", *sample_records("wikinews"))
    first = ingest([path], store=store, settings=settings)
    second = ingest([path], store=store, settings=settings)
    assert first.stored == 5
    assert (second.stored, second.unchanged) == (0, 5)
    assert store.stats().documents == 5
